package vn.cchc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LegacyFontsTest {
    @Test
    void recognisesLegacyFontsByName() {
        assertEquals(LegacyFonts.Kind.TCVN3, LegacyFonts.kindOf(".VnTime"));
        assertEquals(LegacyFonts.Kind.TCVN3, LegacyFonts.kindOf("ABCDEF+.VnTime,Bold"));
        assertEquals(LegacyFonts.Kind.TCVN3_CAPITALS, LegacyFonts.kindOf(".VnTimeH"));
        assertEquals(LegacyFonts.Kind.TCVN3_CAPITALS, LegacyFonts.kindOf("VnArialH"));
        assertEquals(LegacyFonts.Kind.VNI, LegacyFonts.kindOf("VNI-Times"));
        assertEquals(LegacyFonts.Kind.UNICODE, LegacyFonts.kindOf("BAAAAA+LiberationSerif-Bold"));
        assertEquals(LegacyFonts.Kind.UNICODE, LegacyFonts.kindOf("TimesNewRomanPSMT"));
        assertEquals(LegacyFonts.Kind.UNICODE, LegacyFonts.kindOf(null));
    }

    @Test
    void convertsTcvn3LookAlikesToUnicode() {
        assertEquals("Hà Nội", LegacyFonts.fromTcvn3("Hµ Néi", false));
        assertEquals("Cải cách hành chính", LegacyFonts.fromTcvn3("C¶i c¸ch hµnh chÝnh", false));
        assertEquals("Đơn vị tính", LegacyFonts.fromTcvn3("§¬n vÞ tÝnh", false));
        assertEquals("SỐ LIỆU 2024", LegacyFonts.fromTcvn3("sè liÖu 2024", true));
    }
}
