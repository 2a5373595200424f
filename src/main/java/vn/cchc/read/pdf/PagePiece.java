package vn.cchc.read.pdf;

import vn.cchc.read.Table;

/**
 * A piece of a page in reading order: a paragraph (text), a table, or a table read by other means and placed here.
 *
 * @param top    y where it starts, for ordering
 * @param bottom y where it ends
 * @param text   the paragraph text, or null for a table
 * @param table  the table, or null for a paragraph
 * @param placed a table already read as a whole (a grid OCR read cell by cell), kept as it is; else null
 */
record PagePiece(float top, float bottom, String text, PageTable table, Table placed) {
    static PagePiece paragraph(float top, float bottom, String text) {
        return new PagePiece(top, bottom, text, null, null);
    }

    static PagePiece table(PageTable t) {
        return new PagePiece(t.top(), t.bottom(), null, t, null);
    }

    static PagePiece placed(float top, float bottom, Table t) {
        return new PagePiece(top, bottom, null, null, t);
    }

    boolean isTable() {
        return table != null;
    }
}
