package vn.cchc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;

/** The corpus reports typed in Word (and saved as .doc by LibreOffice) against the gold rows. */
class WordCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FileExtractor extractor = new FileExtractor(Readers.standard());

    /** What a person reads in a row: section, STT, label, unit, value as printed, note. */
    record Reading(String section, String stt, String label, String unit, String valueRaw, String note) {
    }

    static Path corpus(String name) throws URISyntaxException {
        return Path.of(WordCorpusTest.class.getResource("/corpus/" + name).toURI());
    }

    private FileResult extract(String name) throws URISyntaxException {
        FileResult r = extractor.extract(corpus(name), name);
        assertNull(r.error(), name + ": " + r.error());
        return r;
    }

    @ParameterizedTest
    @CsvSource({"000.docx, 000, docx", "004.docx, 004, docx", "000.doc, 000, doc", "004.doc, 004, doc",
            "000.odt, 000, odt", "004.odt, 004, odt"})
    void everyGoldRowIsReadAsAPersonReadsIt(String file, String gold, String format) throws Exception {
        FileResult r = extract(file);
        assertEquals(format, r.format());
        List<JsonNode> expected = gold(gold);
        List<Reading> got = r.records().stream().map(WordCorpusTest::reading).toList();
        assertEquals(expected.stream().map(WordCorpusTest::reading).toList(), got);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode g = expected.get(i);
            BigDecimal value = r.records().get(i).value();
            if (g.get("kind").asText().equals("number")) {
                assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(value), g.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"002-onetable.docx", "002-onetable.doc"})
    void oneTableForAllAreasSplitByHandGivesEveryGoldRow(String file) throws Exception {
        FileResult r = extractor.extract(Path.of(getClass().getResource("/word/" + file).toURI()), file);
        assertNull(r.error());
        assertEquals(gold("002").stream().map(WordCorpusTest::reading).toList(),
                r.records().stream().map(WordCorpusTest::reading).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "004"})
    void theTextAndTheWordFilesOfAReportGiveTheSameRows(String report) throws Exception {
        List<List<Object>> txt = rows(extract(report + ".txt"));
        assertFalse(txt.isEmpty());
        assertEquals(txt, rows(extract(report + ".docx")));
        assertEquals(txt, rows(extract(report + ".doc")));
        assertEquals(txt, rows(extract(report + ".odt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.docx", "000.doc", "000.odt"})
    void aWordFileRenamedIsStillReadByItsContent(String name) throws Exception {
        Path dir = Files.createTempDirectory("cchc-renamed");
        try {
            Path renamed = Files.copy(corpus(name), dir.resolve("report.pdf"));
            FileResult r = extractor.extract(renamed, "report.pdf");
            assertNull(r.error());
            assertEquals(name.substring(name.indexOf('.') + 1), r.format());
            assertEquals(147, r.records().size());
        } finally {
            deleteTree(dir);
        }
    }

    private static List<List<Object>> rows(FileResult r) {
        List<List<Object>> out = new ArrayList<>();
        for (StatRecord s : r.records()) {
            out.add(java.util.Arrays.asList(s.section(), s.stt(), s.label(), s.value() == null ? null : s.value().stripTrailingZeros()));
        }
        return out;
    }

    private static Reading reading(StatRecord r) {
        return new Reading(r.section(), r.stt(), r.label(), r.unit(), r.valueRaw(), r.note());
    }

    private static Reading reading(JsonNode g) {
        return new Reading(text(g, "section"), text(g, "stt"), text(g, "label"), text(g, "unit"), text(g, "value_raw"),
                text(g, "note"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> gold(String report) throws IOException, URISyntaxException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus("gold/" + report + ".jsonl"))) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        assertTrue(out.size() > 50);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
