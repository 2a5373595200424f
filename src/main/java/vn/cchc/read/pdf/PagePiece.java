package vn.cchc.read.pdf;

/**
 * A piece of a page in reading order: a paragraph (text) or a table.
 *
 * @param top    y where it starts, for ordering
 * @param bottom y where it ends
 * @param text   the paragraph text, or null for a table
 * @param table  the table, or null for a paragraph
 */
record PagePiece(float top, float bottom, String text, PageTable table) {
    static PagePiece paragraph(float top, float bottom, String text) {
        return new PagePiece(top, bottom, text, null);
    }

    static PagePiece table(PageTable t) {
        return new PagePiece(t.top(), t.bottom(), null, t);
    }

    boolean isTable() {
        return table != null;
    }
}
