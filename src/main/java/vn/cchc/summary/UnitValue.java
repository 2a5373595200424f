package vn.cchc.summary;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * What one report gave for one indicator: the parsed value, the text as printed, and the record's flags.
 *
 * @param rows how many rows of the report were matched to the indicator (more than one is itself worth a look)
 */
public record UnitValue(BigDecimal value, String raw, List<Flag> flags, int rows) {
    public UnitValue {
        flags = List.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
