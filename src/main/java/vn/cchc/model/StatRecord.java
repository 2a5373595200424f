package vn.cchc.model;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * One output record: a row of a statistics table with its provenance, reading, indicator and report metadata.
 * The field order is the CSV column order.
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
        String note,
        String indicator,
        String indicatorName,
        Double matchScore,
        String issuer,
        String level,
        String reportNumber,
        String reportDate,
        String period,
        List<Flag> flags) {

    /** Output field names in order, as CSV headers and JSON keys. */
    public static final List<String> FIELDS = List.of(
            "file", "format", "page", "table", "row", "section", "stt", "label", "unit", "value_raw", "value", "note",
            "indicator", "indicator_name", "match_score", "issuer", "level", "report_number", "report_date", "period",
            "flags");

    public StatRecord {
        flags = List.copyOf(flags);
    }
}
