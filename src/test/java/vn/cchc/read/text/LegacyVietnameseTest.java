package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.ReadException;

class LegacyVietnameseTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LegacyVietnameseTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static String original() throws IOException {
        return new String(resource("/corpus/000.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void tcvn3FileFromIconvDecodesToTheOriginalText() throws Exception {
        // fixture: sed 's/[“”]/"/g' 000.txt | iconv -f UTF-8 -t TCVN5712-1 (TCVN3 has no curly quotes)
        LegacyVietnamese.Decoded d = TextDecoder.decodeNamed(resource("/encodings/000-tcvn3.txt"));
        assertEquals("TCVN3", d.encoding());
        assertEquals(original().replaceAll("[“”]", "\""), d.text());
    }

    @Test
    void windows1258FileFromIconvDecodesToTheOriginalTextInNfc() throws Exception {
        // fixture: iconv -f UTF-8 -t WINDOWS-1258 000.txt (tones become combining marks)
        LegacyVietnamese.Decoded d = TextDecoder.decodeNamed(resource("/encodings/000-windows1258.txt"));
        assertEquals("Windows-1258", d.encoding());
        assertEquals(Normalizer.normalize(original(), Normalizer.Form.NFC), d.text());
    }

    @Test
    void vniWordsAsTheFontsWriteThem() {
        assertEquals("Việt Nam", LegacyVietnamese.vni(cp1252("Vieät Nam")));
        assertEquals("Người dân", LegacyVietnamese.vni(cp1252("Ngöôøi daân")));
        assertEquals("Đà Nẵng", LegacyVietnamese.vni(cp1252("Ñaø Naüng")));
        assertEquals("thủ tục hành chính", LegacyVietnamese.vni(cp1252("thuû tuïc haønh chính")));
        assertEquals("tỉnh", LegacyVietnamese.vni(cp1252("tænh")));
    }

    @Test
    void vniDocumentIsDetectedAndDecoded() throws Exception {
        String text = original();
        LegacyVietnamese.Decoded d = TextDecoder.decodeNamed(VniEncoder.encode(text));
        assertEquals("VNI", d.encoding());
        assertEquals(text, d.text());
    }

    @Test
    void westernEuropeanTextIsRefusedNotTurnedIntoMojibake() {
        byte[] french = "Le café de la gare était fermé à midi, très tôt, déjà.".getBytes(Charset.forName("windows-1252"));
        ReadException e = assertThrows(ReadException.class, () -> TextDecoder.decode(french));
        assertTrue(e.getMessage().contains("neither UTF-8"), e.getMessage());
    }

    @Test
    void utf8StaysUtf8() throws Exception {
        assertEquals("UTF-8", TextDecoder.decodeNamed(resource("/corpus/000.txt")).encoding());
    }

    private static byte[] cp1252(String s) {
        return s.getBytes(Charset.forName("windows-1252"));
    }

    /** Writes Unicode Vietnamese the way VNI fonts expect it; test-only, independent of the decoder's tables. */
    static final class VniEncoder {
        private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
        private static final String PLAIN_TONE = "ùøûõï";
        private static final String CIRCUMFLEX_TONE = "áàåãä";
        private static final String BREVE_TONE = "éèúüë";

        static byte[] encode(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Charset cp = Charset.forName("windows-1252");
            for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
                out.writeBytes(encodeChar(c).getBytes(cp));
            }
            return out.toByteArray();
        }

        private static String encodeChar(char c) {
            if (c < 0x80 || c == '“' || c == '”') return String.valueOf(c);
            boolean upper = Character.isUpperCase(c);
            String s = switch (Character.toLowerCase(c)) {
                case 'đ' -> "ñ";
                case 'í' -> "í";
                case 'ì' -> "ì";
                case 'ỉ' -> "æ";
                case 'ĩ' -> "ó";
                case 'ị' -> "ò";
                default -> null;
            };
            if (s != null) return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            String marks = nfd.substring(1);
            int tone = -1;
            StringBuilder out = new StringBuilder();
            boolean circumflex = false;
            boolean breve = false;
            for (char m : marks.toCharArray()) {
                if (TONES.indexOf(m) >= 0) tone = TONES.indexOf(m);
                else if (m == '\u0302') circumflex = true;
                else if (m == '\u0306') breve = true;
                else if (m == '\u031B') base = Character.toLowerCase(base) == 'o' ? (upper ? 'Ô' : 'ô') : (upper ? 'Ö' : 'ö');
                else throw new IllegalArgumentException("not Vietnamese: " + c);
            }
            out.append(base);
            String mark;
            if (circumflex) mark = tone < 0 ? "â" : String.valueOf(CIRCUMFLEX_TONE.charAt(tone));
            else if (breve) mark = tone < 0 ? "ê" : String.valueOf(BREVE_TONE.charAt(tone));
            else mark = tone < 0 ? "" : String.valueOf(PLAIN_TONE.charAt(tone));
            out.append(upper ? mark.toUpperCase(java.util.Locale.ROOT) : mark);
            return out.toString();
        }
    }

    @Test
    void tcvn3TextThatAProgramMisreadAsWindows1252AndSavedAsUtf8IsRecovered() throws Exception {
        byte[] tcvn3 = resource("/encodings/000-tcvn3.txt");
        for (String misreadAs : List.of("windows-1252", "ISO-8859-1")) {
            byte[] mojibake = misread(tcvn3, Charset.forName(misreadAs)).getBytes(StandardCharsets.UTF_8);
            LegacyVietnamese.Decoded d = TextDecoder.decodeNamed(mojibake);
            assertTrue(d.encoding().startsWith("TCVN3 saved as UTF-8"), misreadAs + ": " + d.encoding());
            assertEquals(original().replaceAll("[“”]", "\""), d.text(), misreadAs);
        }
    }

    /** Decodes as Windows does: the five bytes Windows-1252 leaves undefined become the C1 controls of Latin-1. */
    private static String misread(byte[] bytes, Charset cs) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, cs);
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void utf8WithOnlyLatin1LettersIsLeftAlone() throws Exception {
        String french = "Le café de la gare était fermé à midi, très tôt, déjà.";
        assertEquals(french, TextDecoder.decode(french.getBytes(StandardCharsets.UTF_8)));
    }
}
