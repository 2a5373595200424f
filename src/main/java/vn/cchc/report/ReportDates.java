package vn.cchc.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports print them: "ngày 08 tháng 3 năm 2024" (the place-date line), "08/3/2024" or "ngày 08 /3/2024"
 * (the appendix line). A date whose day or month was left blank for the signer to fill in ("ngày /3/2024",
 * "ngày   tháng 3 năm 2024") is found but has no value.
 */
public final class ReportDates {
    private static final String GAP = "[\\s.…_]*";
    private static final Pattern LONG = Pattern.compile(
            "(?iu)ngày" + GAP + "(\\d{1,2})?" + GAP + "tháng" + GAP + "(\\d{1,2})?" + GAP + "năm" + GAP + "(\\d{4})?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)(?:ngày" + GAP + ")?(?<![\\d/])(\\d{1,2})?\\s*([/.-])\\s*(\\d{1,2})?\\s*\\2\\s*(\\d{4})(?!\\d)");

    /**
     * A date found in a text.
     *
     * @param date  the date, or null when it was left blank or is impossible (31 tháng 2)
     * @param start where the date expression starts in the text
     * @param end   where it ends
     */
    public record Found(LocalDate date, int start, int end) {
        public String iso() {
            return date == null ? null : date.toString();
        }
    }

    private ReportDates() {
    }

    /** The first date expression in {@code s}, long ("ngày … tháng … năm …") or numeric ("08/3/2024"). */
    public static Optional<Found> find(String s) {
        Found best = null;
        Matcher l = LONG.matcher(s);
        if (l.find()) best = new Found(date(l.group(1), l.group(2), l.group(3)), l.start(), l.end());
        Matcher n = NUMERIC.matcher(s);
        while (n.find()) {
            if (best != null && n.start() >= best.start()) break;
            // "ngày /3/2024" has a blank day; a bare "/3/2024" with nothing before it is not a date at all
            if (n.group(1) == null && !n.group().toLowerCase(java.util.Locale.ROOT).startsWith("ngày")) continue;
            best = new Found(date(n.group(1), n.group(3), n.group(4)), n.start(), n.end());
            break;
        }
        return Optional.ofNullable(best);
    }

    /** The date of {@code s} as ISO text, or null when there is none or it is blank. */
    public static String parse(String s) {
        return find(s).map(Found::iso).orElse(null);
    }

    private static LocalDate date(String day, String month, String year) {
        if (day == null || month == null || year == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
