package vn.cchc.read.sheet;

import java.math.BigDecimal;
import java.math.MathContext;

/** What a cell's number format says about the number it holds. */
final class NumberFormats {
    /** Binary floating point writes 0.1 + 0.2 as 0.30000000000000004; fifteen digits are all a sheet means. */
    private static final MathContext SHEET_PRECISION = new MathContext(15);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberFormats() {
    }

    /**
     * Whether the format shows the number multiplied by 100 with a percent sign ({@code 0.0%}), as opposed to a
     * percent sign typed as literal text ({@code 0.0"%"}, {@code 0.0\%}), which shows the number as it is.
     */
    static boolean scalesByHundred(String format) {
        if (format == null) return false;
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\\') i++;
            else if (!quoted && c == '%') return true;
        }
        return false;
    }

    /**
     * The format with a percent sign typed as literal text taken out, or null when it has none. POI's formatter
     * multiplies by 100 for a quoted percent sign too, which Excel does not.
     */
    static String withoutLiteralPercent(String format) {
        if (format == null || scalesByHundred(format)) return null;
        String f = format.replace("\"%\"", "").replace("\\%", "");
        return f.equals(format) ? null : f;
    }

    /** The number in the report's own terms: a percentage as the sheet shows it (95.5 for 0.955 shown as 95,5%). */
    static BigDecimal value(double stored, boolean percentFormat) {
        if (Double.isNaN(stored) || Double.isInfinite(stored)) return null;
        BigDecimal v = new BigDecimal(stored, SHEET_PRECISION);
        if (percentFormat) v = v.multiply(HUNDRED);
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
