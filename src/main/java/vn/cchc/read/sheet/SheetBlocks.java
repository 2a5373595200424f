package vn.cchc.read.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.vocabulary.Flag;

/**
 * Cuts a worksheet into the blocks a document has. A sheet is one grid, but what offices put on it is a report page:
 * title lines (issuer, "BIỂU MẪU ...", "Kỳ báo cáo: Quý I/2024"), then the statistics table, then a signature block,
 * sometimes several tables one under the other. Lines with one filled cell become paragraphs (so the heading and
 * metadata stages read them as in any document); runs of rows with several cells become tables. Blank rows and runs
 * of title lines separate the pieces; a single line between two pieces of one table (a section title) stays in it.
 */
final class SheetBlocks {
    /** A row number or a number: what the rows of a statistics table carry and a title or signature block does not. */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d+(\\.\\d+)*\\.?|[IVXLC]+\\.?|[a-zđ]\\)");

    private SheetBlocks() {
    }

    /** A run of rows between blank rows (or around a block of title lines). */
    private record Segment(List<SheetGrid.VisibleRow> rows, boolean tabular, boolean numbered) {
        static Segment of(List<SheetGrid.VisibleRow> rows) {
            boolean tabular = rows.stream().anyMatch(r -> filled(r) >= 2);
            boolean numbered = tabular && rows.stream().anyMatch(SheetBlocks::hasRowNumber);
            return new Segment(List.copyOf(rows), tabular, numbered);
        }
    }

    /**
     * @param tableIndex the index the first table found gets (tables are numbered across the whole workbook)
     * @param out        blocks are added here
     * @return the next free table index
     */
    static int cut(SheetGrid.VisibleRow[] rows, int tableIndex, List<Block> out) {
        List<Segment> segments = segments(List.of(rows));
        List<SheetGrid.VisibleRow> table = null;
        List<Segment> pending = new ArrayList<>();
        int next = tableIndex;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Segment following = i + 1 < segments.size() ? segments.get(i + 1) : null;
            if (table == null) {
                if (s.tabular() && (s.numbered() || following != null && following.numbered())) {
                    table = new ArrayList<>(s.rows());
                } else if (s.tabular()) {
                    out.add(table(next++, s.rows())); // a layout block: issuer beside the national motto
                } else {
                    paragraphs(s.rows(), out);
                }
                continue;
            }
            boolean sectionLine = !s.tabular() && s.rows().size() == 1 && following != null && following.numbered();
            if (s.numbered()) {
                for (Segment p : pending) table.addAll(p.rows());
                pending.clear();
                table.addAll(s.rows());
            } else if (s.tabular() || sectionLine) {
                pending.add(s); // a signature block, or a section title before more of the table
            } else {
                next = close(table, pending, next, out);
                table = null;
                pending.clear();
                paragraphs(s.rows(), out);
            }
        }
        if (table != null) next = close(table, pending, next, out);
        return next;
    }

    private static int close(List<SheetGrid.VisibleRow> table, List<Segment> pending, int index, List<Block> out) {
        out.add(table(index, table));
        for (Segment p : pending) paragraphs(p.rows(), out);
        return index + 1;
    }

    /** Splits at blank rows, and around runs of two or more one-cell lines (a title block between two tables). */
    private static List<Segment> segments(List<SheetGrid.VisibleRow> rows) {
        int n = rows.size();
        boolean[] title = new boolean[n];
        for (int i = 0; i < n; i++) {
            title[i] = filled(rows.get(i)) == 1
                    && (i > 0 && adjacent(rows, i - 1) && filled(rows.get(i - 1)) == 1
                    || i + 1 < n && adjacent(rows, i) && filled(rows.get(i + 1)) == 1);
        }
        List<Segment> out = new ArrayList<>();
        List<SheetGrid.VisibleRow> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean blank = filled(rows.get(i)) == 0;
            if (!current.isEmpty() && (blank || !adjacent(rows, i - 1) || title[i] != title[i - 1])) {
                out.add(Segment.of(current));
                current = new ArrayList<>();
            }
            if (!blank) current.add(rows.get(i));
        }
        if (!current.isEmpty()) out.add(Segment.of(current));
        return out;
    }

    /** Whether row i + 1 directly follows row i on the sheet: a row the file does not store at all is a blank one. */
    private static boolean adjacent(List<SheetGrid.VisibleRow> rows, int i) {
        return rows.get(i + 1).sheetRow() - rows.get(i).sheetRow() <= 1;
    }

    private static Table table(int index, List<SheetGrid.VisibleRow> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (SheetGrid.VisibleRow r : rows) {
            List<Flag> flags = r.formulaWithoutValue() ? List.of(Flag.FORMULA_WITHOUT_VALUE) : List.of();
            out.add(new Row(out.size(), r.cells(), null, false, flags));
        }
        return new Table(index, out, null);
    }

    private static void paragraphs(List<SheetGrid.VisibleRow> rows, List<Block> out) {
        for (SheetGrid.VisibleRow r : rows) {
            for (Cell c : r.cells()) {
                if (!c.isBlank()) out.add(new Paragraph(c.text(), null));
            }
        }
    }

    private static int filled(SheetGrid.VisibleRow r) {
        int n = 0;
        for (Cell c : r.cells()) if (!c.isBlank()) n++;
        return n;
    }

    private static boolean hasRowNumber(SheetGrid.VisibleRow r) {
        if (filled(r) < 2) return false;
        for (Cell c : r.cells()) {
            if (c.number() != null || ROW_NUMBER.matcher(c.text().strip()).matches()) return true;
        }
        return false;
    }
}
