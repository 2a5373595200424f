package vn.cchc.table;

import vn.cchc.vocabulary.ValueColumn;

import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * One data row of a statistics table, read into its roles, before numbers and indicators.
 *
 * @param section  the template area the row belongs to, or null when no heading or section row said
 * @param stt      the printed number ("3.2.1", "2.", "") as printed
 * @param label    the indicator's wording, markup and footnote markers removed
 * @param unit     the printed unit
 * @param valueRaw the value cell as printed
 * @param note     the note column, continuation lines joined
 * @param parentLabel the label of the row this one is numbered under (by STT), or null
 * @param page     provenance: page (null when the format has none)
 * @param table    provenance: 0-based index of the source table in the document
 * @param row      provenance: 0-based row index in the source table
 * @param flags    what the table reader was unsure of
 * @param number   the exact number the value cell holds when its format stores one (a spreadsheet), else null;
 *                 it wins over any reading of {@code valueRaw}
 * @param values   when the table has several value columns ({@link ColumnLayout#valueColumns()}), the row's cell in
 *                 each, in the same order; else empty. {@code valueRaw} is then the column the header or the
 *                 report's period chose ({@link ValueColumns})
 */
public record StatRow(Section section, String stt, String label, String unit, String valueRaw, String note,
                      String parentLabel, Integer page, int table, int row, List<Flag> flags,
                      java.math.BigDecimal number, List<ValueCell> values, Double valueConfidence) {
    public StatRow {
        flags = List.copyOf(flags);
        values = List.copyOf(values);
    }

    public StatRow(Section section, String stt, String label, String unit, String valueRaw, String note,
                   String parentLabel, Integer page, int table, int row, List<Flag> flags) {
        this(section, stt, label, unit, valueRaw, note, parentLabel, page, table, row, flags, null, List.of());
    }

    public StatRow(Section section, String stt, String label, String unit, String valueRaw, String note,
                   String parentLabel, Integer page, int table, int row, List<Flag> flags,
                   java.math.BigDecimal number, List<ValueCell> values) {
        this(section, stt, label, unit, valueRaw, note, parentLabel, page, table, row, flags, number, values, null);
    }

    public StatRow withNote(String newNote) {
        return new StatRow(section, stt, label, unit, valueRaw, newNote, parentLabel, page, table, row, flags, number, values, valueConfidence);
    }

    /** The row with its value taken from one of its value columns, and the flag saying the choice was a guess. */
    public StatRow withValueFrom(int index, boolean guessed) {
        ValueCell v = values.get(index);
        List<Flag> f = flags;
        if (guessed && !flags.contains(Flag.VALUE_COLUMN_GUESSED)) {
            f = new java.util.ArrayList<>(flags);
            f.add(Flag.VALUE_COLUMN_GUESSED);
        }
        return new StatRow(section, stt, label, unit, v.raw(), note, parentLabel, page, table, row, f, v.number(), values, valueConfidence);
    }
}
