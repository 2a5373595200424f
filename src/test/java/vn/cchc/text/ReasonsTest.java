package vn.cchc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class ReasonsTest {
    @Test
    void aMessageOnSeveralLinesBecomesOne() {
        assertEquals("bad token at line 3 near <w:p>", Reasons.oneLine(new IOException("bad token\n at line 3\t near <w:p>  ")));
    }

    @Test
    void aThrowableWithoutMessageIsNamedByItsType() {
        assertEquals("NullPointerException", Reasons.oneLine(new NullPointerException()));
    }

    @Test
    void briefCutsALongMessageAndSaysSo() {
        String r = Reasons.brief(new IllegalStateException("x".repeat(500)));
        assertEquals(Reasons.BRIEF_MAX, r.length());
        assertEquals("...", r.substring(r.length() - 3));
        assertEquals("short", Reasons.brief(new IllegalStateException("short")));
    }
}
