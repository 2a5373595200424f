package vn.cchc.read.ocr;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Headers carried from table to table, for a table whose own header OCR cannot read. */
final class BorrowedHeaders {
    private BorrowedHeaders() {
    }

    /** The header of the last table read with its own header, for tables whose header OCR cannot read. */
    static final class LastHeader {
        List<Integer> xs;
        List<CellKind> kinds;
        int bands;
        final Map<PageOcr.Box, String> text = new LinkedHashMap<>();
    }

    /**
     * A table whose header OCR could not read (a stamp over it, a smudge) but that is drawn with the same columns and
     * the same header cells as the last table with a readable header has that header: one report repeats one
     * template's header on every appendix. Its header cells get that header's text, so the table stage sees it too.
     * Called in page order; returns the header to carry on.
     */
    static LastHeader borrowHeaders(PageOcr.Prepared pr, LastHeader last) {
        for (int t = 0; t < pr.grids.size(); t++) {
            ImageGrid g = pr.grids.get(t);
            if (pr.ownKinds.get(t) != null) {
                last = new LastHeader();
                last.xs = g.xs();
                last.kinds = pr.ownKinds.get(t);
                last.bands = pr.headerBands.get(t);
                for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
                    if (e.getKey().firstBand() < last.bands) last.text.put(e.getKey(), pr.text.getOrDefault(e.getValue(), ""));
                }
                continue;
            }
            if (last == null || !PageOcr.sameColumns(last.xs, g.xs())) continue;
            java.util.Set<PageOcr.Box> head = new java.util.HashSet<>();
            for (PageOcr.Box b : pr.boxes.get(t)) if (b.firstBand() < last.bands) head.add(b);
            if (!head.equals(last.text.keySet()) && !head.containsAll(last.text.keySet())) continue;
            if (!head.equals(new java.util.HashSet<>(last.text.keySet()))) continue;
            pr.ownKinds.set(t, last.kinds);
            pr.headerBands.set(t, last.bands);
            for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
                String h = last.text.get(e.getKey());
                if (h != null) pr.text.put(e.getValue(), h);
            }
            pr.warnings.add("page " + pr.pageNo + ": a table header OCR could not read is taken to be the one of the table before it (same columns)");
        }
        return last;
    }

}
