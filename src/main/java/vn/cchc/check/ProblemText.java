package vn.cchc.check;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.catalogue.Kind;
import vn.cchc.number.ParsedNumber;
import vn.cchc.number.VietnameseNumbers;

/**
 * The sentences that describe problems to a person, who must find the rows in the printed report and call the office
 * back: rows by section, number and label, numbers as printed, and what was expected.
 */
final class ProblemText {
    private final Readings readings;

    ProblemText(Readings readings) {
        this.readings = readings;
    }

    String rate(Relation.Rate r) {
        BigDecimal n = readings.value(r.numerator());
        BigDecimal d = readings.value(r.denominator());
        String terms = ref(r.numerator()) + " (" + printed(r.numerator()) + ") / " + ref(r.denominator()) + " ("
                + printed(r.denominator()) + ")";
        if (d.signum() == 0) {
            return name(r.rate()) + " prints " + printed(r.rate()) + " %, but " + terms
                    + " has a numerator over a denominator of 0";
        }
        int decimals = Rounding.decimals(r.rateRaw(), readings.value(r.rate()));
        return name(r.rate()) + " prints " + printed(r.rate()) + " %, but " + terms + " × 100 = "
                + Rounding.show(Rounding.rate(n, d), decimals) + " %";
    }

    String sum(Relation.Sum s) {
        StringBuilder refs = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int p : s.parts()) {
            if (!refs.isEmpty()) {
                refs.append(" + ");
                values.append(" + ");
            }
            refs.append(ref(p));
            values.append(printed(p));
        }
        String sum = VietnameseNumbers.format(s.sum(readings::value));
        return name(s.total()) + " prints " + printed(s.total()) + ", but " + refs + " = " + values + " = " + sum
                + (s.complete() ? "" : " (and the parts not printed can only add to that)");
    }

    String ambiguous(int i) {
        ParsedNumber p = readings.parsed(i);
        return name(i) + " prints " + printed(i) + ", which is " + VietnameseNumbers.format(p.value())
                + " in Vietnamese use and " + VietnameseNumbers.format(p.alternative())
                + " in English use; nothing in the report settles which, so its value is left empty";
    }

    String ambiguousScale(int i) {
        List<BigDecimal> two = readings.readings(i);
        return name(i) + " holds " + VietnameseNumbers.format(readings.parsed(i).value()) + " (shown " + printed(i)
                + ") in a percentage row, which is " + VietnameseNumbers.format(two.get(0)) + " % or "
                + VietnameseNumbers.format(two.get(1)) + " %; nothing in the report settles which, so its value is left empty";
    }

    /** An impossible value, {@code why} saying what it is instead ("a negative count"). */
    String outOfRange(int i, String why) {
        return name(i) + " prints " + printed(i) + ", " + why;
    }

    /** A unit that contradicts the indicator, {@code why} saying how ("prints the unit ..."). */
    String unit(int i, String why) {
        return name(i) + " " + why;
    }

    /** Section, number and label: enough to find the row in the report. */
    String name(int i) {
        ParsedRow r = readings.row(i);
        StringBuilder b = new StringBuilder();
        if (r.section() != null) b.append(r.section()).append(' ');
        String stt = r.row().stt();
        if (stt != null && !stt.isBlank()) b.append(stt.strip()).append(' ');
        return b.append('"').append(shorten(r.row().label(), 70)).append('"').toString();
    }

    /** A term of a relation: its number, or its label when it has none. */
    private String ref(int i) {
        ParsedRow r = readings.row(i);
        String stt = r.row().stt();
        return stt != null && !stt.isBlank() ? stt.strip() : "\"" + shorten(r.row().label(), 40) + "\"";
    }

    /** The value as printed, without its % sign (the sentences add one where it belongs). */
    String printed(int i) {
        return readings.parsed(i).raw().replace("%", "").strip();
    }

    static String article(Kind kind) {
        return switch (kind) {
            case COUNT -> "a count";
            case PERCENT -> "a percentage";
            case MONEY -> "an amount of money";
            case YESNO -> "a yes/no code";
            case CODED -> "a code";
            case HEADING -> "a heading";
        };
    }

    private static String shorten(String label, int max) {
        String s = label == null ? "" : label.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
