package vn.cchc.check;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.catalogue.Kind;
import vn.cchc.number.NumberKind;
import vn.cchc.number.ParsedNumber;

/**
 * The scale of a percentage a spreadsheet stores as a number. A cell formatted as a percentage says it (0.955 shown
 * as 95,5 %: the reader already gives 95.5), but offices also type percentages into General cells, some as the
 * percent (95.5), some as the fraction (0.955). In a percentage row a stored number in 0..1 without a percent format
 * could be either a fraction or a small percentage, and a number in a percent-formatted cell that shows over 100 %
 * (95.5 shown as 9550 %) was typed as the percent into the wrong format. Such a number gets two readings, settled
 * by the indicator's kind and the report's rates and totals like a separator ambiguity, then by the way the rest
 * of the workbook writes its percentages; otherwise it stays open and is flagged, never guessed.
 */
final class PercentScale {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How many other percentages written as fractions (and none as percents) make the workbook's habit. */
    private static final int HABIT = 2;

    private PercentScale() {
    }

    /** The two readings of a stored number whose percent scale is in doubt (as stored or shown first), else null. */
    static List<BigDecimal> readings(ParsedRow row, Kind kind) {
        ParsedNumber p = row.number();
        if (kind != Kind.PERCENT || row.row().number() == null || p.kind() != NumberKind.NUMBER) return null;
        BigDecimal v = p.value();
        if (!p.percent() && fraction(v)) return List.of(v, scaled(v.multiply(HUNDRED)));
        if (p.percent() && v.compareTo(HUNDRED) > 0) return List.of(v, scaled(v.divide(HUNDRED)));
        return null;
    }

    /**
     * Settles the fractions still open by the workbook's habit: when its other unformatted percentages are all
     * fractions (at least {@link #HABIT} of them, none over 1), it writes percentages as fractions, and 0.955 is
     * 95.5 %. When they are written as percents, a lone 0.955 may be a slip or a true 0.955 %: it stays open.
     */
    static void byWorkbook(Readings r) {
        int fractions = 0;
        int percents = 0;
        for (int i = 0; i < r.size(); i++) {
            ParsedNumber p = r.parsed(i);
            if (r.kind(i) != Kind.PERCENT || r.row(i).row().number() == null || p.kind() != NumberKind.NUMBER
                    || p.percent()) {
                continue;
            }
            if (p.value().compareTo(BigDecimal.ONE) > 0) percents++;
            else if (p.value().signum() > 0 && p.value().compareTo(BigDecimal.ONE) < 0) fractions++;
        }
        for (int i = 0; i < r.size(); i++) {
            if (!r.isScaleOpen(i) || r.parsed(i).percent()) continue;
            boolean own = r.parsed(i).value().compareTo(BigDecimal.ONE) < 0;
            if (percents == 0 && fractions - (own ? 1 : 0) >= HABIT) r.settle(i, r.readings(i).get(1));
        }
    }

    private static boolean fraction(BigDecimal v) {
        return v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0;
    }

    private static BigDecimal scaled(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
