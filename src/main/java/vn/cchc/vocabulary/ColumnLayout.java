package vn.cchc.vocabulary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which grid column holds each role, as read from a statistics table's header.
 *
 * @param columns    role → grid column
 * @param headerRows how many rows at the top of the table make up the header
 * @param valueColumns when the header names several value columns (periods, plan and result), each of them in grid
 *                     order; empty for the usual single "Số liệu" column
 */
public record ColumnLayout(Map<ColumnRole, Integer> columns, int headerRows, List<ValueColumn> valueColumns) {
    public ColumnLayout {
        columns = Map.copyOf(new EnumMap<>(columns));
        valueColumns = List.copyOf(valueColumns);
    }

    public ColumnLayout(Map<ColumnRole, Integer> columns, int headerRows) {
        this(columns, headerRows, List.of());
    }

    public Optional<Integer> column(ColumnRole role) {
        return Optional.ofNullable(columns.get(role));
    }

    public boolean has(ColumnRole role) {
        return columns.containsKey(role);
    }

    /** The role of a grid column, or null. */
    public ColumnRole roleOf(int col) {
        for (Map.Entry<ColumnRole, Integer> e : columns.entrySet()) {
            if (e.getValue() == col) return e.getKey();
        }
        return null;
    }
}
