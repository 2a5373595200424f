package vn.cchc.number;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * Reads numbers as Vietnamese reports print them.
 *
 * <p>Vietnamese use: dot groups thousands, comma marks decimals ({@code 10.323.108}, {@code 99,6}). Reports typed
 * on English-locale machines also carry {@code 92.86} or {@code 13.5%}. The rules:
 * <ul>
 *   <li>a dot followed by groups of exactly three digits groups thousands ({@code 2.097} = 2097), unless the first
 *       group is only zeros ({@code 0.500} = 0.5); any other dot is
 *       a decimal point ({@code 92.86});</li>
 *   <li>a comma is a decimal point ({@code 99,6}); with both, the last one is the decimal mark
 *       ({@code 1.234,5}, {@code 1,234.5});</li>
 *   <li>spaces between groups of three digits group thousands ({@code 10 323 108});</li>
 *   <li>leading zeros are padding ({@code 04} = 4); a trailing {@code %} is allowed;</li>
 *   <li>{@code -}, {@code Không}, {@code Chưa} and the like mean "none" and carry no value;</li>
 *   <li>anything else (ranges, fractions, words) is unreadable: no value, never a guess.</li>
 * </ul>
 * Where the other convention would read the same digits differently ({@code 2.097}, {@code 1,234}) the other
 * reading is kept as {@link ParsedNumber#alternative()} for the consistency checks to settle.
 */
public final class VietnameseNumbers {
    private static final Set<String> NONE_WORDS = Set.of(
            "khong", "chua", "chua co", "khong co", "x", "n a");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    /**
     * The first group of a grouped number: one to three digits, not only zeros. "0.500" and "0,500" are half of one
     * in either convention; no one writes 500 that way, so they have no thousands reading.
     */
    private static final String LEAD = "(?!0+\\D)\\d{1,3}";
    private static final Pattern DOT_GROUPS = Pattern.compile(LEAD + "(?:\\.\\d{3})+");
    private static final Pattern COMMA_GROUPS = Pattern.compile(LEAD + "(?:,\\d{3})+");
    private static final Pattern SPACE_GROUPS = Pattern.compile(LEAD + "(?: \\d{3})+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d*\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d*,\\d+");
    /** Dot thousands, comma decimal: 1.234,5 */
    private static final Pattern VN_FULL = Pattern.compile(LEAD + "(?:\\.\\d{3})+,\\d+");
    /** Comma thousands, dot decimal: 1,234.5 */
    private static final Pattern EN_FULL = Pattern.compile(LEAD + "(?:,\\d{3})+\\.\\d+");
    /** Space thousands with a decimal: 1 234,5 or 1 234.5 */
    private static final Pattern SPACE_DECIMAL = Pattern.compile("(" + LEAD + "(?: \\d{3})+)[.,](\\d+)");

    private VietnameseNumbers() {
    }

    public static ParsedNumber parse(String text) {
        String raw = text == null ? "" : text.strip();
        String t = SPACES.matcher(raw).replaceAll(" ").strip();
        if (t.isEmpty()) return ParsedNumber.empty(raw);
        if (DASHES.matcher(t).matches()) return ParsedNumber.textZero(raw);
        if (NONE_WORDS.contains(Fold.fold(t))) return ParsedNumber.textZero(raw);

        boolean percent = false;
        if (t.endsWith("%")) {
            percent = true;
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            negative = true;
            t = t.substring(1).strip();
        }
        Reading r = read(t);
        if (r == null) return ParsedNumber.unreadable(raw);
        BigDecimal v = negative ? r.value.negate() : r.value;
        BigDecimal alt = r.alternative == null ? null : negative ? r.alternative.negate() : r.alternative;
        return new ParsedNumber(raw, NumberKind.NUMBER, normalise(v), percent, alt == null ? null : normalise(alt));
    }

    private record Reading(BigDecimal value, BigDecimal alternative) {
    }

    private static Reading read(String t) {
        if (PLAIN.matcher(t).matches()) return new Reading(new BigDecimal(t), null);
        if (DOT_GROUPS.matcher(t).matches()) {
            // Vietnamese thousands; with a single group it could also be an English decimal (2.097).
            BigDecimal alt = t.indexOf('.') == t.lastIndexOf('.') ? new BigDecimal(t) : null;
            return new Reading(new BigDecimal(t.replace(".", "")), alt);
        }
        if (COMMA_DECIMAL.matcher(t).matches()) {
            // Vietnamese decimal; 1,234 could also be English thousands.
            BigDecimal alt = COMMA_GROUPS.matcher(t).matches() ? new BigDecimal(t.replace(",", "")) : null;
            return new Reading(new BigDecimal(leadingZero(t.replace(',', '.'))), alt);
        }
        if (COMMA_GROUPS.matcher(t).matches()) {
            // 1,234,567: several comma groups can only be English thousands.
            return new Reading(new BigDecimal(t.replace(",", "")), null);
        }
        if (DOT_DECIMAL.matcher(t).matches()) return new Reading(new BigDecimal(leadingZero(t)), null);
        if (VN_FULL.matcher(t).matches()) {
            return new Reading(new BigDecimal(t.replace(".", "").replace(',', '.')), null);
        }
        if (EN_FULL.matcher(t).matches()) return new Reading(new BigDecimal(t.replace(",", "")), null);
        if (SPACE_GROUPS.matcher(t).matches()) return new Reading(new BigDecimal(t.replace(" ", "")), null);
        Matcher m = SPACE_DECIMAL.matcher(t);
        if (m.matches()) return new Reading(new BigDecimal(m.group(1).replace(" ", "") + "." + m.group(2)), null);
        return null;
    }

    private static String leadingZero(String t) {
        return t.startsWith(".") ? "0" + t : t;
    }

    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Plain decimal text with a dot and no grouping, as CSV and JSON carry it. */
    public static String format(BigDecimal v) {
        return v == null ? "" : normalise(v).toPlainString().toLowerCase(Locale.ROOT);
    }
}
