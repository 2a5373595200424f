package vn.cchc.read;

import vn.cchc.vocabulary.GridCell;
import java.math.BigDecimal;

/**
 * One cell of a table row as the document drew it.
 *
 * @param text     the cell's text, paragraphs joined by a single space, markup removed, NFC-normalised; for a
 *                 spreadsheet cell, the text as the sheet displays it
 * @param gridCol  the first grid column the cell covers (0-based)
 * @param colSpan  how many grid columns it covers; a merged cell is one Cell, never copied into each column
 * @param bold     whether the cell's text is wholly bold (section and parent rows often are)
 * @param number   the exact number the cell holds when the format stores one (a spreadsheet's numeric cell, in the
 *                 report's own terms: 95.5 for a cell holding 0.955 formatted as a percentage), else null; it wins
 *                 over any reading of {@code text}, whose separators are only the display's
 * @param ocrConfidence for a cell read from a page image, how sure OCR is of its text (0–100, the least sure
 *                 word), or 0 when ink was seen but not read; null for a cell read from text
 */
public record Cell(String text, int gridCol, int colSpan, boolean bold, BigDecimal number, Double ocrConfidence)
        implements GridCell {
    public Cell {
        text = text == null ? "" : text;
        if (colSpan < 1) colSpan = 1;
    }

    public Cell(String text, int gridCol, int colSpan, boolean bold) {
        this(text, gridCol, colSpan, bold, null, null);
    }

    public Cell(String text, int gridCol, int colSpan, boolean bold, BigDecimal number) {
        this(text, gridCol, colSpan, bold, number, null);
    }

    public static Cell of(String text, int gridCol) {
        return new Cell(text, gridCol, 1, false);
    }

    /** Last grid column covered, inclusive. */
    public int lastCol() {
        return gridCol + colSpan - 1;
    }

    public boolean covers(int col) {
        return col >= gridCol && col <= lastCol();
    }

    @Override
    public boolean isBlank() {
        return text.isBlank();
    }
}
