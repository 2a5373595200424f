package vn.cchc.read.docx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Renders Word's automatic list numbers ("1.", "2.1", "II.") as the reader sees them. The STT column of a report
 * table is often an auto-numbered list, whose numbers are in no {@code w:t}: without this the column reads empty.
 * Paragraphs must be passed in document order, since the numbers are counters.
 */
final class ListNumbering {
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    /** Counters per abstract list (lists sharing one continue each other) or per num that restarts it. */
    private final Map<String, int[]> counters = new HashMap<>();

    ListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of the next paragraph of list {@code numId} at level {@code ilvl}, or "" for none. */
    String next(String numId, int ilvl) {
        if (numbering == null || numId == null || numId.equals("0") || ilvl < 0 || ilvl >= LEVELS) return "";
        XWPFNum num = numbering.getNum(numId(numId));
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        Element numEl = (Element) num.getCTNum().getDomNode();
        String abstractId = num.getCTNum().getAbstractNumId().getVal().toString();
        XWPFAbstractNum abs = numbering.getAbstractNum(new java.math.BigInteger(abstractId));
        if (abs == null) return "";
        Element absEl = (Element) abs.getCTAbstractNum().getDomNode();

        Element[] levels = new Element[LEVELS];
        int[] starts = new int[LEVELS];
        boolean overridden = false;
        for (int l = 0; l < LEVELS; l++) {
            levels[l] = level(absEl, l);
            starts[l] = WordXml.intVal(WordXml.child(levels[l], "start"), 1);
        }
        for (Element o : WordXml.children(numEl)) {
            if (!WordXml.is(o, "lvlOverride")) continue;
            int l = parse(WordXml.attr(o, "ilvl"), -1);
            if (l < 0 || l >= LEVELS) continue;
            Element start = WordXml.child(o, "startOverride");
            if (start != null) {
                starts[l] = WordXml.intVal(start, starts[l]);
                overridden = true;
            }
            Element lvl = WordXml.child(o, "lvl");
            if (lvl != null) levels[l] = lvl;
        }
        String key = overridden ? "num:" + numId : "abs:" + abstractId;
        int[] c = counters.computeIfAbsent(key, k -> {
            int[] init = new int[LEVELS];
            java.util.Arrays.fill(init, Integer.MIN_VALUE);
            return init;
        });
        c[ilvl] = c[ilvl] == Integer.MIN_VALUE ? starts[ilvl] : c[ilvl] + 1;
        for (int l = ilvl + 1; l < LEVELS; l++) c[l] = Integer.MIN_VALUE; // deeper levels restart
        return render(levels, starts, c, ilvl);
    }

    private static String render(Element[] levels, int[] starts, int[] c, int ilvl) {
        Element lvl = levels[ilvl];
        if (lvl == null) return "";
        String fmt = WordXml.val(WordXml.child(lvl, "numFmt"));
        String text = WordXml.val(WordXml.child(lvl, "lvlText"));
        if (text == null || "none".equals(fmt)) return "";
        if ("bullet".equals(fmt)) return bullet(text);
        boolean legal = Boolean.TRUE.equals(WordXml.onOff(WordXml.child(lvl, "isLgl")));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int l = text.charAt(++i) - '1';
                int value = c[l] == Integer.MIN_VALUE ? starts[l] : c[l];
                String f = levels[l] == null ? "decimal" : WordXml.val(WordXml.child(levels[l], "numFmt"));
                out.append(format(value, legal ? "decimal" : f)); // isLgl: "1.1" even under roman parents
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static String format(int n, String fmt) {
        if (fmt == null) fmt = "decimal";
        return switch (fmt) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }

    /** Word's letter numbering: A..Z, then AA..ZZ, AAA... (the letter repeated). */
    static String letters(int n) {
        if (n <= 0) return Integer.toString(n);
        char ch = (char) ('A' + (n - 1) % 26);
        return String.valueOf(ch).repeat((n - 1) / 26 + 1);
    }

    /** Bullets drawn from symbol fonts live in the private-use area (U+F0xx); the low byte is the glyph's char. */
    private static String bullet(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) b.append(ch >= '\uF020' && ch <= '\uF0FF' ? (char) (ch - 0xF000) : ch);
        return b.toString().strip();
    }

    private static Element level(Element abs, int ilvl) {
        for (Element e : WordXml.children(abs)) {
            if (WordXml.is(e, "lvl") && parse(WordXml.attr(e, "ilvl"), -1) == ilvl) return e;
        }
        return null;
    }

    private static java.math.BigInteger numId(String id) {
        try {
            return new java.math.BigInteger(id.trim());
        } catch (NumberFormatException e) {
            return java.math.BigInteger.valueOf(-1);
        }
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
