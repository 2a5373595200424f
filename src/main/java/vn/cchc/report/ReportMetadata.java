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

    public static ReportMetadata unknown() {
        return new ReportMetadata(null, null, null, null, null, List.of());
    }
}
