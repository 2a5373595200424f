package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables drawn with lines: the rulings say exactly where the cells are ({@link RuledTables} finds the grids,
 * {@link GridReader} fills their cells). A grid whose lines do not separate the header's columns is left to the
 * unruled strategy with its text.
 */
final class RuledStrategy implements TableStrategy {
    private final HeaderLines headers;

    RuledStrategy(HeaderLines headers) {
        this.headers = headers;
    }

    @Override
    public Found extract(PageContent page, PageText left) {
        List<PageTable> tables = new ArrayList<>();
        List<Glyph> free = left.glyphs();
        for (RuledTables.GridTable g : RuledTables.find(page.rulings())) {
            List<Glyph> inside = new ArrayList<>();
            List<Glyph> outside = new ArrayList<>();
            for (Glyph gl : free) (g.contains(gl.centerX(), gl.middleY()) ? inside : outside).add(gl);
            if (inside.isEmpty()) continue; // a drawn frame with nothing in it
            PageTable t = GridReader.read(g, inside, page.number());
            if (partlyRuled(t, TextLine.group(inside), g.xs())) continue;
            tables.add(t);
            free = outside;
        }
        return new Found(tables, PageText.ofGlyphs(free));
    }

    /**
     * A header is there but the lines do not separate its columns (a missing inner border puts "Đơn vị tính" and
     * "Số liệu" in one cell): the table is better read by alignment. A grid that already holds two header names in
     * cells of their own does not hide its header: it is only part of one, such as the second header row of a table
     * the page break split under its first.
     */
    private boolean partlyRuled(PageTable t, List<TextLine> insideLines, List<Float> xs) {
        boolean unrecognised = !headers.recognised(t.rows()) && headers.hasHeaderLine(insideLines)
                && t.rows().stream().noneMatch(headers::isRepeatedHeader);
        return unrecognised || headers.namesShareColumn(insideLines, xs);
    }
}
