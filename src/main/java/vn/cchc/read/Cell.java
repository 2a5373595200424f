package vn.cchc.read;

import vn.cchc.vocabulary.GridCell;

/**
 * One cell of a table row as the document drew it.
 *
 * @param text     the cell's text, paragraphs joined by a single space, markup removed, NFC-normalised
 * @param gridCol  the first grid column the cell covers (0-based)
 * @param colSpan  how many grid columns it covers; a merged cell is one Cell, never copied into each column
 * @param bold     whether the cell's text is wholly bold (section and parent rows often are)
 */
public record Cell(String text, int gridCol, int colSpan, boolean bold) implements GridCell {
    public Cell {
        text = text == null ? "" : text;
        if (colSpan < 1) colSpan = 1;
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
