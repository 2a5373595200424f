package vn.cchc.summary;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.catalogue.Aggregation;

/**
 * One line of the consolidated table.
 *
 * @param value            the consolidated figure: a sum, a recomputed rate, a number of units answering yes, the
 *                         common value of a non-additive indicator when every unit gave the same; null otherwise
 *                         (a range that differs, no contributor, a heading)
 * @param min              smallest value a unit gave, null when none
 * @param max              largest value a unit gave, null when none
 * @param contributors     units whose figures went into the value
 * @param missing          units that gave nothing for this line
 * @param termsMissing     for a recomputed rate: units that printed the rate without both its terms, so could not
 *                         be counted in it
 * @param checkFailed      contributors whose figure (for a recomputed rate: whose terms) failed a consistency check
 *                         of their own report: the consolidated figure rests on a number its report contradicts
 * @param flagged          contributors whose own row for this line carries a flag
 */
public record Line(TemplateRow row, Aggregation rule, BigDecimal value, BigDecimal min, BigDecimal max,
                   List<String> contributors, List<String> missing, List<String> termsMissing,
                   List<String> checkFailed, List<String> flagged) {
    public Line {
        contributors = List.copyOf(contributors);
        missing = List.copyOf(missing);
        termsMissing = List.copyOf(termsMissing);
        checkFailed = List.copyOf(checkFailed);
        flagged = List.copyOf(flagged);
    }

    public boolean isHeading() {
        return row.isSection() || rule == Aggregation.NONE;
    }

    /** A range whose ends differ: shown as "min – max", not as one figure. */
    public boolean isSpread() {
        return rule == Aggregation.RANGE && min != null && max != null && min.compareTo(max) != 0;
    }

    /** The figure rests on a report that failed a consistency check. */
    public boolean suspect() {
        return !checkFailed.isEmpty();
    }
}
