package vn.cchc.read.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.cchc.read.Cell;
import vn.cchc.read.Text;

/**
 * One worksheet as the readers of both workbook formats find it (cells by position, merged areas, hidden rows and
 * columns), turned into the rows a reader sees: hidden rows and columns left out, a merged area one cell spanning
 * its visible columns, the rows below its top one blank over the same columns (as Word's vertical merge).
 */
final class SheetGrid {
    /** A cell's content: the text shown, the number held (null for text), and a formula whose result was never saved. */
    record Content(String text, BigDecimal number, boolean bold, boolean formulaWithoutValue) {
    }

    /** A visible row: its cells on the visible grid, and whether a formula in it had no saved result. */
    record VisibleRow(int sheetRow, List<Cell> cells, boolean formulaWithoutValue) {
    }

    private record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {
    }

    private final String name;
    private final TreeMap<Integer, TreeMap<Integer, Content>> cells = new TreeMap<>();
    private final List<Merge> merges = new ArrayList<>();
    private final TreeSet<Integer> hiddenRows = new TreeSet<>();
    private final TreeSet<Integer> hiddenCols = new TreeSet<>();

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(int row, int col, Content c) {
        cells.computeIfAbsent(row, r -> new TreeMap<>()).put(col, c);
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (lastRow > firstRow || lastCol > firstCol) merges.add(new Merge(firstRow, lastRow, firstCol, lastCol));
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    void hideCol(int col) {
        hiddenCols.add(col);
    }

    /** Hidden rows and columns that held something; empty hidden ones are layout, not worth a warning. */
    int hiddenRowsWithContent() {
        return (int) hiddenRows.stream().filter(r -> cells.containsKey(r)
                && cells.get(r).values().stream().anyMatch(c -> !c.text().isBlank())).count();
    }

    int hiddenColsWithContent() {
        return (int) hiddenCols.stream().filter(c -> cells.values().stream()
                .anyMatch(row -> row.containsKey(c) && !row.get(c).text().isBlank())).count();
    }

    /** The visible rows in order (rows with no cell at all left out). */
    List<VisibleRow> visibleRows() {
        int maxCol = -1;
        for (TreeMap<Integer, Content> r : cells.values()) {
            if (!r.isEmpty()) maxCol = Math.max(maxCol, r.lastKey());
        }
        for (Merge m : merges) maxCol = Math.max(maxCol, m.lastCol);
        int[] visibleIndex = new int[maxCol + 1];
        int v = 0;
        for (int c = 0; c <= maxCol; c++) visibleIndex[c] = hiddenCols.contains(c) ? -1 : v++;

        List<VisibleRow> out = new ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Integer, Content>> e : cells.entrySet()) {
            int r = e.getKey();
            if (hiddenRows.contains(r)) continue;
            List<Cell> row = new ArrayList<>();
            boolean noValue = false;
            for (int c = 0; c <= maxCol; c++) {
                Merge m = mergeAt(r, c);
                if (m != null && c != m.firstCol) continue; // covered by the area's first column
                int last = m == null ? c : m.lastCol;
                int first = firstVisible(visibleIndex, c, last);
                if (first < 0) continue;
                int span = 0;
                for (int k = c; k <= last; k++) if (visibleIndex[k] >= 0) span++;
                Content content = m != null && r != m.firstRow ? null : contentAt(m == null ? r : m.firstRow, c, m);
                if (content == null) {
                    if (m != null) row.add(new Cell("", visibleIndex[first], span, false));
                    continue;
                }
                noValue |= content.formulaWithoutValue();
                row.add(new Cell(Text.clean(content.text()), visibleIndex[first], span, content.bold(), content.number()));
            }
            if (!row.isEmpty()) out.add(new VisibleRow(r, row, noValue));
        }
        return out;
    }

    /** The content of a cell, or of a merged area (its top-left cell, else the first visible one filled). */
    private Content contentAt(int row, int col, Merge m) {
        TreeMap<Integer, Content> r = cells.get(row);
        if (r == null) return null;
        if (m == null) return r.get(col);
        for (int c = m.firstCol; c <= m.lastCol; c++) {
            Content x = r.get(c);
            if (x != null && !x.text().isBlank()) return x;
        }
        return r.get(m.firstCol);
    }

    private static int firstVisible(int[] visibleIndex, int from, int to) {
        for (int c = from; c <= to && c < visibleIndex.length; c++) if (visibleIndex[c] >= 0) return c;
        return -1;
    }

    private Merge mergeAt(int row, int col) {
        for (Merge m : merges) {
            if (row >= m.firstRow && row <= m.lastRow && col >= m.firstCol && col <= m.lastCol) return m;
        }
        return null;
    }
}
