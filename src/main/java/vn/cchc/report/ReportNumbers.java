package vn.cchc.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers as printed after "Số:" or "Báo cáo số": "863/BC-SKHĐT", "45/2024/BC-UBND". A number left
 * blank for the registry to fill in ("Số: /BC-UBND", "Số: ....../BC-UBND") is found but has no value.
 */
public final class ReportNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{M}])s[ốo]\\s*:?[\\s.…_]*(\\d*)[\\s.…_]*/\\s*((?:\\d{4}\\s?/\\s?)?\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:\\s?[-/]\\s?[\\p{L}\\p{M}\\p{N}]+|\\.[\\p{L}\\p{M}\\p{N}]+)*)");

    /**
     * @param number the number as printed ("863/BC-SKHĐT"), or null when it was left blank
     * @param end    where the number ends in the text
     */
    public record Found(String number, int start, int end) {
    }

    private ReportNumbers() {
    }

    public static Optional<Found> find(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) return Optional.empty();
        String symbol = m.group(2).replaceAll("\\s+", "");
        String number = m.group(1).isEmpty() ? null : m.group(1) + "/" + symbol;
        return Optional.of(new Found(number, m.start(), m.end()));
    }

    /** The number in {@code s}, or null when there is none or it is blank. */
    public static String parse(String s) {
        return find(s).map(Found::number).orElse(null);
    }
}
