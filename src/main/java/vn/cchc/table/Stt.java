package vn.cchc.table;

import java.util.regex.Pattern;

/** Printed row numbers: "3.2.1", "2.", "IV", "a)". */
public final class Stt {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,2}(?:\\s*\\.\\s*\\d{1,2})*\\s*\\.?");
    private static final Pattern ROMAN = Pattern.compile("(?i)(?:X{0,3})(?:IX|IV|V?I{0,3})\\.?");

    private Stt() {
    }

    public static boolean isDecimal(String s) {
        return s != null && !s.isBlank() && DECIMAL.matcher(s.strip()).matches();
    }

    public static boolean isRoman(String s) {
        return s != null && !s.isBlank() && ROMAN.matcher(s.strip()).matches();
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
