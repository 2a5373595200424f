package vn.cchc.read.pdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.text.Fold;
import vn.cchc.vocabulary.PageNumbers;

/** What every page repeats in its margins and is no part of the report: page numbers, running headers and footers. */
final class PageFurniture {
    /** Share of the page height at the top and bottom where running headers, footers and page numbers live. */
    private static final float MARGIN_SHARE = 0.1f;

    private PageFurniture() {
    }

    /**
     * Page numbers and running headers or footers: short paragraphs in the top or bottom margin that are a page
     * number, or that come back (digits aside) on other pages.
     */
    static void drop(List<PageContent> pages, List<List<PagePiece>> laidOut) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Set<String> onPage = new LinkedHashSet<>();
            for (PagePiece piece : laidOut.get(i)) {
                if (inMargin(piece, pages.get(i))) onPage.add(furnitureKey(piece.text()));
            }
            for (String k : onPage) seen.merge(k, 1, Integer::sum);
        }
        int repeated = Math.max(2, Math.min(3, pages.size()));
        for (int i = 0; i < pages.size(); i++) {
            PageContent page = pages.get(i);
            laidOut.get(i).removeIf(piece -> inMargin(piece, page)
                    && (PageNumbers.is(piece.text()) || seen.get(furnitureKey(piece.text())) >= repeated));
        }
    }

    private static boolean inMargin(PagePiece piece, PageContent page) {
        return piece.text() != null && piece.text().length() <= 120
                && (piece.bottom() < page.height() * MARGIN_SHARE || piece.top() > page.height() * (1 - MARGIN_SHARE));
    }

    private static String furnitureKey(String text) {
        return Fold.fold(text).replaceAll("\\d+", "#");
    }
}
