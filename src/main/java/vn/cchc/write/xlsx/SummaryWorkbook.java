package vn.cchc.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.summary.Duplicates;
import vn.cchc.summary.Line;
import vn.cchc.summary.Notes;
import vn.cchc.summary.Summary;
import vn.cchc.summary.Unit;

/**
 * The consolidated table as a workbook: the template's layout on the first sheet (a figure resting on a report
 * that failed a check is filled orange, its comment naming the units), the units consolidated on the second.
 */
public final class SummaryWorkbook {
    public static final String TABLE = "Tổng hợp";
    public static final String UNITS = "Đơn vị";
    public static final List<String> COLUMNS = List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú",
            "Mã chỉ tiêu", "Cách tổng hợp", "Số báo cáo", "Đơn vị thiếu");
    public static final List<String> UNIT_COLUMNS = List.of("file", "issuer", "level", "report_number", "report_date",
            "period", "problems", "status", "duplicate_of");
    /** Column of the figure. */
    static final int VALUE = 3;

    private SummaryWorkbook() {
    }

    public static void write(Summary s, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            try {
                Styles styles = new Styles(wb);
                table(wb.createSheet(TABLE), s, styles);
                units(wb.createSheet(UNITS), s, styles);
                wb.write(out);
            } finally {
                wb.dispose();
            }
        }
    }

    private static void table(Sheet sheet, Summary s, Styles styles) {
        Cells.header(sheet.createRow(0), COLUMNS, styles);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = 1;
        for (Line l : s.lines()) {
            Row row = sheet.createRow(r++);
            if (l.row().isSection()) {
                Cells.text(row, 0, l.row().stt(), styles.section);
                Cells.text(row, 1, l.row().title(), styles.section);
                continue;
            }
            Cells.text(row, 0, l.row().stt(), null);
            Cells.text(row, 1, "  ".repeat(l.row().depth() - 1) + l.row().title(), l.isHeading() ? styles.heading : null);
            Cells.text(row, 2, l.row().indicator().unit(), null);
            Cells.text(row, 5, l.row().indicator().code(), null);
            if (l.isHeading()) continue;
            Cell figure = row.createCell(VALUE);
            if (l.value() != null) Cells.number(figure, l.value(), styles, l.suspect());
            else {
                Cells.text(figure, Notes.figure(l));
                if (l.suspect()) figure.setCellStyle(styles.flaggedText);
            }
            if (l.suspect()) {
                Cells.comment(sheet, drawing, figure, "check_failed: " + String.join(", ", l.checkFailed()));
            }
            Cells.text(row, 4, Notes.of(l, s.units().size()), null);
            Cells.text(row, 6, l.rule().id(), null);
            row.createCell(7).setCellValue(l.contributors().size());
            Cells.text(row, 8, l.missing().isEmpty() ? null : String.join("; ", l.missing()), null);
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
        int[] widths = {8, 70, 14, 14, 60, 36, 12, 10, 40};
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
    }

    private static void units(Sheet sheet, Summary s, Styles styles) {
        Cells.header(sheet.createRow(0), UNIT_COLUMNS, styles);
        int r = 1;
        for (Unit u : s.units()) r = unit(sheet, r, u, "used", null, styles);
        for (Duplicates.Dropped d : s.duplicates()) r = unit(sheet, r, d.unit(), "duplicate", d.kept().file(), styles);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, UNIT_COLUMNS.size() - 1));
        for (int i = 0; i < UNIT_COLUMNS.size(); i++) sheet.setColumnWidth(i, (i <= 1 || i == 8 ? 36 : 14) * 256);
    }

    private static int unit(Sheet sheet, int r, Unit u, String status, String duplicateOf, Styles styles) {
        Row row = sheet.createRow(r);
        var md = u.metadata();
        List<Object> cells = java.util.Arrays.asList(u.file(), md.issuer(), md.level(), md.reportNumber(), md.reportDate(),
                md.period(), u.problems(), status, duplicateOf);
        for (int i = 0; i < cells.size(); i++) Cells.put(row, i, cells.get(i), styles, false);
        return r + 1;
    }
}
