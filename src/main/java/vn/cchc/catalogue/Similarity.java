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
 * Read-only once built: safe to share between threads.
 */
final class Similarity {
    static final double BRACKET_WEIGHT = 0.3;
    static final double TYPO_CREDIT = 0.8;
    /** Share of the agreement that comes from pairs of neighbouring words. */
    static final double PAIR_SHARE = 0.25;

    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownWeight;
    /** Words are compared as numbers: the catalogue's words get ids, and each id the ids one typo away. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final String[] vocabulary;
    private final int[][] typoNeighbours;
    private static final int[] NONE = new int[0];

    /** A wording with its weights worked out once, so it can be compared many times cheaply. */
    static final class Prepared {
        final String[] words;
        final int[] ids;
        final int[][] typos;
        final boolean[] bracketed;
        final double[] weights;
        final double total;
        final double pairTotal;

        private Prepared(Wording w, Similarity s) {
            int n = w.words().size();
            words = w.words().toArray(String[]::new);
            ids = new int[n];
            typos = new int[n][];
            for (int i = 0; i < n; i++) {
                Integer id = s.ids.get(words[i]);
                ids[i] = id == null ? -1 - i : id; // an unknown word equals nothing on the other side
                typos[i] = id == null ? s.neighboursOf(words[i]) : s.typoNeighbours[id];
            }
            bracketed = new boolean[n];
            weights = new double[n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                bracketed[i] = w.bracketed().get(i);
                weights[i] = s.weight(words[i]) * (bracketed[i] ? BRACKET_WEIGHT : 1.0);
                t += weights[i];
            }
            total = t;
            double p = 0;
            for (int i = 0; i + 1 < n; i++) p += pairWeight(i);
            pairTotal = p;
        }

        double pairWeight(int i) {
            return (weights[i] + weights[i + 1]) / 2;
        }

        boolean isEmpty() {
            return words.length == 0;
        }
    }

    Similarity(Collection<? extends Collection<Wording>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<Wording> doc : documents) {
            Set<String> seen = new HashSet<>();
            for (Wording w : doc) seen.addAll(w.words());
            for (String s : seen) df.merge(s, 1, Integer::sum);
        }
        int n = Math.max(1, documents.size());
        df.forEach((word, d) -> idf.put(word, Math.log(1.0 + (double) n / d)));
        this.unknownWeight = Math.log(1.0 + n);
        this.vocabulary = df.keySet().stream().sorted().toArray(String[]::new);
        for (int i = 0; i < vocabulary.length; i++) ids.put(vocabulary[i], i);
        this.typoNeighbours = new int[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) typoNeighbours[i] = neighboursOf(vocabulary[i]);
    }

    private int[] neighboursOf(String word) {
        int[] out = NONE;
        for (int j = 0; j < vocabulary.length; j++) {
            if (oneTypoApart(word, vocabulary[j])) {
                out = java.util.Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = j;
            }
        }
        return out;
    }

    double weight(String word) {
        return idf.getOrDefault(word, unknownWeight);
    }

    Prepared prepare(Wording w) {
        return new Prepared(w, this);
    }

    double of(Wording a, Wording b) {
        return of(prepare(a), prepare(b));
    }

    double of(Prepared a, Prepared b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int n = a.words.length;
        int m = b.words.length;
        boolean[] usedB = new boolean[m];
        int[] aligned = new int[n]; // the id of the word of b each word of a was matched to
        boolean[] done = new boolean[n];
        double[] credit = new double[n];
        double matched = 0;
        // exact words, preferring the same side of a parenthesis, then typos
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                if (done[i]) continue;
                if (pass == 2 && a.typos[i].length == 0) continue;
                for (int j = 0; j < m; j++) {
                    if (usedB[j]) continue;
                    boolean same = pass == 0 ? a.ids[i] == b.ids[j] && a.bracketed[i] == b.bracketed[j]
                            : pass == 1 ? a.ids[i] == b.ids[j] : contains(a.typos[i], b.ids[j]);
                    if (!same) continue;
                    credit[i] = pass == 2 ? TYPO_CREDIT : 1.0;
                    matched += (a.weights[i] + b.weights[j]) * credit[i];
                    aligned[i] = b.ids[j];
                    done[i] = true;
                    usedB[j] = true;
                    break;
                }
            }
        }
        double words = matched / (a.total + b.total);
        if (n < 2 || m < 2) return words;
        return (1 - PAIR_SHARE) * words + PAIR_SHARE * pairs(a, b, aligned, done, credit);
    }

    /** Dice agreement of the pairs of neighbouring words, a pair matching when both its words did. */
    private static double pairs(Prepared a, Prepared b, int[] aligned, boolean[] done, double[] credit) {
        double total = a.pairTotal + b.pairTotal;
        if (total == 0) return 0;
        boolean[] used = new boolean[b.words.length - 1];
        double matched = 0;
        for (int i = 0; i + 1 < a.words.length; i++) {
            if (!done[i] || !done[i + 1]) continue;
            for (int j = 0; j + 1 < b.words.length; j++) {
                if (used[j] || b.ids[j] != aligned[i] || b.ids[j + 1] != aligned[i + 1]) continue;
                matched += credit[i] * credit[i + 1] * (a.pairWeight(i) + b.pairWeight(j));
                used[j] = true;
                break;
            }
        }
        return matched / total;
    }

    /** Levenshtein distance exactly 1 between words of four letters or more; numbers must match exactly. */
    static boolean oneTypoApart(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (lx < 4 || ly < 4 || Math.abs(lx - ly) > 1 || x.equals(y)) return false;
        if (hasDigit(x) || hasDigit(y)) return false;
        int i = 0;
        while (i < lx && i < ly && x.charAt(i) == y.charAt(i)) i++;
        if (lx == ly) return x.regionMatches(i + 1, y, i + 1, lx - i - 1);
        return lx > ly ? x.regionMatches(i + 1, y, i, ly - i) : x.regionMatches(i, y, i + 1, lx - i);
    }

    private static boolean contains(int[] xs, int x) {
        for (int v : xs) if (v == x) return true;
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
