package vn.cchc.write.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.cchc.summary.SideBySide;
import vn.cchc.summary.TemplateRow;
import vn.cchc.summary.Unit;
import vn.cchc.summary.UnitValue;

/**
 * The indicators-side-by-side sheet: the template's rows under their section headings, one column per report
 * headed by issuer and period (and the file below). A flagged value is filled orange and its comment says the
 * flags, so the analyst sees at a glance which figures to check in the report itself.
 */
final class SideBySideSheet {
    static final List<String> FIXED = List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính");
    static final int HEADER_ROWS = 2;

    private SideBySideSheet() {
    }

    static void write(Sheet sheet, SideBySide.Table table, Styles styles) {
        Row head = sheet.createRow(0);
        Row files = sheet.createRow(1);
        List<String> titles = new ArrayList<>(FIXED);
        titles.addAll(table.headings());
        Cells.header(head, titles, styles);
        Cells.text(files, 2, "Tệp", styles.header);
        for (int c = 0; c < table.columns().size(); c++) {
            Cells.text(files, FIXED.size() + c, table.columns().get(c).file(), styles.header);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = HEADER_ROWS;
        for (TemplateRow tr : table.rows()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, tr.stt(), tr.isSection() ? styles.section : null);
            if (tr.isSection()) {
                Cells.text(row, 2, tr.title(), styles.section);
                continue;
            }
            Cells.text(row, 1, tr.indicator().code(), null);
            Cells.text(row, 2, "  ".repeat(tr.depth() - 1) + tr.title(), tr.depth() == 1 ? styles.heading : null);
            Cells.text(row, 3, tr.indicator().unit(), null);
            for (int c = 0; c < table.columns().size(); c++) {
                value(sheet, drawing, row, FIXED.size() + c, table.columns().get(c), tr.indicator().code(), styles);
            }
        }
        sheet.createFreezePane(FIXED.size(), HEADER_ROWS);
        int lastCol = Math.max(FIXED.size(), titles.size()) - 1;
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, r - 1), 0, lastCol));
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 14 * 256);
        for (int c = FIXED.size(); c <= lastCol; c++) sheet.setColumnWidth(c, 18 * 256);
    }

    private static void value(Sheet sheet, Drawing<?> drawing, Row row, int col, Unit unit, String code, Styles styles) {
        UnitValue v = unit.values().get(code);
        if (v == null) return;
        boolean flagged = v.flagged() || v.rows() > 1;
        Cell cell;
        if (v.value() != null) {
            cell = row.createCell(col);
            Cells.number(cell, v.value(), styles, flagged);
        } else if (v.raw() != null && !v.raw().isBlank()) {
            cell = row.createCell(col);
            Cells.text(cell, v.raw());
            if (flagged) cell.setCellStyle(styles.flaggedText);
        } else if (flagged) {
            cell = row.createCell(col);
            cell.setCellStyle(styles.flaggedText);
        } else {
            return;
        }
        if (flagged) Cells.comment(sheet, drawing, cell, note(v));
    }

    private static String note(UnitValue v) {
        StringBuilder s = new StringBuilder();
        if (!v.flags().isEmpty()) s.append(String.join(", ", v.flags().stream().map(f -> f.code()).toList()));
        if (v.raw() != null && !v.raw().isBlank()) s.append(s.isEmpty() ? "" : "\n").append("printed: ").append(v.raw());
        if (v.rows() > 1) {
            s.append(s.isEmpty() ? "" : "\n").append(v.rows()).append(" rows of the report map to this indicator; the first with a value is shown");
        }
        return s.toString();
    }
}
