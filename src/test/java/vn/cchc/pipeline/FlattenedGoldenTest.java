package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.text.Fold;

/**
 * Flattened reports against their gold rows, matched as the project's scorer matches them: same value and a label
 * sharing at least half its words; "wrong" is a row whose label clearly is a gold row's but whose value differs.
 */
class FlattenedGoldenTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern FIELD = Pattern.compile("\"(label|kind|value)\": (\"(?:[^\"\\\\]|\\\\.)*\"|[-0-9.]+|null)");

    private record Gold(String label, String kind, Double value) {
    }

    @Test
    void recoversTheRowsOf002() throws IOException {
        assertScores(CORPUS.resolve("002.txt"), "002", 0.95, 0.98);
    }

    /** The same reports turned into flattened text by other tools: layouts the recovery was not written against. */
    @ParameterizedTest
    @CsvSource({"000-pdftotext-raw.txt, 000, 0.95, 0.98", "004-pdftotext-raw.txt, 004, 0.95, 0.98",
            "000-pdfbox.txt, 000, 0.90, 0.97", "004-pdfbox.txt, 004, 0.90, 0.97",
            "000-cells.txt, 000, 0.95, 0.98", "004-cells.txt, 004, 0.95, 0.98",
            "000-wrapped-values.txt, 000, 1.0, 1.0", "002-wrapped-values.txt, 002, 1.0, 1.0"})
    void recoversOtherFlattenings(String file, String gold, double minRecall, double minPrecision) throws IOException {
        assertScores(Path.of("src/test/resources/flattened", file), gold, minRecall, minPrecision);
    }

    private static void assertScores(Path file, String goldName, double minRecall, double minPrecision) throws IOException {
        FileResult result = new FileExtractor(Readers.standard()).extract(file, file.getFileName().toString());
        assertTrue(!result.failed(), result.error());
        List<Gold> gold = numbers(CORPUS.resolve("gold/" + goldName + ".jsonl"));
        List<StatRecord> out = result.records().stream().filter(r -> r.value() != null).toList();

        Set<Integer> usedOut = new HashSet<>();
        int matched = 0;
        for (Gold g : gold) {
            int best = -1;
            double bestSim = 0.5;
            for (int i = 0; i < out.size(); i++) {
                if (usedOut.contains(i) || out.get(i).value().compareTo(BigDecimal.valueOf(g.value())) != 0) continue;
                double s = similarity(g.label(), out.get(i).label());
                if (s >= bestSim) {
                    best = i;
                    bestSim = s;
                }
            }
            if (best >= 0) {
                usedOut.add(best);
                matched++;
            }
        }
        int wrong = 0;
        for (int i = 0; i < out.size(); i++) {
            if (usedOut.contains(i)) continue;
            for (Gold g : gold) {
                if (similarity(g.label(), out.get(i).label()) >= 0.9 && out.get(i).value().doubleValue() != g.value()) wrong++;
            }
        }
        double recall = (double) matched / gold.size();
        double precision = (double) matched / out.size();
        assertTrue(recall >= minRecall, "recall " + recall);
        assertTrue(precision >= minPrecision, "precision " + precision);
        assertEquals(0, wrong, "values silently wrong");
        assertTrue(result.records().stream().allMatch(r -> r.section() != null), "every row has its section");
    }

    private static List<Gold> numbers(Path jsonl) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            String label = null;
            String kind = null;
            Double value = null;
            Matcher m = FIELD.matcher(line);
            while (m.find()) {
                String v = m.group(2);
                switch (m.group(1)) {
                    case "label" -> label = v.substring(1, v.length() - 1);
                    case "kind" -> kind = v.substring(1, v.length() - 1);
                    default -> value = v.equals("null") ? null : Double.valueOf(v);
                }
            }
            if ("number".equals(kind)) out.add(new Gold(label, kind, value));
        }
        return out;
    }

    private static double similarity(String a, String b) {
        Set<String> ta = new HashSet<>(Arrays.asList(Fold.fold(a).split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(Fold.fold(b == null ? "" : b).split(" ")));
        ta.remove("");
        tb.remove("");
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return (double) inter.size() / union.size();
    }
}
