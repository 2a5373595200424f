package vn.cchc.vocabulary;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which grid column holds each role, as read from a statistics table's header.
 *
 * @param columns    role → grid column
 * @param headerRows how many rows at the top of the table make up the header
 */
public record ColumnLayout(Map<ColumnRole, Integer> columns, int headerRows) {
    public ColumnLayout {
        columns = Map.copyOf(new EnumMap<>(columns));
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
