package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;

/** The corpus gold rows (test resources), and the field-by-field comparison every golden test makes. */
public final class GoldRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldRows() {
    }

    /** The gold rows of report {@code name} ("000", "002", "004"). */
    public static List<JsonNode> load(String name) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = GoldRows.class.getResourceAsStream("/corpus/gold/" + name + ".jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** Asserts that the records are the gold rows, in order: section, stt, label, unit, value_raw, note and value. */
    public static void assertReadsExactly(List<JsonNode> gold, FileResult r, String file) {
        assertNull(r.error(), file);
        assertEquals(gold.size(), r.records().size(), file + ": row count");
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
            if (g.get("value").isNull()) {
                assertNull(o.value(), where);
            } else {
                assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(o.value()), where + ": value");
            }
        }
    }
}
