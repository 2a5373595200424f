package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.ocr.ScanPage;
import vn.cchc.read.ocr.WordLayout;

/**
 * Scanned pages laid out as pages with a text layer: the words OCR read outside any grid become glyphs
 * ({@link ScanGlyphs}) and go through the same page layout as a PDF's text (the unruled strategy finds the tables
 * printed without lines, their header, columns, rows and wrapped labels, and carries a table over a page break), page
 * furniture is dropped, and tables broken by a page break are joined. The tables OCR read from drawn grids are placed
 * among the rest as they were read.
 */
public final class ScanLayout implements WordLayout {
    @Override
    public List<Block> blocks(List<ScanPage> pages) {
        TableStrategies strategies = new TableStrategies(); // one per document: a table goes on over a page break
        List<PageContent> contents = new ArrayList<>(pages.size());
        List<List<PagePiece>> laidOut = new ArrayList<>(pages.size());
        for (ScanPage p : pages) {
            PageContent page = content(p);
            contents.add(page);
            List<PagePiece> pieces = pieces(p, page, strategies);
            if (contents.size() == 1 && pieces.stream().noneMatch(x -> x.table() != null || x.placed() != null)) {
                // the first page, and no table on it: a page scanned alone may start in the middle of one
                pieces = new HeaderlessTable().pieces(page, 0).orElse(pieces);
            }
            laidOut.add(pieces);
        }
        PageFurniture.drop(contents, laidOut);
        return new TablesAcrossPages().assemble(contents, laidOut);
    }

    /** A scanned page as a page with a text layer: its words as glyphs, no rulings (its grids are read already). */
    static PageContent content(ScanPage p) {
        return new PageContent(p.number(), p.width(), p.height(), ScanGlyphs.of(p.words()), List.of(), 1);
    }

    /**
     * The page's pieces top to bottom: what the page strategies find in its words, and its grid tables at their
     * places. {@code strategies} is the document's, shared with its other pages (scanned or not), so that a table
     * printed without lines goes on from the page before.
     */
    static List<PagePiece> pieces(ScanPage p, PageContent page, TableStrategies strategies) {
        List<PagePiece> pieces = new ArrayList<>(PageLayout.layout(page, strategies.forPage(page)));
        for (ScanPage.Grid g : p.grids()) pieces.add(PagePiece.placed(g.top(), g.bottom(), g.table()));
        pieces.sort(Comparator.comparingDouble(PagePiece::top));
        return pieces;
    }
}
