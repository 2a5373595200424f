package vn.cchc.read.ocr;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
            // a table continued on a new page without its header starts with a row of data, drawn like a header row:
            // that row must be read, not overwritten
            if (firstRowIsData(pr, t, last.kinds)) continue;
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

    /** A row number ("1.1", "2.", "a)", "-", "IV") as the first cell of a row of data holds it. */
    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,2}([.,]\\d{1,2})*[.)]?|[IVX]{1,4}\\.?|[a-zđ]\\)|[-+*])");
    /** A number as a value cell holds it. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*%?");

    /**
     * Whether the table's first row, as read with the header rows, holds data: a row number in its first column, a
     * number in a column that held values under the header the table would borrow, or words starting in small letters.
     */
    static boolean firstRowIsData(PageOcr.Prepared pr, int t, List<CellKind> kinds) {
        for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
            PageOcr.Box b = e.getKey();
            if (b.firstBand() != 0 || b.firstCol() != b.lastCol()) continue;
            String text = pr.text.getOrDefault(e.getValue(), "").strip();
            if (b.firstCol() == 0 && ROW_NUMBER.matcher(text).matches()) return true;
            // the rest of a label the page break cut ("quyết của huyện"): a header's names start with a capital
            if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) return true;
            if (b.firstCol() < kinds.size() && kinds.get(b.firstCol()) == CellKind.VALUE && NUMBER.matcher(text).matches()) return true;
        }
        return false;
    }
}
