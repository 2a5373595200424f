package vn.cchc.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for comparison: lower case, no diacritics, {@code đ} → {@code d}, punctuation to
 * single spaces. "Chỉ tiêu thống kê" and "CHI TIEU THONG KE" fold to the same string.
 *
 * <p>Every stage folds text (headers, headings, labels, metadata lines), so this is on the hot path: each UTF-16
 * unit is folded once, at class load, into a table (NFD, marks dropped, {@code đ} → {@code d}, lower case; a
 * letter, digit or {@code %} kept, anything else a separator), and folding a string is one pass over it.
 */
public final class Fold {
    /** Folded form of each char: the letter/digit/% it becomes, {@link #SEPARATOR}, or {@link #DROP} (a mark). */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];
    private static final char SEPARATOR = ' ';
    private static final char DROP = '\0';

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) TABLE[c] = foldOne((char) c);
    }

    private Fold() {
    }

    private static char foldOne(char c) {
        if (Character.isSurrogate(c)) return SEPARATOR;
        String t = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char x = t.charAt(i);
            int type = Character.getType(x);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark) base.append(x);
        }
        if (base.length() == 0) return t.isEmpty() ? SEPARATOR : DROP;
        String b = base.toString().replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').toLowerCase(Locale.ROOT);
        if (b.length() != 1) return SEPARATOR;
        char f = b.charAt(0);
        return f >= 'a' && f <= 'z' || f >= '0' && f <= '9' || f == '%' ? f : SEPARATOR;
    }

    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char f = TABLE[s.charAt(i)];
            if (f == DROP) continue;
            if (f == SEPARATOR) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) out.append(' ');
            pendingSpace = false;
            out.append(f);
        }
        return out.toString();
    }
}
