package vn.cchc.read.sheet;

import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import vn.cchc.text.LegacyFonts;

/**
 * The text of an Excel string cell with each run converted by its own font. A cell may mix fonts ("Tỷ lệ" typed in
 * Times New Roman, the rest pasted from an old report in .VnTime): the cell's font says only what runs without a font
 * of their own are in.
 */
final class RichTextRuns {
    private RichTextRuns() {
    }

    /**
     * @param cellFont    the font of the cell's style
     * @param legacyFonts the legacy fonts converted are added here
     */
    static String text(Workbook wb, RichTextString rich, String cellFont, Set<String> legacyFonts) {
        String s = rich.getString();
        if (s == null) return "";
        int runs = rich.numFormattingRuns();
        if (runs == 0) return convert(s, cellFont, legacyFonts);
        StringBuilder out = new StringBuilder(s.length());
        int first = Math.min(rich.getIndexOfFormattingRun(0), s.length());
        if (first > 0) out.append(convert(s.substring(0, first), cellFont, legacyFonts));
        for (int i = 0; i < runs; i++) {
            int start = Math.max(0, Math.min(rich.getIndexOfFormattingRun(i), s.length()));
            int end = i + 1 < runs ? Math.min(rich.getIndexOfFormattingRun(i + 1), s.length()) : s.length();
            if (end <= start) continue;
            out.append(convert(s.substring(start, end), fontOfRun(wb, rich, i, cellFont), legacyFonts));
        }
        return out.toString();
    }

    private static String fontOfRun(Workbook wb, RichTextString rich, int run, String cellFont) {
        String name = null;
        if (rich instanceof XSSFRichTextString x) {
            XSSFFont f = x.getFontOfFormattingRun(run);
            name = f == null ? null : f.getFontName();
        } else if (rich instanceof HSSFRichTextString h) {
            short index = h.getFontOfFormattingRun(run);
            name = index == HSSFRichTextString.NO_FONT ? null : wb.getFontAt(index).getFontName();
        }
        return name == null || name.isBlank() ? cellFont : name;
    }

    /** Text in one font, converted when the font is a legacy one (recorded in {@code legacyFonts}). */
    static String convert(String text, String font, Set<String> legacyFonts) {
        LegacyFonts.Kind kind = LegacyFonts.kindOf(font);
        if (kind != LegacyFonts.Kind.UNICODE) legacyFonts.add(font);
        return LegacyFonts.convert(text, kind);
    }
}
