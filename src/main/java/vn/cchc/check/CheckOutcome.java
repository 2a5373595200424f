package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * What the checks made of one report's rows.
 *
 * @param values   per row, the value to output: the reading the checks settled on, null when there is no number or
 *                 its reading could not be settled
 * @param flags    per row, the check flags it gets (empty when none), in the order of the rows given
 * @param problems every inconsistency, in row order
 */
public record CheckOutcome(List<BigDecimal> values, List<List<Flag>> flags, List<Problem> problems) {
    public CheckOutcome {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // List.copyOf refuses the nulls
        flags = flags.stream().map(List::copyOf).toList();
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
