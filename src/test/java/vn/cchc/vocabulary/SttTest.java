package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SttTest {
    @Test
    void marksThatStartARowInTheSttColumn() {
        for (String s : new String[] {"1", "2.", "3.2.1", "3.2.1.", "IV", "IV.", "a)", "đ.", "-", "+", "•"}) {
            assertTrue(Stt.isRowMark(s), s);
        }
        for (String s : new String[] {"", "1 2", "123", "Số", "(1)", "2,5"}) assertFalse(Stt.isRowMark(s), s);
    }

    @Test
    void aNumberEndingInItsDotMayGoOnOnTheNextLine() {
        assertTrue(Stt.isOpen("2.2."));
        assertFalse(Stt.isOpen("2.2"));
        assertTrue(Stt.mayContinue("2.2.", "1."));
        assertTrue(Stt.mayContinue("3.", "1"));
        assertFalse(Stt.mayContinue("2.2", "1"), "no dot at the end: complete");
        assertFalse(Stt.mayContinue("2.2.", "Số"));
    }

    @Test
    void decimalAndRomanNumbersAndTheirParents() {
        assertTrue(Stt.isDecimal("3. 2 .1"));
        assertTrue(Stt.isRoman("iv."));
        assertTrue(Stt.isNumber("2.1"));
        assertFalse(Stt.isNumber("2 .1"));
        assertEquals("3.2.1", Stt.canonical("3. 2.1."));
        assertEquals("3.2", Stt.parent("3.2.1"));
        assertEquals("", Stt.parent("3"));
    }
}
