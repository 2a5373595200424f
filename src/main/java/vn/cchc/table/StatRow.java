package vn.cchc.table;

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
 */
public record StatRow(Section section, String stt, String label, String unit, String valueRaw, String note,
                      String parentLabel, Integer page, int table, int row, List<Flag> flags) {
    public StatRow {
        flags = List.copyOf(flags);
    }

    public StatRow withNote(String newNote) {
        return new StatRow(section, stt, label, unit, valueRaw, newNote, parentLabel, page, table, row, flags);
    }
}
