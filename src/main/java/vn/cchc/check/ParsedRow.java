package vn.cchc.check;

import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.number.ParsedNumber;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.table.StatRow;

/**
 * One row of a report with its value read once: the table row as printed, the reading of its value cell (both
 * separator conventions included, for the checks to settle) and the catalogue indicator it was matched to. The checks
 * take it as it is and the output record is built from it.
 */
public record ParsedRow(StatRow row, ParsedNumber number, IndicatorMatch match) {

    /** Reads the row's value cell; the only place a row's value is parsed. */
    public static ParsedRow of(StatRow row, IndicatorMatch match) {
        // a number the document stored as one (a spreadsheet cell) has one reading, whatever its display
        ParsedNumber n = row.number() != null ? ParsedNumber.exact(row.valueRaw(), row.number())
                : VietnameseNumbers.parse(row.valueRaw());
        return new ParsedRow(row, n, match);
    }

    /** The matched indicator, or null when unmatched. */
    public Indicator indicator() {
        return match.matched() ? match.indicator() : null;
    }

    /** The template area's code (CDDH, TTHC...), or null. */
    public String section() {
        return row.section() == null ? null : row.section().name();
    }
}
