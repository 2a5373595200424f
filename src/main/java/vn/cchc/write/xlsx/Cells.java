package vn.cchc.write.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes typed values into cells: numbers as numbers, text as text, nothing for null. */
final class Cells {
    /** Excel refuses longer text in a cell. */
    static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    static void put(Row row, int col, Object value, Styles styles, boolean flagged) {
        if (value == null) return;
        Cell c = row.createCell(col);
        if (value instanceof BigDecimal d) {
            number(c, d, styles, flagged);
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
            if (flagged) c.setCellStyle(styles.flaggedText);
        } else if (value instanceof List<?> l) {
            text(c, String.join(";", l.stream().map(String::valueOf).toList()));
        } else {
            text(c, value.toString());
            if (flagged) c.setCellStyle(styles.flaggedText);
        }
    }

    static void number(Cell c, BigDecimal d, Styles styles, boolean flagged) {
        c.setCellValue(d.doubleValue());
        c.setCellStyle(styles.number(d, flagged));
    }

    static void text(Cell c, String s) {
        c.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
    }

    static void text(Row row, int col, String s, CellStyle style) {
        if (s == null) return;
        Cell c = row.createCell(col);
        text(c, s);
        if (style != null) c.setCellStyle(style);
    }

    /** A note on a cell, opened beside it when the reader hovers. */
    static void comment(Sheet sheet, Drawing<?> drawing, Cell cell, String text) {
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("cchc");
        // the anchor places the box beside the cell; the address is what ties the note to the cell itself
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
    }

    static void header(Row row, List<String> titles, Styles styles) {
        for (int i = 0; i < titles.size(); i++) text(row, i, titles.get(i), styles.header);
    }
}
