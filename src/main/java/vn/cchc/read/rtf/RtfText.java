package vn.cchc.read.rtf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.cchc.text.LegacyFonts;

/**
 * The text of the paragraph or cell being read, with the fonts of the font table: text in a legacy font (TCVN3
 * .VnTime, VNI-Times) is gathered run by run and converted when the run ends, since a VNI letter and its marks come
 * as separate characters (and often separate escapes) of one run.
 */
final class RtfText {
    /** Font number → its name, as the font table spells it. */
    private final Map<Integer, StringBuilder> names = new HashMap<>();
    private final Set<String> legacyFonts = new TreeSet<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder run = new StringBuilder();
    private LegacyFonts.Kind runKind = LegacyFonts.Kind.UNICODE;
    private int defaultFont = -1;

    /** A character of a font's name in the font table. */
    void nameChar(int font, char c) {
        if (font >= 0) names.computeIfAbsent(font, k -> new StringBuilder()).append(c);
    }

    /** The font of text no {@code \f} names ({@code \deff}). */
    void defaultFont(int font) {
        defaultFont = font;
    }

    /** The encoding the font's name implies. */
    LegacyFonts.Kind kind(int font) {
        StringBuilder n = names.get(font < 0 ? defaultFont : font);
        return n == null ? LegacyFonts.Kind.UNICODE : LegacyFonts.kindOf(name(n));
    }

    void append(String s, int font) {
        LegacyFonts.Kind kind = kind(font);
        if (kind != runKind) flushRun();
        if (kind == LegacyFonts.Kind.UNICODE) {
            text.append(s);
            return;
        }
        legacyFonts.add(name(names.get(font < 0 ? defaultFont : font)));
        runKind = kind;
        run.append(s);
    }

    boolean isEmpty() {
        return text.isEmpty() && run.isEmpty();
    }

    boolean isBlank() {
        return text.toString().isBlank() && run.toString().isBlank();
    }

    /** The text so far, converted, and a fresh start. */
    String take() {
        flushRun();
        String t = text.toString();
        text.setLength(0);
        return t;
    }

    /** The legacy fonts whose text was converted. */
    Set<String> legacyFonts() {
        return legacyFonts;
    }

    private void flushRun() {
        if (!run.isEmpty()) text.append(LegacyFonts.convert(run.toString(), runKind));
        run.setLength(0);
        runKind = LegacyFonts.Kind.UNICODE;
    }

    private static String name(StringBuilder n) {
        String s = n.toString().strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
