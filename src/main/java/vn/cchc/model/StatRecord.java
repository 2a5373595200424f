package vn.cchc.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.cchc.vocabulary.Flag;

/**
 * One output record: a row of a statistics table with its provenance, reading, indicator and report metadata.
 * The field order is the CSV column order. {@code values} is not a CSV column: JSON and JSON Lines write it after
 * {@code prev_value}.
 *
 * <p>{@code prevValue}: the same indicator for the same period a year earlier, when the table prints it in a column
 * of its own; {@code values}: when the table has several value columns, each column's number by its key ("2023",
 * "2024-Q1", "ke_hoach", "thuc_hien"), else null.
 */
public record StatRecord(
        String file,
        String format,
        Integer page,
        Integer table,
        Integer row,
        String section,
        String stt,
        String label,
        String unit,
        String valueRaw,
        BigDecimal value,
        BigDecimal prevValue,
        Map<String, BigDecimal> values,
        String note,
        String indicator,
        String indicatorName,
        Double matchScore,
        String rowKey,
        String issuer,
        String level,
        String reportNumber,
        String reportDate,
        String period,
        List<Flag> flags,
        String duplicateOf,
        Double ocrConfidence) {

    /** Output field names in order, as CSV headers and JSON keys. */
    public static final List<String> FIELDS = List.of(
            "file", "format", "page", "table", "row", "section", "stt", "label", "unit", "value_raw", "value", "prev_value", "note",
            "indicator", "indicator_name", "match_score", "row_key", "issuer", "level", "report_number", "report_date", "period",
            "flags", "duplicate_of", "ocr_confidence");

    /** JSON and JSON Lines keys in order: the CSV fields with {@code values} after {@code prev_value}. */
    public static final List<String> JSON_FIELDS = jsonFields();

    private static List<String> jsonFields() {
        List<String> f = new java.util.ArrayList<>(FIELDS);
        f.add(f.indexOf("prev_value") + 1, "values");
        return List.copyOf(f);
    }

    public StatRecord {
        flags = List.copyOf(flags);
        // insertion order is the table's column order; a map that keeps it, read-only
        values = values == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** A record of a report not known to duplicate another. */
    public StatRecord(String file, String format, Integer page, Integer table, Integer row, String section, String stt,
                      String label, String unit, String valueRaw, BigDecimal value, BigDecimal prevValue,
                      Map<String, BigDecimal> values, String note, String indicator, String indicatorName,
                      Double matchScore, String rowKey, String issuer, String level, String reportNumber, String reportDate,
                      String period, List<Flag> flags) {
        this(file, format, page, table, row, section, stt, label, unit, valueRaw, value, prevValue, values, note,
                indicator, indicatorName, matchScore, rowKey, issuer, level, reportNumber, reportDate, period, flags, null, null);
    }

    /** This record, of a report that {@code first} (an earlier input) already gave: flagged and pointing at it. */
    public StatRecord duplicating(String first) {
        List<Flag> f = new java.util.ArrayList<>(flags);
        if (!f.contains(Flag.DUPLICATE)) f.add(Flag.DUPLICATE);
        return new StatRecord(file, format, page, table, row, section, stt, label, unit, valueRaw, value, prevValue, values,
                note, indicator, indicatorName, matchScore, rowKey, issuer, level, reportNumber, reportDate, period, f, first, ocrConfidence);
    }
}
