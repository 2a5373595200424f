package vn.cchc.read.pdf;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.cchc.text.Tcvn3;

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
            sb.append(Tcvn3.charOf(b));
        }
        String s = java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC);
        return capitals ? s.toUpperCase(Locale.forLanguageTag("vi")) : s;
    }

    /** The font byte a decoded character came from (WinAnsi, the usual encoding of these fonts). */
    private static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) return c;
        byte[] b = String.valueOf(c).getBytes(CP1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : '?';
    }
}
