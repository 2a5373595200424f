package vn.cchc.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.cchc.text.Fold;

/**
 * The README's number rules (section "Numbers") written a second time, by walking the characters instead of matching
 * patterns, so that the fuzz and property tests can ask what a string means without asking the parser under test.
 *
 * <p>A number is digits in groups; between two groups one separator. A dot before exactly three digits, with a first
 * group of one to three digits (not only zeros) and every later group of three, groups thousands; a single
 * such dot may also be an English decimal point, so the string has two readings. A comma is a decimal mark (and a
 * single comma before three digits may also be English thousands). Spaces group thousands. With two kinds of
 * separator the last one is the decimal mark and the others group thousands. Leading zeros of a plain number are
 * padding; a trailing {@code %} and a leading minus are allowed. Dashes and the words for "none" carry no value.
 */
final class NumberRules {
    private static final Set<String> NONE_WORDS = Set.of("khong", "chua", "chua co", "khong co", "x", "n a");

    enum Meaning { EMPTY, NONE, NUMBER, NOT_A_NUMBER }

    /**
     * @param readings the values the string can mean, first the Vietnamese one; empty unless {@link Meaning#NUMBER}
     */
    record Reading(Meaning meaning, List<BigDecimal> readings, boolean percent) {
        static Reading of(Meaning m) {
            return new Reading(m, List.of(), false);
        }
    }

    private NumberRules() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /**
     * The text with its outer white space removed (Java's notion, control separators included) and every inner run of
     * spaces made one plain space.
     */
    static String normalise(String text) {
        String s = text == null ? "" : text.strip();
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString().strip();
    }

    static Reading read(String text) {
        String t = normalise(text);
        if (t.isEmpty()) return Reading.of(Meaning.EMPTY);
        if (t.chars().allMatch(c -> isDash((char) c))) return Reading.of(Meaning.NONE);
        if (NONE_WORDS.contains(Fold.fold(t))) return Reading.of(Meaning.NONE);
        boolean percent = t.endsWith("%");
        if (percent) t = t.substring(0, t.length() - 1).strip();
        boolean negative = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '\u2212');
        if (negative) t = t.substring(1).strip();
        List<BigDecimal> values = body(t);
        if (values.isEmpty()) return Reading.of(Meaning.NOT_A_NUMBER);
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v : values) out.add(plain(negative ? v.negate() : v));
        return new Reading(Meaning.NUMBER, List.copyOf(new LinkedHashSet<>(out)), percent);
    }

    /** The readings of digits and separators; empty when the rules give none. */
    private static List<BigDecimal> body(String t) {
        List<String> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                g.append(c);
            } else if (c == '.' || c == ',' || c == ' ') {
                groups.add(g.toString());
                seps.add(c);
                g.setLength(0);
            } else {
                return List.of();
            }
        }
        groups.add(g.toString());
        // every group but the first holds digits; the first may be empty only before a decimal mark (".5", ",5")
        for (int k = 1; k < groups.size(); k++) if (groups.get(k).isEmpty()) return List.of();
        int n = seps.size();
        if (n == 0) return groups.get(0).isEmpty() ? List.of() : List.of(new BigDecimal(groups.get(0)));
        if (groups.get(0).isEmpty() && !(n == 1 && seps.get(0) != ' ')) return List.of();
        char last = seps.get(n - 1);
        boolean oneKind = seps.stream().allMatch(s -> s == last);
        if (oneKind) {
            boolean grouped = thousands(groups);
            if (last == ' ') return grouped ? List.of(joined(groups, groups.size())) : List.of();
            if (n > 1) return grouped ? List.of(joined(groups, groups.size())) : List.of();
            BigDecimal decimal = decimal(groups.get(0), groups.get(1));
            if (!grouped) return List.of(decimal);
            BigDecimal whole = joined(groups, 2);
            return last == '.' ? List.of(whole, decimal) : List.of(decimal, whole);
        }
        // two kinds: the last separator is the decimal mark, the others of one kind group thousands
        char grouping = seps.get(0);
        if (last == ' ' || grouping == last) return List.of();
        for (int k = 0; k < n - 1; k++) if (seps.get(k) != grouping) return List.of();
        List<String> whole = groups.subList(0, groups.size() - 1);
        if (!thousands(whole)) return List.of();
        return List.of(decimal(joined(whole, whole.size()).toPlainString(), groups.get(groups.size() - 1)));
    }

    /**
     * A first group of one to three digits, then groups of exactly three. A first group of zeros groups nothing: no one
     * writes 500 as "0.500", which is half of one in either convention.
     */
    private static boolean thousands(List<String> groups) {
        String first = groups.get(0);
        if (first.isEmpty() || first.length() > 3 || first.chars().allMatch(c -> c == '0')) return false;
        for (int k = 1; k < groups.size(); k++) if (groups.get(k).length() != 3) return false;
        return true;
    }

    private static BigDecimal joined(List<String> groups, int count) {
        return new BigDecimal(String.join("", groups.subList(0, count)));
    }

    private static BigDecimal decimal(String whole, String fraction) {
        return new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + fraction);
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
