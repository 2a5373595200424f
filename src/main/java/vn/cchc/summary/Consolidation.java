package vn.cchc.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.cchc.catalogue.Aggregation;
import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.vocabulary.Flag;

/**
 * Compiles the reports of one period into the consolidated table, each line by its indicator's
 * {@link Aggregation} rule. Only what the units gave is shown (with the headings above it): a commune's summary
 * has no lines for the province's own indicators.
 */
public final class Consolidation {
    /** Rates are printed with two decimals at most, as the template's reports print them. */
    private static final int RATE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The flags the consistency checks put on the rows of a failed check. */
    static final Set<Flag> CHECK_FLAGS = Set.of(Flag.RATE_MISMATCH, Flag.SUM_MISMATCH, Flag.OUT_OF_RANGE,
            Flag.UNIT_MISMATCH, Flag.AMBIGUOUS_NUMBER, Flag.AMBIGUOUS_PERCENT);

    private final Catalogue catalogue;

    public Consolidation(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param units one report per unit, duplicates already left out ({@link Duplicates#resolve}) */
    public Summary of(String period, List<Unit> units, List<Duplicates.Dropped> duplicates) {
        List<Line> lines = new ArrayList<>();
        for (TemplateRow row : TemplateLayout.of(catalogue, i -> given(i, units))) {
            lines.add(row.isSection() ? heading(row) : line(row, units));
        }
        return new Summary(period, catalogue.version(), units, duplicates, lines);
    }

    private boolean given(Indicator i, List<Unit> units) {
        for (Unit u : units) {
            if (u.values().containsKey(i.code())) return true;
        }
        return false;
    }

    private static Line heading(TemplateRow row) {
        return new Line(row, Aggregation.NONE, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Line line(TemplateRow row, List<Unit> units) {
        Indicator i = row.indicator();
        Aggregation rule = i.aggregation();
        if (rule == Aggregation.NONE) return heading(row);
        List<String> contributors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> termsMissing = new ArrayList<>();
        List<String> checkFailed = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Unit u : units) {
            BigDecimal v = u.value(i.code());
            if (v != null) {
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
            boolean counted;
            if (rule == Aggregation.RATE) {
                BigDecimal n = u.value(i.numerator());
                BigDecimal d = u.value(i.denominator());
                counted = n != null && d != null;
                if (counted) {
                    numerator = numerator.add(n);
                    denominator = denominator.add(d);
                } else if (v != null) {
                    termsMissing.add(u.name());
                }
            } else {
                counted = v != null;
                if (counted) total = total.add(rule == Aggregation.COUNT_YES ? (isYes(v) ? BigDecimal.ONE : BigDecimal.ZERO) : v);
            }
            if (!counted) {
                if (v == null) missing.add(u.name());
                continue;
            }
            contributors.add(u.name());
            UnitValue own = u.values().get(i.code());
            boolean failed = rule == Aggregation.RATE
                    ? failedCheck(u.values().get(i.numerator())) || failedCheck(u.values().get(i.denominator()))
                    : failedCheck(own);
            if (failed) checkFailed.add(u.name());
            if (own != null && own.flagged()) flagged.add(u.name());
        }
        BigDecimal value = switch (rule) {
            case SUM, COUNT_YES -> contributors.isEmpty() ? null : total;
            case RATE -> contributors.isEmpty() || denominator.signum() == 0 ? null
                    : numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64)
                    .setScale(RATE_SCALE, RoundingMode.HALF_UP);
            case RANGE -> min != null && min.compareTo(max) == 0 ? min : null;
            case NONE -> null;
        };
        if (value != null) value = plain(value);
        return new Line(row, rule, value, min, max, contributors, missing, termsMissing, checkFailed, flagged);
    }

    /** 12.50 → 12.5, 1E+2 → 100: the figure as a person writes it. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Whether a consistency check of the report failed on this figure (its row carries the check's flag): the
     * consolidated figure then rests on a number the report contradicts itself about.
     */
    private static boolean failedCheck(UnitValue v) {
        if (v == null) return false;
        for (Flag f : v.flags()) {
            if (CHECK_FLAGS.contains(f)) return true;
        }
        return false;
    }

    /** Có is printed as 1; anything else a yes/no row holds (0, a stray count) is not a yes. */
    private static boolean isYes(BigDecimal v) {
        return v.compareTo(BigDecimal.ONE) == 0;
    }
}
