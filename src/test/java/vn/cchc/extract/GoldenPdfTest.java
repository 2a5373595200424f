package vn.cchc.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.read.Readers;

/**
 * The corpus PDFs (as exported from Word, and the same documents with every table border removed) against gold,
 * and against the same report read as text.
 */
class GoldenPdfTest {
    private static List<JsonNode> gold(String name) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (InputStream in = GoldenPdfTest.class.getResourceAsStream("/corpus/gold/" + name + ".jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) rows.add(m.readTree(line));
            }
        }
        return rows;
    }

    private static Path corpus(String file) throws Exception {
        return Path.of(GoldenPdfTest.class.getResource("/corpus/" + file).toURI());
    }

    private static FileResult extract(String file) throws Exception {
        return new FileExtractor(Readers.standard()).extract(corpus(file), file);
    }

    @ParameterizedTest
    @CsvSource({"000,000.pdf", "004,004.pdf", "000,000-unruled.pdf", "004,004-unruled.pdf", "000,000-unruled-centred.pdf"})
    void everyGoldRowIsReadExactly(String name, String file) throws Exception {
        FileResult r = extract(file);
        assertNull(r.error());
        List<JsonNode> gold = gold(name);
        assertEquals(gold.size(), r.records().size(), "row count");
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            StatRecord o = r.records().get(i);
            String where = file + " row " + i + " (" + g.get("stt").asText() + ")";
            assertEquals(g.get("section").asText(), o.section(), where);
            assertEquals(g.get("stt").asText(), o.stt(), where);
            assertEquals(g.get("label").asText(), o.label(), where);
            assertEquals(g.get("unit").asText(), o.unit(), where);
            assertEquals(g.get("value_raw").asText(), o.valueRaw(), where);
            assertEquals(g.get("note").asText(), o.note(), where);
            assertNotNull(o.page(), where);
        }
    }

    /** The same report as TXT and as PDF (ruled or not) gives the same (section, stt, label, value) rows. */
    @ParameterizedTest
    @ValueSource(strings = {"000.pdf", "004.pdf", "000-unruled.pdf", "004-unruled.pdf", "000-unruled-centred.pdf"})
    void pdfAgreesWithText(String pdf) throws Exception {
        List<String> text = keys(extract(pdf.substring(0, 3) + ".txt"));
        List<String> fromPdf = keys(extract(pdf));
        assertEquals(text, fromPdf);
    }

    private static List<String> keys(FileResult r) {
        List<String> out = new ArrayList<>();
        for (StatRecord o : r.records()) out.add(o.section() + " | " + o.stt() + " | " + o.label() + " | " + o.valueRaw());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted", "scanned"})
    void aBadPdfFailsAloneAndTheBatchGoesOn(String kind, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve(kind + ".pdf");
        Files.write(bad, kind.equals("encrypted") ? vn.cchc.read.pdf.PdfFixtures.encrypted() : vn.cchc.read.pdf.PdfFixtures.imageOnly());
        FileExtractor fx = new FileExtractor(Readers.standard());
        FileResult failed = fx.extract(bad, bad.toString());
        FileResult good = fx.extract(corpus("004.pdf"), "004.pdf");
        assertNotNull(failed.error());
        assertTrue(failed.error().equals("no text layer: scanned document") || failed.error().startsWith("encrypted PDF"),
                failed.error());
        assertNull(good.error());
    }
}
