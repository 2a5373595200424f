package vn.cchc.read.pdf;

import java.util.List;

/**
 * One way of finding the tables of a PDF page, as tabula-java puts its lattice and stream algorithms behind
 * {@code ExtractionAlgorithm}: {@link RuledStrategy} reads tables from their drawn lines, {@link UnruledStrategy}
 * from the alignment of their text. {@link TableStrategies} is the one place that says which strategies run on a
 * page and in what order; each is given what the strategies before it left of the page, and returns the tables it
 * found with what is still left, which ends up as the page's paragraphs.
 *
 * <p>An instance reads one document, page after page in order, and may carry state from one page to the next (a
 * table that runs off the foot of a page goes on at the top of the next).
 *
 * <p>OCR plugs in here (issue 15): a strategy for a page with no text layer renders the page image, finds the table
 * grid in it and reads each cell with Tesseract, returning {@link PageTable}s as the ruled strategy does; the word
 * boxes it reads outside a grid, as {@link Glyph}s in what it leaves, go on to the unruled strategy and the
 * paragraphs like a text layer. {@link TableStrategies#forPage} would choose it for pages with images and no glyphs.
 */
interface TableStrategy {
    /** The tables this strategy finds in what is {@code left} of {@code page}, and what it leaves in turn. */
    Found extract(PageContent page, PageText left);

    /**
     * @param tables the tables found, each with its rows and where it lies on the page
     * @param left   the page's text outside them
     */
    record Found(List<PageTable> tables, PageText left) {
        public Found {
            tables = List.copyOf(tables);
        }
    }
}
