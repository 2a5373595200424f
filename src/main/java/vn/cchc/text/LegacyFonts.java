package vn.cchc.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese reports typed before Unicode use 8-bit fonts whose glyphs sit on Latin-1 code points, so every library
 * (PDFBox, POI, an XML parser) reads "Hà Nội" as "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI). This recognises such fonts by
 * name and converts the text written in them back to what the typist meant. Used by every reader whose format names
 * the font of each piece of text: PDF, DOCX, DOC, ODT, spreadsheets.
 */
public final class LegacyFonts {
    /** The encoding a font implies. */
    public enum Kind { UNICODE, TCVN3, TCVN3_CAPITALS, VNI }

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");
    private static final Pattern VNI = Pattern.compile("(?i)^vni[-_ ].*");
    private static final Pattern TCVN3 = Pattern.compile("(?i)^\\.?vn(?!i[-_ ])[a-z].*");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private LegacyFonts() {
    }

    /** The encoding a font's name implies ("ABCDEF+.VnTimeH" is TCVN3 capitals, "VNI-Times" VNI). */
    public static Kind kindOf(String fontName) {
        if (fontName == null) return Kind.UNICODE;
        String name = SUBSET_PREFIX.matcher(fontName.strip()).replaceFirst("");
        if (VNI.matcher(name).matches()) return Kind.VNI;
        if (TCVN3.matcher(name).matches()) {
            // the capitals faces end in H (".VnTimeH", ".VnArialH"), optionally followed by a style
            String base = name.replaceFirst("(?i)[-,](bold|italic|bolditalic|b|i|bi)$", "");
            return base.endsWith("H") ? Kind.TCVN3_CAPITALS : Kind.TCVN3;
        }
        return Kind.UNICODE;
    }

    /** The warning a reader gives when it converted text of these fonts. */
    public static String warning(java.util.Collection<String> fontNames) {
        return "legacy-font (TCVN3 / VNI) text converted to Unicode (" + String.join(", ", fontNames) + ")";
    }

    /** Text a library decoded from a run in a font of this kind, as the typist meant it (NFC). */
    public static String convert(String decoded, Kind kind) {
        return switch (kind) {
            case UNICODE -> decoded;
            case TCVN3 -> fromTcvn3(decoded, false);
            case TCVN3_CAPITALS -> fromTcvn3(decoded, true);
            case VNI -> Vni.decode(decoded);
        };
    }

    /**
     * What an optional (soft) hyphen stands for in a run of this kind. TCVN3 puts "ư" on byte 0xAD, the soft hyphen
     * of Windows-1252, so word processors store it as their optional-hyphen mark (Word 97's 0x1F, DOCX's
     * {@code w:softHyphen}, RTF's {@code \-}): in a TCVN3 run that mark is the letter, never a hyphenation point.
     */
    public static String optionalHyphen(Kind kind) {
        return kind == Kind.TCVN3 || kind == Kind.TCVN3_CAPITALS ? convert("\u00AD", kind) : "";
    }

    /** Converts text a library decoded from a TCVN3 font back to what the typist meant. */
    public static String fromTcvn3(String decoded, boolean capitals) {
        StringBuilder sb = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            sb.append(Tcvn3.charOf(byteOf(decoded.charAt(i))));
        }
        String s = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return capitals ? s.toUpperCase(Locale.forLanguageTag("vi")) : s;
    }

    /**
     * The font byte a decoded character came from (WinAnsi, the usual encoding of these fonts). Word keeps a symbol
     * font's characters in the private-use area U+F000..U+F0FF, one per byte.
     */
    static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) return c;
        if (c >= 0xF000 && c <= 0xF0FF) return c - 0xF000;
        if (c >= 0x80 && c <= 0x9F) return c; // a byte Windows-1252 leaves undefined, kept as the C1 character
        byte[] b = String.valueOf(c).getBytes(CP1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : '?';
    }
}
