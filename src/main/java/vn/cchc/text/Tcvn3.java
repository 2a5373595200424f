package vn.cchc.text;

import java.text.Normalizer;

/**
 * The TCVN3 (TCVN 5712:1993, the ".Vn" fonts) character set, shared by the text reader (TCVN3 files) and the PDF
 * reader (TCVN3 fonts, whose glyphs come out as Latin-1 look-alikes).
 */
public final class Tcvn3 {
    /*
     * Bytes 0x80..0xFF, generated from this machine's glibc converter:
     *   for b in 80..ff: printf "\xb" | iconv -f TCVN5712-1 -t UTF-32BE
     * 0xB0..0xB4 are combining tone marks; NFC joins them to the preceding letter.
     */
    private static final String HIGH = ""
            + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128"
            + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168"
            + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0"
            + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4"
            + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD"
            + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2"
            + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9"
            + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    private Tcvn3() {
    }

    /** The Unicode character a TCVN3 byte (0..255) stands for; combining marks for 0xB0..0xB4. */
    public static char charOf(int b) {
        if (b >= 0x80) return HIGH.charAt(b - 0x80);
        // TCVN3 also puts twelve capitals in the C0 control range (same source as above)
        return switch (b) {
            case 0x01 -> '\u00DA';
            case 0x02 -> '\u1EE4';
            case 0x04 -> '\u1EEA';
            case 0x05 -> '\u1EEC';
            case 0x06 -> '\u1EEE';
            case 0x11 -> '\u1EE8';
            case 0x12 -> '\u1EF0';
            case 0x13 -> '\u1EF2';
            case 0x14 -> '\u1EF6';
            case 0x15 -> '\u1EF8';
            case 0x16 -> '\u00DD';
            case 0x17 -> '\u1EF4';
            default -> (char) b;
        };
    }

    /** Decodes TCVN3 bytes to NFC Unicode. */
    public static String decode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte x : bytes) sb.append(charOf(x & 0xFF));
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }
}
