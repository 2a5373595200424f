package vn.cchc.report;

import java.util.List;

/**
 * A place name read from a header printed in capitals, spelled as the report's own sentences spell it. OCR drops the
 * marks of capitals ("THÀNH PHỐ ĐONG HÀ" for "ĐÔNG HÀ", "XA PHONG HIEN"), while the opening sentence, the appendix line
 * or the closing "Trên đây là báo cáo … của UBND xã Phong Hiền" name the same place in normal case, marks and all.
 */
final class PlaceSpelling {
    private PlaceSpelling() {
    }

    static Issuer respelled(Issuer issuer, List<String> lines) {
        if (!issuer.named()) return issuer;
        String body = issuer.level() == Level.SO ? respellWhole(issuer.body(), lines) : respell(issuer.body(), lines);
        String province = issuer.province() == null ? null : respell(issuer.province(), lines);
        return new Issuer(body, issuer.level(), issuer.named(), province);
    }

    /** A department's name ("Sơ Tư phap" read from "SƠ TƯ PHAP") as the report's sentences write it ("Sở Tư pháp"). */
    static String respellWhole(String body, List<String> lines) {
        List<Token> b = Token.of(body, 0);
        int n = b.size();
        if (n == 0) return body;
        String best = null;
        int bestMarks = marks(b, 0, n);
        for (String line : lines) {
            List<Token> t = Token.of(line, 0);
            for (int i = 0; i + n <= t.size(); i++) {
                boolean same = t.get(i).isCapitalised() && !t.get(i).isCaps();
                for (int k = 0; k < n && same; k++) same = t.get(i + k).folded().equals(b.get(k).folded());
                if (same && better(marks(t, i, i + n), bestMarks, best == null)) {
                    bestMarks = marks(t, i, i + n);
                    best = Token.span(t, i, i + n - 1);
                }
            }
        }
        return best == null ? body : best;
    }

    /** {@code body} with its trailing proper name replaced by the same words (folded) with more marks, if the text has them. */
    static String respell(String body, List<String> lines) {
        List<Token> b = Token.of(body, 0);
        int start = b.size();
        while (start > 1 && b.get(start - 1).isCapitalised() && !b.get(start - 1).folded().equals("ubnd")) start--;
        int n = b.size() - start;
        if (n == 0) return body;
        String best = null;
        int bestMarks = marks(b, start, b.size());
        for (String line : lines) {
            List<Token> t = Token.of(line, 0);
            for (int i = 0; i + n <= t.size(); i++) {
                boolean same = true;
                for (int k = 0; k < n && same; k++) {
                    Token x = t.get(i + k);
                    same = x.folded().equals(b.get(start + k).folded()) && x.isCapitalised() && !x.isCaps();
                }
                if (same && better(marks(t, i, i + n), bestMarks, best == null)) {
                    bestMarks = marks(t, i, i + n);
                    best = Token.span(t, i, i + n - 1);
                }
            }
        }
        return best == null ? body : body.substring(0, b.get(start).start()) + best;
    }

    /**
     * Whether a spelling from the sentences with {@code marks} marks beats the best so far: more marks, or as many as
     * the header's own ({@code againstHeader}): OCR reads marks on small letters better than on capitals, where it
     * changes them as well as drops them ("NGHI LỌC" for "NGHI LỘC", against "Nghi Lộc" in the sentences).
     */
    private static boolean better(int marks, int bestMarks, boolean againstHeader) {
        return againstHeader ? marks >= bestMarks : marks > bestMarks;
    }

    /** Letters carrying a mark (or đ) in words {@code from..to}. */
    private static int marks(List<Token> t, int from, int to) {
        int m = 0;
        for (int i = from; i < to; i++) {
            String w = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
            String f = t.get(i).folded();
            for (int c = 0; c < Math.min(w.length(), f.length()); c++) if (w.charAt(c) != f.charAt(c)) m++;
        }
        return m;
    }
}
