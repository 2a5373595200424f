package vn.cchc.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Weighted Dice agreement of two wordings, 0..1. A word weighs by how rare it is among the catalogue's
 * indicators ("huyện", "mức độ 4" decide; "số", "của" barely count); words in parentheses weigh less; a word
 * one typo away from the other side's ("UNND", "Thông kê" after folding) earns most of its weight. Pairs of
 * neighbouring words count too, because order matters where the words do not: "quá hạn nhưng chưa hoàn
 * thành" and "chưa hoàn thành nhưng trong hạn" differ by one word but mean different rows.
 */
final class Similarity {
    static final double BRACKET_WEIGHT = 0.3;
    static final double TYPO_CREDIT = 0.8;
    /** Share of the agreement that comes from pairs of neighbouring words. */
    static final double PAIR_SHARE = 0.25;

    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownWeight;

    Similarity(Collection<Collection<Wording>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<Wording> doc : documents) {
            Set<String> seen = new HashSet<>();
            for (Wording w : doc) seen.addAll(w.words());
            for (String s : seen) df.merge(s, 1, Integer::sum);
        }
        int n = Math.max(1, documents.size());
        df.forEach((word, d) -> idf.put(word, Math.log(1.0 + (double) n / d)));
        this.unknownWeight = Math.log(1.0 + n);
    }

    double weight(String word) {
        return idf.getOrDefault(word, unknownWeight);
    }

    double of(Wording a, Wording b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double words = words(a, b);
        if (a.words().size() < 2 || b.words().size() < 2) return words;
        return (1 - PAIR_SHARE) * words + PAIR_SHARE * pairs(a, b);
    }

    /** Dice agreement of the pairs of neighbouring words, each weighing as its two words on average. */
    private double pairs(Wording a, Wording b) {
        double[] wa = weights(a);
        double[] wb = weights(b);
        double total = 0;
        for (int i = 0; i + 1 < wa.length; i++) total += (wa[i] + wa[i + 1]) / 2;
        for (int j = 0; j + 1 < wb.length; j++) total += (wb[j] + wb[j + 1]) / 2;
        boolean[] used = new boolean[Math.max(0, wb.length - 1)];
        double matched = 0;
        for (int i = 0; i + 1 < wa.length; i++) {
            for (int j = 0; j + 1 < wb.length; j++) {
                if (used[j]) continue;
                double credit = wordCredit(a.words().get(i), b.words().get(j)) * wordCredit(a.words().get(i + 1), b.words().get(j + 1));
                if (credit == 0) continue;
                matched += credit * ((wa[i] + wa[i + 1]) / 2 + (wb[j] + wb[j + 1]) / 2);
                used[j] = true;
                break;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static double wordCredit(String x, String y) {
        return x.equals(y) ? 1.0 : oneTypoApart(x, y) ? TYPO_CREDIT : 0.0;
    }

    private double words(Wording a, Wording b) {
        double[] wa = weights(a);
        double[] wb = weights(b);
        double total = sum(wa) + sum(wb);
        boolean[] usedA = new boolean[wa.length];
        boolean[] usedB = new boolean[wb.length];
        double matched = 0;
        // exact words, preferring the same side of a parenthesis, then typos
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < wa.length; i++) {
                if (usedA[i]) continue;
                for (int j = 0; j < wb.length; j++) {
                    if (usedB[j]) continue;
                    String x = a.words().get(i);
                    String y = b.words().get(j);
                    boolean same = pass == 0 ? x.equals(y) && a.bracketed().get(i).equals(b.bracketed().get(j))
                            : pass == 1 ? x.equals(y) : oneTypoApart(x, y);
                    if (!same) continue;
                    matched += (wa[i] + wb[j]) * (pass == 2 ? TYPO_CREDIT : 1.0);
                    usedA[i] = true;
                    usedB[j] = true;
                    break;
                }
            }
        }
        return matched / total;
    }

    private double[] weights(Wording w) {
        double[] out = new double[w.words().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = weight(w.words().get(i)) * (w.bracketed().get(i) ? BRACKET_WEIGHT : 1.0);
        }
        return out;
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    /** Levenshtein distance 1 between words of four letters or more; numbers must match exactly. */
    static boolean oneTypoApart(String x, String y) {
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || Math.abs(x.length() - y.length()) > 1) return false;
        if (x.chars().anyMatch(Character::isDigit) || y.chars().anyMatch(Character::isDigit)) return false;
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) i++;
        if (x.length() == y.length()) return x.substring(i + 1).equals(y.substring(i + 1));
        return x.length() > y.length() ? x.substring(i + 1).equals(y.substring(i)) : x.substring(i).equals(y.substring(i + 1));
    }
}
