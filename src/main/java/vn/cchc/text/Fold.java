package vn.cchc.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for comparison: lower case, no diacritics, {@code đ} → {@code d}, punctuation to
 * single spaces. "Chỉ tiêu thống kê" and "CHI TIEU THONG KE" fold to the same string.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9%]+");

    private Fold() {
    }

    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').toLowerCase(java.util.Locale.ROOT);
        return NON_WORD.matcher(t).replaceAll(" ").trim();
    }
}
