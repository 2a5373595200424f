package vn.cchc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RoundingTest {
    private static boolean agrees(String printed, int decimals, long numerator, long denominator) {
        return Rounding.agrees(new BigDecimal(printed), decimals,
                Rounding.rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)));
    }

    @Test
    void aRateRoundedToThePrintedDecimalsAgrees() {
        assertTrue(agrees("99.6", 1, 1348, 1353)); // 99.63
        assertTrue(agrees("99.5", 1, 2561, 2573)); // 99.53
        assertTrue(agrees("91.34", 2, 116, 127)); // 91.338
        assertTrue(agrees("100", 0, 58, 58));
        assertTrue(agrees("100", 0, 997, 1000)); // 99.7 rounds to 100
    }

    @Test
    void aRateCutOffAfterThePrintedDecimalsAgrees() {
        assertTrue(agrees("99", 0, 997, 1000)); // 99.7 cut off: "not quite all"
        assertTrue(agrees("46.9", 1, 732, 1558)); // 46.98 cut off
    }

    @Test
    void aRateFurtherOffDoesNot() {
        assertFalse(agrees("95.56", 2, 82, 744)); // 11.02
        assertFalse(agrees("30", 0, 10, 32)); // 31.25
        assertFalse(agrees("46.4", 1, 732, 1558)); // 46.98
        assertFalse(agrees("99.7", 1, 1348, 1353)); // 99.63 is 99.6 either way
        assertFalse(agrees("100", 0, 1, 11));
    }

    @Test
    void anExactHalfMayGoEitherWay() {
        assertTrue(agrees("12", 0, 25, 200)); // 12.5
        assertTrue(agrees("13", 0, 25, 200));
    }

    @Test
    void decimalsAreCountedAsPrintedUnderTheChosenReading() {
        assertEquals(2, Rounding.decimals("95,56", new BigDecimal("95.56")));
        assertEquals(2, Rounding.decimals("99,60", new BigDecimal("99.6")));
        assertEquals(1, Rounding.decimals("13,7%", new BigDecimal("13.7")));
        assertEquals(0, Rounding.decimals("100", new BigDecimal("100")));
        assertEquals(0, Rounding.decimals("2.097", new BigDecimal("2097")));
        assertEquals(3, Rounding.decimals("2.097", new BigDecimal("2.097")));
        assertEquals(0, Rounding.decimals("10.323.108", new BigDecimal("10323108")));
        assertEquals(1, Rounding.decimals("1.234,5", new BigDecimal("1234.5")));
    }
}
