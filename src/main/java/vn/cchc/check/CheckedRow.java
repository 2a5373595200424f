package vn.cchc.check;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * A row as the checks leave it.
 *
 * @param row   the row checked
 * @param value the value to output: the reading the checks settled on (which differs from the first reading only for
 *              a number that reads differently under the other separator convention), null when there is no number or
 *              its reading could not be settled
 * @param flags the flags of the checks it takes part in and failed, in the order found; empty when none
 */
public record CheckedRow(ParsedRow row, BigDecimal value, List<Flag> flags) {
    public CheckedRow {
        flags = List.copyOf(flags);
    }
}
