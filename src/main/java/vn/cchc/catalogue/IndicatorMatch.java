package vn.cchc.catalogue;

/**
 * What the matcher decided for one row.
 *
 * @param indicator the indicator, or null when no candidate was sure enough
 * @param score     0..1 agreement of the row with the chosen (or, when unmatched, the closest) indicator
 * @param why       for an unmatched row: "no close indicator" or which codes it could not tell apart; else empty
 */
public record IndicatorMatch(Indicator indicator, double score, String why) {
    public static IndicatorMatch unmatched(double score, String why) {
        return new IndicatorMatch(null, score, why);
    }

    public boolean matched() {
        return indicator != null;
    }
}
