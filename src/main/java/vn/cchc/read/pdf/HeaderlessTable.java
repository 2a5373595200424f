package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.ocr.HeaderlessColumns;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;

/**
 * A scanned page of a table printed without lines that starts in the middle of the table (page 2 of a report scanned
 * or photographed alone): no header line says which column holds what, and no page before it has the table open.
 * Its columns are found from the gutters of its numbered lines, as under a header, and their roles read from what
 * they hold ({@link HeaderlessColumns}, as for a grid without a header), only when that leaves one answer: row
 * numbers, the label, perhaps units, one column of numbers, perhaps a note. Any other shape (two columns of numbers,
 * no row numbers): no table, as before; nothing is given a value from a column chosen by guess.
 */
final class HeaderlessTable {
    private final HeaderLines headers = new HeaderLines();
    private final UnruledStrategy unruled = new UnruledStrategy(headers);

    /**
     * The page's pieces with the headerless table in place of the lines it takes, or empty when the page holds none
     * whose roles its columns settle.
     *
     * @param index the table's number on the page
     */
    Optional<List<PagePiece>> pieces(PageContent page, int index) {
        List<TextLine> lines = PageText.ofGlyphs(page.glyphs()).lines();
        int start = 0;
        while (start < lines.size() && !UnruledStrategy.startsWithNumber(lines.get(start))) start++;
        if (start >= lines.size()) return Optional.empty();
        int end = unruled.bodyEnd(lines, start, lines.get(start).left());
        List<TextLine> body = lines.subList(start, end);
        Columns found = Columns.find(List.of(), body, headers);
        if (found == null) return Optional.empty();
        // the rows as the columns cut them, to see what each column holds
        List<List<String>> held = new ArrayList<>();
        for (int c = 0; c < found.count(); c++) held.add(new ArrayList<>());
        for (Row r : new UnruledRows().read(body, found, page.number())) {
            r.cells().forEach(cell -> held.get(cell.gridCol()).add(cell.text()));
        }
        ColumnLayout layout = HeaderlessColumns.infer(held).orElse(null);
        if (layout == null) return Optional.empty();
        Columns cols = new Columns(found.lefts(), found.rights(), 0, layout.column(ColumnRole.VALUE).orElseThrow(), 0);
        List<Row> rows = new UnruledRows().read(body, cols, page.number());
        Table table = new Table(index, rows, page.number(), layout);
        List<TextLine> rest = new ArrayList<>(lines.subList(0, start));
        rest.addAll(lines.subList(end, lines.size()));
        List<PagePiece> pieces = new ArrayList<>(PageLayout.paragraphs(rest));
        pieces.add(PagePiece.placed(lines.get(start).top(), lines.get(end - 1).baseline(), table));
        pieces.sort(java.util.Comparator.comparingDouble(PagePiece::top));
        return Optional.of(pieces);
    }
}
