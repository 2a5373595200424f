package vn.cchc.read.pdf;

import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.Table;

/**
 * The one place that says which table-finding strategy reads what in a PDF. On each page the {@link RuledStrategy}
 * reads the grids drawn with lines, then the {@link UnruledStrategy} reads tables by alignment in the text the grids
 * left. When neither found a statistics table on any page, the line-rebuilt recovery ({@link FlattenedFallback})
 * reads the document's text lines as a PDF-to-text tool would have left them. That one works on the whole document
 * rather than page by page, since it reads the lines as one stream (the header repeated where pages broke), and it
 * comes last because it has no geometry to check its rows against: its rows carry flags instead.
 *
 * <p>One instance serves one document: the unruled strategy carries a table from a page to the next.
 */
final class TableStrategies {
    private final HeaderLines headers = new HeaderLines();
    private final List<TableStrategy> pageStrategies = List.of(new RuledStrategy(headers), new UnruledStrategy(headers));
    private final FlattenedFallback lineRebuilt = new FlattenedFallback();

    /** The strategies for a page, in the order they run (the same for every page with a text layer). */
    List<TableStrategy> forPage(PageContent page) {
        return pageStrategies;
    }

    /** The blocks the page strategies gave, or the line-rebuilt ones when they hold no statistics table. */
    List<Block> orLineRebuilt(List<Block> blocks, List<PageContent> pages, List<String> warnings) {
        if (blocks.stream().anyMatch(b -> b instanceof Table t && headers.recognised(t.rows()))) return blocks;
        return lineRebuilt.recover(pages, warnings).orElse(blocks);
    }
}
