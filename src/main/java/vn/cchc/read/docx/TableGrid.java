package vn.cchc.read.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import vn.cchc.read.Cell;
import vn.cchc.read.Text;

/**
 * A table's grid without its slivers. When a border is dragged in one row only, Word splits the grid with a column a
 * few twips wide; rows then disagree on where a column starts (the header's "Số liệu" spans grid columns 3-4, the
 * data row's value starts at 4). A column narrower than any text is not a column: its two edges are taken as one.
 */
final class TableGrid {
    /** Narrower than this (in twips: 120 = 2.1 mm) no character fits, so no cell of its own is meant there. */
    static final int SLIVER = 120;

    /** Collapsed index of each original grid edge (edge i is the left edge of grid column i). */
    private final int[] edge;

    private TableGrid(int[] edge) {
        this.edge = edge;
    }

    static TableGrid of(Element tbl) {
        List<Integer> widths = new ArrayList<>();
        for (Element c : WordXml.children(WordXml.child(tbl, "tblGrid"))) {
            if (!WordXml.is(c, "gridCol")) continue;
            String w = WordXml.attr(c, "w");
            try {
                widths.add(w == null ? -1 : (int) Double.parseDouble(w));
            } catch (NumberFormatException e) {
                widths.add(-1);
            }
        }
        int[] edge = new int[widths.size() + 1];
        boolean usable = !widths.isEmpty() && widths.stream().allMatch(w -> w >= 0)
                && widths.stream().anyMatch(w -> w >= SLIVER);
        for (int i = 1; i < edge.length; i++) {
            boolean sliver = usable && widths.get(i - 1) < SLIVER;
            edge[i] = sliver ? edge[i - 1] : edge[i - 1] + 1;
        }
        return new TableGrid(edge);
    }

    /**
     * The row's cells on the collapsed grid. A cell that covered only slivers has no width left: dropped when
     * blank, else its text joins the cell on its left.
     */
    List<Cell> collapse(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            int first = at(c.gridCol());
            int end = at(c.gridCol() + c.colSpan());
            if (end > first) {
                out.add(new Cell(c.text(), first, end - first, c.bold()));
            } else if (!c.isBlank()) {
                if (out.isEmpty()) {
                    out.add(new Cell(c.text(), first, 1, c.bold()));
                } else {
                    Cell left = out.remove(out.size() - 1);
                    out.add(new Cell(Text.clean(left.text() + " " + c.text()), left.gridCol(), left.colSpan(), left.bold()));
                }
            }
        }
        return out;
    }

    /** The collapsed index of an original edge; edges past the declared grid (a ragged row) keep their distance. */
    private int at(int originalEdge) {
        if (originalEdge < edge.length) return edge[originalEdge];
        return edge[edge.length - 1] + originalEdge - (edge.length - 1);
    }
}
