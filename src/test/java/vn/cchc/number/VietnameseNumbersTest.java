package vn.cchc.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2.097|2097",
            "10.323.108|10323108",
            "89.563|89563",
            "99,6|99.6",
            "4,72|4.72",
            "10,5|10.5",
            "13,7%|13.7",
            "13.5%|13.5",
            "92.86|92.86",
            "91,34|91.34",
            "04|4",
            "00|0",
            "0|0",
            "1353|1353",
            "1.234,5|1234.5",
            "1,234.5|1234.5",
            "1,234,567|1234567",
            "10 323 108|10323108",
            "10\u00A0323\u00A0108|10323108",
            "1 234,5|1234.5",
            "100 %|100",
            "0,5|0.5",
            "-3|-3",
            "12.3456|12.3456",
            "  30  |30",
    })
    void readsNumbers(String raw, String expected) {
        ParsedNumber n = VietnameseNumbers.parse(raw);
        assertEquals(NumberKind.NUMBER, n.kind(), raw);
        assertEquals(0, new BigDecimal(expected).compareTo(n.value()), raw + " -> " + n.value());
    }

    @Test
    void percentSignIsRemembered() {
        assertTrue(VietnameseNumbers.parse("13,7%").percent());
        assertFalse(VietnameseNumbers.parse("13,7").percent());
    }

    @Test
    void rawTextIsKeptTrimmed() {
        assertEquals("13,7%", VietnameseNumbers.parse(" 13,7% ").raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "–", "—", "Không", "KHÔNG", "không", "Chưa", "chưa có", "x"})
    void wordsForNoneCarryNoValue(String raw) {
        ParsedNumber n = VietnameseNumbers.parse(raw);
        assertEquals(NumberKind.TEXT_ZERO, n.kind(), raw);
        assertNull(n.value());
        assertEquals(raw, n.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void blankIsEmpty(String raw) {
        ParsedNumber n = VietnameseNumbers.parse(raw);
        assertEquals(NumberKind.EMPTY, n.kind());
        assertNull(n.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11/11", "02 kiêm nhiệm", "khoảng 50", "1.23.4", "12,34,5", "1.2.3", "5-10", "abc", "1e5",
            "1.234.56", "~50", ">90"})
    void unreadableTextIsNeverGuessed(String raw) {
        ParsedNumber n = VietnameseNumbers.parse(raw);
        assertEquals(NumberKind.UNREADABLE, n.kind(), raw);
        assertNull(n.value(), raw);
    }

    @Test
    void singleDotGroupKeepsTheEnglishReadingAsAlternative() {
        ParsedNumber n = VietnameseNumbers.parse("2.097");
        assertEquals(0, new BigDecimal("2097").compareTo(n.value()));
        assertTrue(n.isAmbiguous());
        assertEquals(0, new BigDecimal("2.097").compareTo(n.alternative()));
    }

    @Test
    void singleCommaGroupKeepsTheEnglishThousandsAsAlternative() {
        ParsedNumber n = VietnameseNumbers.parse("1,234");
        assertEquals(0, new BigDecimal("1.234").compareTo(n.value()));
        assertEquals(0, new BigDecimal("1234").compareTo(n.alternative()));
    }

    @Test
    void unambiguousFormsHaveNoAlternative() {
        for (String s : new String[] {"10.323.108", "99,6", "92.86", "1.234,5", "04", "1,234,567"}) {
            assertFalse(VietnameseNumbers.parse(s).isAmbiguous(), s);
        }
    }

    @Test
    void formatsPlainDecimalWithoutGrouping() {
        assertEquals("10323108", VietnameseNumbers.format(new BigDecimal("10323108")));
        assertEquals("99.6", VietnameseNumbers.format(new BigDecimal("99.60")));
        assertEquals("100", VietnameseNumbers.format(new BigDecimal("1E+2")));
        assertEquals("", VietnameseNumbers.format(null));
    }
}
