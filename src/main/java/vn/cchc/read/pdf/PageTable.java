package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;

/**
 * A table found on one page, before tables broken by page breaks are joined.
 *
 * @param rows    rows with their page; indexes are renumbered when the document is assembled
 * @param top     y of the table's top edge
 * @param bottom  y of its bottom edge
 * @param columns x of the column boundaries (left edge first); used to tell whether the next page continues it
 * @param ruled   drawn with lines (true) or laid out by alignment only
 * @param continuesRow the first row after any repeated header is the rest of the previous page's last row
 */
record PageTable(List<Row> rows, float top, float bottom, List<Float> columns, boolean ruled, boolean continuesRow) {
    PageTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** Same number of columns at about the same places: the same table drawn on another page. */
    boolean sameColumns(PageTable other, float tolerance) {
        if (columns.size() != other.columns.size()) return false;
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - other.columns.get(i)) > tolerance) return false;
        }
        return true;
    }

    /**
     * Whether the next page draws this table with more columns: every boundary of this one is there, and more. A
     * page break right under a header row whose merged cell ("Kết quả thống kê" over unit and value) hid a column
     * line leaves that line to be drawn on the next page only.
     */
    boolean refinedBy(PageTable next, float tolerance) {
        if (next.columns.size() <= columns.size()) return false;
        for (float x : columns) {
            if (boundaryNear(next.columns, x, tolerance) < 0) return false;
        }
        return true;
    }

    /** This table's rows on the finer grid of {@code finer}: a cell keeps its edges and spans the columns between. */
    List<Row> rowsOn(PageTable finer, float tolerance) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>(r.cells().size());
            for (Cell c : r.cells()) {
                int from = boundaryNear(finer.columns, columns.get(c.gridCol()), tolerance);
                int to = boundaryNear(finer.columns, columns.get(Math.min(c.gridCol() + c.colSpan(), columns.size() - 1)), tolerance);
                cells.add(new Cell(c.text(), from, Math.max(1, to - from), c.bold()));
            }
            out.add(new Row(r.index(), cells, r.page(), r.headerRepeat(), r.flags()));
        }
        return out;
    }

    private static int boundaryNear(List<Float> xs, float x, float tolerance) {
        for (int i = 0; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - x) <= tolerance) return i;
        }
        return -1;
    }
}
