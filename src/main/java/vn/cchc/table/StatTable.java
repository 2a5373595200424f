package vn.cchc.table;

import java.util.List;

import vn.cchc.vocabulary.ColumnLayout;

/**
 * A recognised statistics table, continuation pieces already joined.
 *
 * @param firstTable index of the first source table it was read from
 * @param section    the section its heading named (rows may override it with section rows)
 */
public record StatTable(int firstTable, Section section, ColumnLayout layout, List<StatRow> rows) {
    public StatTable {
        rows = List.copyOf(rows);
    }
}
