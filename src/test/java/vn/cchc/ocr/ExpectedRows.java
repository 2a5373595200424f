package vn.cchc.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.vocabulary.Flag;
import vn.cchc.model.StatRecord;
import vn.cchc.text.Fold;

/**
 * The rows of the pages a test scan was made from, as the text-layer PDF gives them (they score 1.0 against the
 * corpus gold), and the scoring of an OCR'd extraction against them as {@code score.py} scores: a value counts
 * when a record with the same value has a similar label; a wrong value is a record whose label clearly is an
 * expected row's but whose value differs.
 */
record ExpectedRows(List<String> labels, List<BigDecimal> values) {
    static ExpectedRows load(String resource) throws IOException {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        try (InputStream in = ExpectedRows.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode n = new ObjectMapper().readTree(line);
                labels.add(n.get("label").asText());
                values.add(n.get("value").isNull() ? null : n.get("value").decimalValue());
            }
        }
        return new ExpectedRows(labels, values);
    }

    record Score(int expected, int matched, int wrong, int wrongFlagged) {
        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "recall %.3f (%d/%d), wrong %d (+%d flagged ocr_uncertain)",
                    recall(), matched, expected, wrong, wrongFlagged);
        }
    }

    Score score(List<StatRecord> records) {
        int expected = 0;
        Set<Integer> usedRecords = new HashSet<>();
        int matched = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (values.get(i) == null) continue;
            expected++;
            int best = -1;
            double bestSim = 0.5;
            for (int k = 0; k < records.size(); k++) {
                StatRecord r = records.get(k);
                if (usedRecords.contains(k) || r.value() == null || r.value().compareTo(values.get(i)) != 0) continue;
                double s = sim(labels.get(i), r.label());
                if (s >= bestSim) {
                    bestSim = s;
                    best = k;
                }
            }
            if (best >= 0) {
                usedRecords.add(best);
                matched++;
            }
        }
        int wrong = 0, wrongFlagged = 0;
        for (int k = 0; k < records.size(); k++) {
            StatRecord r = records.get(k);
            if (usedRecords.contains(k)) continue;
            BigDecimal v = r.value() != null ? r.value()
                    : r.flags().contains(Flag.OCR_UNCERTAIN) ? vn.cchc.number.VietnameseNumbers.parse(r.valueRaw()).value() : null;
            if (v == null) continue;
            int best = -1;
            double bestSim = 0;
            for (int i = 0; i < labels.size(); i++) {
                double s = sim(labels.get(i), r.label());
                if (s > bestSim) {
                    bestSim = s;
                    best = i;
                }
            }
            if (best >= 0 && bestSim >= 0.9 && values.get(best) != null && values.get(best).compareTo(v) != 0) {
                if (r.value() == null || r.flags().contains(Flag.OCR_UNCERTAIN)) wrongFlagged++;
                else wrong++;
            }
        }
        return new Score(expected, matched, wrong, wrongFlagged);
    }

    static double sim(String a, String b) {
        Set<String> ta = tokens(a), tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        Set<String> any = new HashSet<>(ta);
        any.addAll(tb);
        return (double) both.size() / any.size();
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : Fold.fold(s == null ? "" : s).replaceAll("[^a-z0-9%]+", " ").strip().split(" ")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
