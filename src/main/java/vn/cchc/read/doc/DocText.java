package vn.cchc.read.doc;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;

import vn.cchc.text.LegacyFonts;

/**
 * Text of HWPF paragraphs as a reader sees it: field codes dropped and their results kept, deleted and hidden text
 * dropped, Word's control characters turned into spaces or nothing, list numbers prefixed. Must see paragraphs in
 * document order, since list numbers are counters.
 */
final class DocText {
    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;

    /** A paragraph's text and whether all of its visible characters are bold. */
    record Piece(String text, boolean bold) {
    }

    private final AbstractWordUtils.NumberingState numbering;
    private boolean trackedChanges;
    private final java.util.Set<String> legacyFonts = new java.util.TreeSet<>();

    DocText(AbstractWordUtils.NumberingState numbering) {
        this.numbering = numbering;
    }

    /** Legacy (TCVN3 / VNI) fonts whose text was converted. */
    java.util.Set<String> legacyFonts() {
        return legacyFonts;
    }

    boolean sawTrackedChanges() {
        return trackedChanges;
    }

    Piece paragraph(Paragraph p) {
        StringBuilder out = new StringBuilder();
        String label = DocReader.listLabel(numbering, p);
        if (!label.isEmpty()) out.append(label).append(' ');
        int bold = 0;
        int plain = 0;
        // true for each open field while its code (before the separator) is being read
        Deque<Boolean> fields = new ArrayDeque<>();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (run.isMarkedDeleted()) {
                trackedChanges = true;
                continue;
            }
            if (run.isMarkedInserted()) trackedChanges = true;
            String s = run.text();
            boolean hidden = run.isVanished();
            LegacyFonts.Kind legacy = LegacyFonts.kindOf(run.getFontName());
            if (legacy != LegacyFonts.Kind.UNICODE) legacyFonts.add(run.getFontName());
            StringBuilder runOut = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == FIELD_BEGIN) {
                    fields.push(Boolean.TRUE);
                    continue;
                }
                if (ch == FIELD_SEPARATOR) {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                    }
                    continue;
                }
                if (ch == FIELD_END) {
                    if (!fields.isEmpty()) fields.pop();
                    continue;
                }
                if (fields.contains(Boolean.TRUE) || hidden) continue;
                String visible = ch == '\u001F' && !LegacyFonts.optionalHyphen(legacy).isEmpty() ? "\u00AD" : visible(ch);
                runOut.append(visible);
                if (!visible.isBlank()) {
                    if (run.isBold()) bold++;
                    else plain++;
                }
            }
            // a VNI mark follows its letter in the same run: the run is converted as a whole
            out.append(LegacyFonts.convert(runOut.toString(), legacy));
        }
        return new Piece(out.toString(), bold > 0 && plain == 0);
    }

    /** What a character of Word's text stream shows: control characters become a space or nothing. */
    private static String visible(char ch) {
        return switch (ch) {
            case '\r', '\n', '\u000B', '\u000C', '\t', '\u0007' -> " "; // paragraph, line, page, cell ends; tab
            case '\u001E' -> "-"; // non-breaking hyphen
            case '\u001F' -> ""; // optional hyphen (in a TCVN3 run the letter "ư": see LegacyFonts.optionalHyphen)
            default -> ch < 0x20 ? "" : String.valueOf(ch); // pictures, drawn objects, footnote marks
        };
    }
}
