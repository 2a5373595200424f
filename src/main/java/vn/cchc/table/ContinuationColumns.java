package vn.cchc.table;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;
import vn.cchc.vocabulary.HeaderDetector;

/**
 * Whether a piece of a table continued on the next page has the shape of the piece before it, so that the columns the
 * first piece's header named can be read in it by position. Offices and PDF converters drop an empty note column on
 * the next page; a piece with another number of value columns has no header to say which is the report's period.
 */
final class ContinuationColumns {
    private ContinuationColumns() {
    }

    /** Whether two layouts put row number, label and unit in the same columns. */
    static boolean sameRoles(ColumnLayout a, ColumnLayout b) {
        for (ColumnRole r : new ColumnRole[] {ColumnRole.STT, ColumnRole.LABEL, ColumnRole.UNIT}) {
            if (!Objects.equals(a.column(r).orElse(null), b.column(r).orElse(null))) return false;
        }
        return true;
    }

    /**
     * The layout to read a headerless piece {@code width} columns wide with, when the piece before was {@code
     * before} columns wide and read with {@code layout}: the same layout when the piece only lacks the note column
     * (without it), or has it where the layout has it; empty when the value columns themselves differ in number (or
     * the layout is not row number, label, unit, values, note in that order, so nothing says where they went).
     */
    static Optional<ColumnLayout> onNarrowerOrSameGrid(ColumnLayout layout, int before, int width) {
        int label = layout.column(ColumnRole.LABEL).orElse(-1);
        int unit = layout.column(ColumnRole.UNIT).orElse(-1);
        int first = Math.max(label, unit) + 1;
        int values = layout.valueColumns().isEmpty() ? 1 : layout.valueColumns().size();
        for (int k = 0; k < values; k++) {
            int col = layout.valueColumns().isEmpty() ? layout.column(ColumnRole.VALUE).orElse(-1)
                    : layout.valueColumns().get(k).col();
            if (col != first + k) return Optional.empty();
        }
        Integer note = layout.column(ColumnRole.NOTE).orElse(null);
        int end = first + values;
        boolean noteAfter = note != null && note == end;
        if (note != null && !noteAfter) return Optional.empty();
        if (before != end + (noteAfter ? 1 : 0)) return Optional.empty(); // the layout's own piece was not that shape
        if (width == end + 1 && noteAfter) return Optional.of(layout);
        if (width != end) return Optional.empty();
        Map<ColumnRole, Integer> cols = new EnumMap<>(ColumnRole.class);
        cols.putAll(layout.columns());
        cols.remove(ColumnRole.NOTE);
        return Optional.of(new ColumnLayout(cols, layout.headerRows(), layout.valueColumns()));
    }

    /**
     * The layout of a table whose first row is only the lower half of a header like the one of the table before it
     * (laid out as {@code before}, on a grid {@code width} wide): the page break cut the header row, and its upper
     * half was lost at the foot of the page before. That table's columns, with that one row as header; empty
     * otherwise.
     */
    static Optional<ColumnLayout> underCutHeader(HeaderDetector headers, ColumnLayout before, int width, Table t) {
        if (t.rows().isEmpty() || t.gridWidth() != width || !headers.isLowerHalfOf(t.rows().get(0), before)) return Optional.empty();
        return Optional.of(new ColumnLayout(before.columns(), 1, before.valueColumns()));
    }

    /** Whether the row prints anything right of its label and unit (bar the note): a figure in some value column. */
    static boolean printsPastUnit(ColumnLayout layout, Row r) {
        int last = Math.max(layout.column(ColumnRole.LABEL).orElse(-1), layout.column(ColumnRole.UNIT).orElse(-1));
        int note = layout.column(ColumnRole.NOTE).orElse(-1);
        return r.cells().stream().anyMatch(c -> c.gridCol() > last && c.gridCol() != note && !c.isBlank());
    }
}
