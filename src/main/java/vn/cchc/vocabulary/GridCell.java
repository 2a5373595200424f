package vn.cchc.vocabulary;

/**
 * What header recognition needs to know of a table cell: its text and the grid column it starts in. The read
 * model's cells are ones, so the readers and the table stage recognise headers the same way without this package
 * knowing the document model.
 */
public interface GridCell {
    String text();

    int gridCol();

    /** How many grid columns the cell covers (a merged header cell names each of them). */
    default int colSpan() {
        return 1;
    }

    default boolean isBlank() {
        return text().isBlank();
    }
}
