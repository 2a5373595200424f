package vn.cchc.number;

import java.math.BigDecimal;

/**
 * The reading of one value cell.
 *
 * @param raw         the cell's text as printed (trimmed)
 * @param kind        what the cell held
 * @param value       the number, or null for anything but {@link NumberKind#NUMBER}
 * @param percent     whether a {@code %} sign was printed with it
 * @param alternative the reading under the other separator convention when the text allows both
 *                    ({@code 2.097} is 2097 in Vietnamese use but 2.097 in English use), else null
 */
public record ParsedNumber(String raw, NumberKind kind, BigDecimal value, boolean percent, BigDecimal alternative) {

    /** A number the document stored as a number (a spreadsheet cell): one reading, whatever its display looks like. */
    public static ParsedNumber exact(String raw, BigDecimal value) {
        return new ParsedNumber(raw, NumberKind.NUMBER, value, raw != null && raw.strip().endsWith("%"), null);
    }

    public static ParsedNumber empty(String raw) {
        return new ParsedNumber(raw, NumberKind.EMPTY, null, false, null);
    }

    public static ParsedNumber textZero(String raw) {
        return new ParsedNumber(raw, NumberKind.TEXT_ZERO, null, false, null);
    }

    public static ParsedNumber unreadable(String raw) {
        return new ParsedNumber(raw, NumberKind.UNREADABLE, null, false, null);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** True when the printed text could also mean {@link #alternative()}. */
    public boolean isAmbiguous() {
        return alternative != null;
    }
}
