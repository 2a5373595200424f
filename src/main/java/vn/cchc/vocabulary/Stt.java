package vn.cchc.vocabulary;

import java.util.regex.Pattern;

/**
 * Printed row numbers: "3.2.1", "2.", "IV", "a)", and the shapes a narrow column or a page break cuts them into.
 * Every reader and the table stage ask here what a row number looks like.
 */
public final class Stt {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,2}(?:\\s*\\.\\s*\\d{1,2})*\\s*\\.?");
    private static final Pattern ROMAN = Pattern.compile("(?i)(?:X{0,3})(?:IX|IV|V?I{0,3})\\.?");
    /** "2.1", "3.3.1.", "4": a dotted number as printed, no spaces inside. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\.?");
    /** What starts a row in the STT column: a number, a roman numeral "IV.", a letter item "a)", a bullet "-". */
    private static final Pattern ROW_MARK = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\.?|[IVX]{1,4}\\.?|[a-zđ][.)]|[-+*•]");
    /** "2.2." or "3.": a number that ends in its dot, which may go on ("1.") on the next line. */
    private static final Pattern OPEN = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*\\.");
    /** "1" or "1.": what the rest of a number cut at its dot looks like. */
    private static final Pattern TAIL = Pattern.compile("\\d{1,2}\\.?");

    private Stt() {
    }

    public static boolean isDecimal(String s) {
        return s != null && !s.isBlank() && DECIMAL.matcher(s.strip()).matches();
    }

    public static boolean isRoman(String s) {
        return s != null && !s.isBlank() && ROMAN.matcher(s.strip()).matches();
    }

    /** "2.1", "3.3.1.", "4" exactly (no spaces): a row number alone, as a flattened line or a cell holds it. */
    public static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    /** Exactly one of the marks that start a row in the STT column: "2.1.", "IV.", "a)", "-". */
    public static boolean isRowMark(String s) {
        return ROW_MARK.matcher(s).matches();
    }

    /** "2.2." exactly: a number ending in its dot, which a narrow column or a page break may have cut short. */
    public static boolean isOpen(String s) {
        return OPEN.matcher(s).matches();
    }

    /** "2.2." then "1." (or "1"): the second may be the cut-off rest of the first, "2.2.1.", rather than a row "1.". */
    public static boolean mayContinue(String open, String next) {
        return isOpen(open) && TAIL.matcher(next).matches();
    }

    /** "3.2.1." → "3.2.1"; spaces removed. */
    public static String canonical(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", "");
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** "3.2.1" → "3.2"; "3" → "" (top level). */
    public static String parent(String canonical) {
        int i = canonical.lastIndexOf('.');
        return i < 0 ? "" : canonical.substring(0, i);
    }
}
