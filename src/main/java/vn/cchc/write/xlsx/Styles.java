package vn.cchc.write.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a workbook needs, made once: a workbook holds at most 64,000 styles, so a style per cell
 * would break a large batch.
 */
final class Styles {
    /** More decimals than any report prints; beyond it the cell shows what Excel's format rounds to. */
    private static final int MAX_DECIMALS = 6;

    private final Workbook wb;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();
    private final Map<Integer, CellStyle> flaggedNumbers = new HashMap<>();
    final CellStyle header;
    final CellStyle section;
    final CellStyle heading;
    final CellStyle text;
    final CellStyle flaggedText;

    Styles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        section = wb.createCellStyle();
        section.setFont(bold);
        section.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        flaggedText = wb.createCellStyle();
        flaggedText.cloneStyleFrom(text);
        mark(flaggedText);
    }

    /**
     * A number shown with as many decimals as the report printed (99,6 stays 99,6, not 99.60 nor 0.996): the cell
     * holds the value in the report's own terms and the format only decides how it looks, in the reader's locale.
     */
    CellStyle number(BigDecimal value, boolean flagged) {
        int decimals = Math.min(MAX_DECIMALS, Math.max(0, value.stripTrailingZeros().scale()));
        Map<Integer, CellStyle> cache = flagged ? flaggedNumbers : numbers;
        return cache.computeIfAbsent(decimals, d -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            if (flagged) mark(s);
            return s;
        });
    }

    private static void mark(CellStyle s) {
        s.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
