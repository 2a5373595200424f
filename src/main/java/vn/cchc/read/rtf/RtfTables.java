package vn.cchc.read.rtf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;

/**
 * Assembles RTF table rows into tables. RTF has no table object: each row carries its own cell edges
 * ({@code \cellx}, in twips from the left margin) and a table is a run of rows. The grid of a table is the set of all
 * edges of its rows, so a cell that is wider than its neighbours in other rows spans several grid columns, as a merged
 * cell of DOCX does.
 */
final class RtfTables {
    private record PendingCell(String text, boolean bold, int right, boolean mergedIntoPrevious) {
    }

    private record Content(String text, boolean bold) {
    }

    private final List<List<PendingCell>> rows = new ArrayList<>();
    private List<Integer> edges = new ArrayList<>();
    private final List<Boolean> merged = new ArrayList<>();
    private boolean mergeNext;
    private final List<Content> current = new ArrayList<>();
    private int tableIndex;

    void startRowDefinition() {
        edges = new ArrayList<>();
        merged.clear();
        mergeNext = false;
    }

    void cellEdge(int twips) {
        edges.add(twips);
        merged.add(mergeNext);
        mergeNext = false;
    }

    void mergeFirst() {
        mergeNext = false;
    }

    /** {@code \clmrg}: this cell is merged into the one on its left (old Word's horizontal merge). */
    void mergeContinued() {
        mergeNext = true;
    }

    void cell(String text, boolean bold) {
        current.add(new Content(Text.cleanMarkup(text), bold));
    }

    /**
     * {@code \row}: the row's cells get their edges now, since Word writes the row definition both before the cells
     * and again in the row's closing group, and other writers only one of the two.
     */
    void row() {
        if (current.isEmpty()) return;
        List<PendingCell> cells = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            int right = i < edges.size() ? edges.get(i)
                    : (edges.isEmpty() ? 0 : edges.get(edges.size() - 1)) + (i + 1 - edges.size()) * 1000;
            boolean mergedLeft = i < merged.size() && merged.get(i);
            cells.add(new PendingCell(current.get(i).text(), current.get(i).bold(), right, mergedLeft));
        }
        rows.add(cells);
        current.clear();
    }

    /** Ends the table being built, if any, and adds it to the blocks. */
    void end(List<Block> blocks) {
        row();
        if (rows.isEmpty()) return;
        TreeSet<Integer> grid = new TreeSet<>();
        for (List<PendingCell> r : rows) {
            for (PendingCell c : r) grid.add(c.right());
        }
        List<Integer> gridEdges = new ArrayList<>(grid);
        List<Row> out = new ArrayList<>();
        for (List<PendingCell> r : rows) {
            List<Cell> cells = new ArrayList<>();
            int left = Integer.MIN_VALUE;
            for (PendingCell c : r) {
                int first = firstColumnAfter(gridEdges, left);
                int last = gridEdges.indexOf(c.right());
                if (c.mergedIntoPrevious() && !cells.isEmpty()) {
                    Cell prev = cells.remove(cells.size() - 1);
                    cells.add(new Cell(prev.text(), prev.gridCol(), last - prev.gridCol() + 1, prev.bold()));
                } else if (last >= first) {
                    cells.add(new Cell(c.text(), first, last - first + 1, c.bold()));
                }
                left = c.right();
            }
            out.add(new Row(out.size(), cells, null));
        }
        blocks.add(new Table(tableIndex++, out, null));
        rows.clear();
    }

    private static int firstColumnAfter(List<Integer> edges, int left) {
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) > left) return i;
        }
        return edges.size();
    }
}
