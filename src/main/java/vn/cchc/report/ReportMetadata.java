package vn.cchc.report;

import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * Who reported, for which period, under which number and date. Any field may be null: unknown is said, never
 * guessed.
 *
 * @param issuer       the reporting body, e.g. "UBND huyện Quảng Điền"
 * @param level        tinh, so, huyen or xa
 * @param reportNumber as printed, e.g. "863/BC-SKHĐT"
 * @param reportDate   ISO date
 * @param period       2024-Q1 … Q4, 2024-H1, 2024-9M, 2024
 * @param flags        why a field is null (e.g. {@link Flag#NO_REPORT_NUMBER})
 */
public record ReportMetadata(String issuer, String level, String reportNumber, String reportDate, String period,
                             List<Flag> flags) {
    public ReportMetadata {
        flags = List.copyOf(flags);
    }

    /**
     * This metadata with the fields it lacks taken from another report's (the report a workbook was sent with), the
     * flags of the fields so filled dropped.
     */
    public ReportMetadata fillFrom(ReportMetadata other) {
        ReportMetadata m = new ReportMetadata(issuer != null ? issuer : other.issuer, level != null ? level : other.level,
                reportNumber != null ? reportNumber : other.reportNumber, reportDate != null ? reportDate : other.reportDate,
                period != null ? period : other.period, List.of());
        List<Flag> kept = flags.stream().filter(f -> switch (f) {
            case NO_ISSUER -> m.issuer == null;
            case NO_LEVEL -> m.level == null;
            case NO_REPORT_NUMBER -> m.reportNumber == null;
            case NO_REPORT_DATE -> m.reportDate == null;
            case NO_PERIOD -> m.period == null;
            default -> true;
        }).toList();
        return new ReportMetadata(m.issuer, m.level, m.reportNumber, m.reportDate, m.period, kept);
    }

    /** Whether any field is unknown. */
    public boolean incomplete() {
        return issuer == null || level == null || reportNumber == null || reportDate == null || period == null;
    }

    public static ReportMetadata unknown() {
        return new ReportMetadata(null, null, null, null, null, List.of());
    }
}
