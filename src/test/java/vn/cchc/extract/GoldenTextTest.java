package vn.cchc.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.read.Readers;

/** Every gold row of the corpus text reports, checked field by field. */
class GoldenTextTest {
    static List<JsonNode> gold(String name) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (InputStream in = GoldenTextTest.class.getResourceAsStream("/corpus/gold/" + name + ".jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) rows.add(m.readTree(line));
            }
        }
        return rows;
    }

    static Path corpus(String file) throws Exception {
        return Path.of(GoldenTextTest.class.getResource("/corpus/" + file).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "004"})
    void everyGoldRowIsReadExactly(String name) throws Exception {
        FileResult r = new FileExtractor(Readers.standard()).extract(corpus(name + ".txt"), name + ".txt");
        assertNull(r.error());
        List<JsonNode> gold = gold(name);
        assertEquals(gold.size(), r.records().size(), "row count");
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            StatRecord o = r.records().get(i);
            String where = name + " row " + i + " (" + g.get("stt").asText() + ")";
            assertEquals(g.get("section").asText(), o.section(), where);
            assertEquals(g.get("stt").asText(), o.stt(), where);
            assertEquals(g.get("label").asText(), o.label(), where);
            assertEquals(g.get("unit").asText(), o.unit(), where);
            assertEquals(g.get("value_raw").asText(), o.valueRaw(), where);
            assertEquals(g.get("note").asText(), o.note(), where);
            if (g.get("value").isNull()) {
                assertNull(o.value(), where);
            } else {
                assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(o.value()), where);
            }
            assertFalse(o.flags().contains("unreadable_value"), where);
        }
    }
}
