package vn.cchc.read;

import java.util.Locale;

/**
 * How much of a document cchc keeps before it calls the file too large. Real reports have a few hundred statistics
 * rows (a few thousand at the most, a province's full appendices) and some tens of thousands of characters; these
 * caps are far above that, and keep the memory one file can take bounded: a file past a cap fails alone, with one
 * line saying which cap, while the other files of the batch go on.
 *
 * @param lineChars   characters in one line of a text report
 * @param cellsPerRow cells in one table row
 * @param rowsPerTable rows in one table
 * @param rows        table rows in the whole document
 * @param chars       characters the document keeps (paragraphs and cells)
 */
public record DocumentLimits(int lineChars, int cellsPerRow, int rowsPerTable, int rows, long chars) {
    /** The caps of every run (the README's "Limits" section). */
    public static final DocumentLimits STANDARD = new DocumentLimits(1 << 20, 1_000, 20_000, 50_000, 16L << 20);
    /** No cap: text handed over in memory by a caller who already holds it. */
    public static final DocumentLimits NONE = new DocumentLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Long.MAX_VALUE);

    /** The one-line failure for a document past a cap; {@code where} says where ("line 12"), or is null. */
    public static ReadException tooLarge(String what, String where) {
        return new ReadException("too large: " + what + (where == null ? "" : " (at " + where + ")")
                + "; no report is this big");
    }

    /** A count as messages write it: 20,000. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Checks a document a reader built whole (the readers of binary formats): its tables against the caps. */
    public void check(Document doc) throws ReadException {
        long total = 0;
        for (Table t : doc.tables()) {
            if (t.rows().size() > rowsPerTable) {
                throw tooLarge("a table of more than " + count(rowsPerTable) + " rows", null);
            }
            total += t.rows().size();
            if (total > rows) throw tooLarge("more than " + count(rows) + " table rows", null);
            for (Row r : t.rows()) {
                if (r.cells().size() > cellsPerRow) {
                    throw tooLarge("a table row of more than " + count(cellsPerRow) + " cells", null);
                }
            }
        }
    }
}
