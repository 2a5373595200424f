package vn.cchc.read.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import vn.cchc.read.Cell;
import vn.cchc.read.RepeatedHeaders;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;

/**
 * Rebuilds a .doc table's grid. A .doc row lists its cells with their left edge and width (in twips) but no grid
 * column: the grid is the set of all cell edges of the table, and a cell spans the grid columns between its edges.
 */
final class DocTables {
    /**
     * Edges closer than this (in twips: 120 = 2.1 mm, narrower than any character) are one grid line: drawn twice
     * with rounding, or a border dragged in one row only.
     */
    private static final int SNAP = 120;

    private final DocText text;

    DocTables(DocText text) {
        this.text = text;
    }

    Table table(org.apache.poi.hwpf.usermodel.Table t, int index) {
        int[] edges = edges(t);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = column(edges, cell.getLeftEdge());
                int span = column(edges, cell.getLeftEdge() + cell.getWidth()) - first;
                DocText.Piece content = cellText(cell);
                if (span == 0) {
                    // a cell narrower than a character: no column of its own; any text joins the cell on its left
                    if (!content.text().isBlank() && !cells.isEmpty()) {
                        Cell left = cells.remove(cells.size() - 1);
                        cells.add(new Cell(Text.cleanMarkup(left.text() + " " + content.text()), left.gridCol(), left.colSpan(), left.bold()));
                    } else if (!content.text().isBlank()) {
                        cells.add(new Cell(Text.cleanMarkup(content.text()), first, 1, content.bold()));
                    }
                } else if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // legacy horizontal merge: the cell only widens the one to its left
                    Cell left = cells.remove(cells.size() - 1);
                    String joined = content.text().isBlank() ? left.text() : Text.cleanMarkup(left.text() + " " + content.text());
                    cells.add(new Cell(joined, left.gridCol(), first + span - left.gridCol(), left.bold()));
                } else if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    cells.add(new Cell("", first, span, false)); // covered by the cell above: no value of its own
                } else {
                    cells.add(new Cell(Text.cleanMarkup(content.text()), first, span, content.bold()));
                }
            }
            rows.add(new Row(rows.size(), cells, null, row.isTableHeader()));
        }
        return new Table(index, RepeatedHeaders.asWordApplies(rows), null);
    }

    /** A table one cell wide is a box drawn around text (an appendix title), not data. */
    static boolean isTitleBox(org.apache.poi.hwpf.usermodel.Table t) {
        for (int r = 0; r < t.numRows(); r++) {
            if (t.getRow(r).numCells() > 1) return false;
        }
        return true;
    }

    /** The text of a title box as paragraphs. */
    List<vn.cchc.read.Paragraph> paragraphs(org.apache.poi.hwpf.usermodel.Table t) {
        List<vn.cchc.read.Paragraph> out = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    String s = Text.cleanMarkup(text.paragraph(cell.getParagraph(p)).text());
                    if (!s.isEmpty()) out.add(new vn.cchc.read.Paragraph(s, null));
                }
            }
        }
        return out;
    }

    /** A cell's paragraphs (nested tables' too) joined with a space. */
    private DocText.Piece cellText(TableCell cell) {
        StringBuilder b = new StringBuilder();
        int bold = 0;
        int plain = 0;
        for (int p = 0; p < cell.numParagraphs(); p++) {
            DocText.Piece piece = text.paragraph(cell.getParagraph(p));
            String s = piece.text().strip();
            if (s.isEmpty()) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(s);
            if (piece.bold()) bold++;
            else plain++;
        }
        return new DocText.Piece(b.toString(), bold > 0 && plain == 0);
    }

    private static int[] edges(org.apache.poi.hwpf.usermodel.Table t) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> snapped = new ArrayList<>();
        for (int e : all) {
            if (snapped.isEmpty() || e - snapped.get(snapped.size() - 1) > SNAP) snapped.add(e);
        }
        return snapped.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The grid line nearest to a position. */
    private static int column(int[] edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
        }
        return best;
    }
}
