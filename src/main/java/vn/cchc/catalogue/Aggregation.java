package vn.cchc.catalogue;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the consolidated report of several units combines their values of one indicator. The catalogue's
 * {@code aggregate} column names it; an empty cell means {@link #defaultFor(Indicator)}, so the catalogue only
 * spells out the exceptions and an old catalogue without the column keeps working.
 */
public enum Aggregation {
    /** Counts and amounts add up across units. */
    SUM,
    /**
     * A rate is recomputed from the summed numerator and denominator (an average of rates would give a small
     * commune the weight of a city).
     */
    RATE,
    /** A yes/no indicator becomes the number of units answering yes. */
    COUNT_YES,
    /**
     * Not additive across units (the number of procedures in a level's list is the same for every district):
     * the consolidated line shows the values' range instead of a sum.
     */
    RANGE,
    /** Nothing to combine (headings). */
    NONE;

    /** The rule for an indicator whose catalogue line leaves the column empty. */
    public static Aggregation defaultFor(Indicator i) {
        return switch (i.kind()) {
            case COUNT, MONEY -> SUM;
            // a rate the catalogue cannot recompute (no terms) is not averaged either: its range is shown
            case PERCENT -> i.isRate() ? RATE : RANGE;
            case YESNO -> COUNT_YES;
            case CODED -> RANGE;
            case HEADING -> NONE;
        };
    }

    /** Parses the catalogue cell: empty gives null (the default), otherwise one of the ids. */
    public static Aggregation parse(String s) {
        if (s == null || s.isBlank()) return null;
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String ids() {
        return Arrays.stream(values()).map(Aggregation::id).toList().toString();
    }
}
