package vn.cchc.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Whether a printed rate agrees with the one its terms give, to the precision the report printed it with.
 *
 * <p>A rate printed with {@code d} decimals agrees when it is the exact rate rounded to {@code d} decimals (either way
 * at an exact half) or cut off after {@code d} decimals: reports do both ("99,6" for 1348 / 1353 = 99.63, "99" for
 * 99.7 % when not every record was on time). Anything further is a mismatch.
 */
public final class Rounding {
    static final MathContext PRECISION = MathContext.DECIMAL64;

    private Rounding() {
    }

    /** numerator / denominator × 100; the denominator must not be zero. */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, PRECISION);
    }

    /** True when {@code printed}, shown with {@code decimals} decimals, is {@code exact} rounded or cut off. */
    public static boolean agrees(BigDecimal printed, int decimals, BigDecimal exact) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal diff = exact.subtract(printed);
        if (diff.abs().compareTo(unit.divide(BigDecimal.valueOf(2))) <= 0) return true;
        // cut off: the printed digits are the exact rate's leading digits
        return exact.setScale(decimals, RoundingMode.DOWN).compareTo(printed) == 0;
    }

    /**
     * How many decimals a value was printed with, given the reading chosen for it: the digits after its last
     * separator when that separator was a decimal mark, 0 when it grouped thousands ("2.097" read as 2097).
     */
    public static int decimals(String raw, BigDecimal reading) {
        String t = raw.replaceAll("[^0-9.,]", "");
        int sep = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
        if (sep < 0) return 0;
        String digits = t.replaceAll("[.,]", "");
        if (digits.isEmpty()) return 0;
        if (new BigDecimal(digits).compareTo(reading.abs()) == 0) return 0; // every separator grouped thousands
        return t.length() - sep - 1;
    }

    /** The exact rate as a person would write it next to the printed one: two decimals more than needed, at most. */
    public static String show(BigDecimal exact, int decimals) {
        return exact.setScale(Math.max(2, decimals), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
