package vn.cchc.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Properties of the number rules, over numbers made up here: a number printed the Vietnamese way (dot thousands,
 * decimal comma, percent, minus, spaces or no-break spaces as thousands) reads back as itself; printed the English
 * way it reads as itself or keeps itself as the second reading; every string with two readings keeps both. Under
 * {@code mvn test} each property runs on a few thousand numbers from a fixed seed; the {@code @FuzzTest}s let Jazzer
 * pick the numbers ({@code bench/fuzz.sh}).
 */
class VietnameseNumbersPropertiesTest {
    private static final int CASES = 3000;

    /** How the number is printed. */
    enum Style { VIETNAMESE, SPACES, NO_BREAK_SPACES, ENGLISH }

    /** A number as a report would print it, and the number it is. */
    record Printed(String text, BigDecimal number, Style style, boolean oneGroupNoFraction, boolean threeDecimals) {
    }

    static Printed print(long whole, String fraction, boolean negative, boolean percent, Style style) {
        String digits = Long.toString(whole);
        char group = switch (style) {
            case VIETNAMESE -> '.';
            case SPACES -> ' ';
            case NO_BREAK_SPACES -> '\u00A0';
            case ENGLISH -> ',';
        };
        char mark = style == Style.ENGLISH ? '.' : ',';
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) sb.append(group).append(digits, i, i + 3);
        if (!fraction.isEmpty()) sb.append(mark).append(fraction);
        String text = (negative ? "-" : "") + sb + (percent ? "%" : "");
        BigDecimal n = new BigDecimal(digits + (fraction.isEmpty() ? "" : "." + fraction));
        if (negative) n = n.negate();
        boolean oneGroup = digits.length() > 3 && digits.length() <= 6 && fraction.isEmpty();
        boolean threeDecimals = digits.length() <= 3 && whole > 0 && fraction.length() == 3;
        return new Printed(text, n, style, oneGroup, threeDecimals);
    }

    /** Formatting then parsing gives the number (or, in English print, keeps it as the second reading). */
    static void readsBack(Printed p) {
        ParsedNumber n = VietnameseNumbers.parse(p.text());
        assertEquals(NumberKind.NUMBER, n.kind(), p.text());
        boolean isValue = n.value().compareTo(p.number()) == 0;
        boolean isOther = n.alternative() != null && n.alternative().compareTo(p.number()) == 0;
        if (p.style() == Style.ENGLISH) {
            assertTrue(isValue || isOther, () -> p.text() + " read as " + n.value() + " / " + n.alternative());
        } else {
            assertTrue(isValue, () -> p.text() + " read as " + n.value() + ", printed from " + p.number());
        }
        // "1.250" and "1,250" have two readings, and keep both; no other print of a number has
        boolean twoReadings = p.threeDecimals()
                || p.oneGroupNoFraction() && (p.style() == Style.VIETNAMESE || p.style() == Style.ENGLISH);
        assertEquals(twoReadings, n.isAmbiguous(), () -> p.text() + " second reading " + n.alternative());
        assertEquals(p.text().endsWith("%"), n.percent(), p.text());
    }

    static Printed draw(Random r) {
        int digits = 1 + r.nextInt(15);
        long whole = digits == 1 ? r.nextInt(10) : (long) Math.pow(10, digits - 1) + Math.floorMod(r.nextLong(), 9 * (long) Math.pow(10, digits - 1));
        int fractionDigits = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(4);
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < fractionDigits; i++) f.append((char) ('0' + r.nextInt(10)));
        return print(whole, f.toString(), r.nextInt(5) == 0, r.nextInt(4) == 0, Style.values()[r.nextInt(Style.values().length)]);
    }

    @Test
    void printedNumbersReadBack() {
        Random r = new Random(18);
        for (int i = 0; i < CASES; i++) readsBack(draw(r));
        // the edges of the grouping: a count just past a thousand, a share just under one
        readsBack(print(1000, "", false, false, Style.VIETNAMESE));
        readsBack(print(999_999, "", false, false, Style.VIETNAMESE));
        readsBack(print(1_000_000, "", false, false, Style.VIETNAMESE));
        readsBack(print(0, "500", false, false, Style.VIETNAMESE));
        readsBack(print(0, "500", false, false, Style.ENGLISH));
        readsBack(print(386_420, "", false, false, Style.VIETNAMESE));
    }

    @FuzzTest
    void printedNumberReadsBack(FuzzedDataProvider data) {
        long whole = data.consumeLong(0, 999_999_999_999_999L);
        String fraction = data.consumeString(5).replaceAll("[^0-9]", "");
        boolean negative = data.consumeBoolean();
        boolean percent = data.consumeBoolean();
        readsBack(print(whole, fraction, negative, percent, data.pickValue(Style.values())));
    }

    /** Any string the rules give two readings keeps both: the checks settle it or flag it, never the parser. */
    @Test
    void twoReadingsAreKept() {
        Random r = new Random(1250);
        for (int i = 0; i < CASES; i++) {
            String text = (1 + r.nextInt(999)) + (r.nextBoolean() ? "." : ",") + String.format("%03d", r.nextInt(1000))
                    + (r.nextInt(4) == 0 ? "%" : "");
            keepsBothReadings(r.nextInt(5) == 0 ? "-" + text : text);
        }
    }

    static void keepsBothReadings(String text) {
        NumberRules.Reading rule = NumberRules.read(text);
        ParsedNumber n = VietnameseNumbers.parse(text);
        if (rule.readings().size() < 2) return;
        assertTrue(n.isAmbiguous(), () -> text + " has two readings " + rule.readings() + ", the parser keeps " + n.value());
        assertEquals(0, rule.readings().get(0).compareTo(n.value()), text);
        assertEquals(0, rule.readings().get(1).compareTo(n.alternative()), text);
    }

    @FuzzTest
    void twoReadingsKept(FuzzedDataProvider data) {
        keepsBothReadings(data.consumeRemainingAsString());
    }
}
