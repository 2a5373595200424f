package vn.cchc.read.pdf;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese reports typed before Unicode use 8-bit fonts whose glyphs sit on Latin-1 code points, so any PDF
 * library reads "Hà Nội" as "Hµ Néi". This recognises such fonts by name and converts TCVN3 (ABC) text to Unicode.
 * VNI fonts encode one letter as two glyphs and are only recognised, so the file can fail with that reason.
 */
final class LegacyFonts {
    enum Kind { UNICODE, TCVN3, TCVN3_CAPITALS, VNI }

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern VNI = Pattern.compile("(?i)^vni[-_ ].*");
    private static final Pattern TCVN3 = Pattern.compile("(?i)^\\.?vn(?!i[-_ ])[a-z].*");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * Bytes 0x80..0xFF of TCVN 5712 (VN1, a superset of TCVN3's letters), generated from glibc's TCVN5712-1 charmap
     * with {@code iconv -f TCVN5712-1 -t UTF-8}.
     */
    private static final String HIGH_HALF = ""
            + "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8" // 80
            + "\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128" // 88
            + "\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8" // 90
            + "\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168" // 98
            + "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110" // A0
            + "\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0" // A8
            + "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3" // B0
            + "\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4" // B8
            + "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7" // C0
            + "\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd" // C8
            + "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec" // D0
            + "\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2" // D8
            + "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7" // E0
            + "\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9" // E8
            + "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef" // F0
            + "\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0" ; // F8

    private LegacyFonts() {
    }

    /** The encoding a font's name implies ("ABCDEF+.VnTimeH" is TCVN3 capitals). */
    static Kind kindOf(String fontName) {
        if (fontName == null) return Kind.UNICODE;
        String name = SUBSET_PREFIX.matcher(fontName).replaceFirst("");
        if (VNI.matcher(name).matches()) return Kind.VNI;
        if (TCVN3.matcher(name).matches()) {
            // the capitals faces end in H (".VnTimeH", ".VnArialH"), optionally followed by a style
            String base = name.replaceFirst("(?i)[-,](bold|italic|bolditalic|b|i|bi)$", "");
            return base.endsWith("H") ? Kind.TCVN3_CAPITALS : Kind.TCVN3;
        }
        return Kind.UNICODE;
    }

    /** Converts text a PDF library decoded from a TCVN3 font back to what the typist meant. */
    static String fromTcvn3(String decoded, boolean capitals) {
        StringBuilder sb = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            int b = byteOf(decoded.charAt(i));
            sb.append(b >= 0x80 ? HIGH_HALF.charAt(b - 0x80) : (char) b);
        }
        String s = sb.toString();
        return capitals ? s.toUpperCase(Locale.forLanguageTag("vi")) : s;
    }

    /** The font byte a decoded character came from (WinAnsi, the usual encoding of these fonts). */
    private static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) return c;
        byte[] b = String.valueOf(c).getBytes(CP1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : '?';
    }
}
