package vn.cchc.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.vocabulary.Stt;

/** The rows of a gold file as the matcher sees them: parents found from the printed numbers, as the table reader does. */
record GoldRows(List<GoldRows.Row> rows) {
    record Row(Section section, String stt, String label, String unit, String parentLabel, String key) {
        StatRow statRow(int index) {
            return new StatRow(section, stt, label, unit, "", "", parentLabel, null, 0, index, List.of());
        }
    }

    List<StatRow> statRows() {
        List<StatRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) out.add(rows.get(i).statRow(i));
        return out;
    }

    static GoldRows load(String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GoldRows.class.getResourceAsStream("/corpus/gold/" + name + ".jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : text.split("\n")) if (!line.isBlank()) nodes.add(json.readTree(line));
            String lastNumbered = null;
            Section lastSection = null;
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                Section section = Section.valueOf(n.get("section").asText());
                if (section != lastSection) lastNumbered = null;
                lastSection = section;
                String stt = Stt.canonical(n.get("stt").asText(""));
                String label = n.get("label").asText();
                String parent;
                if (stt.isEmpty()) {
                    parent = lastNumbered;
                } else {
                    parent = null;
                    String want = Stt.parent(stt);
                    for (int j = i - 1; j >= 0 && !want.isEmpty(); j--) {
                        JsonNode m = nodes.get(j);
                        if (!m.get("section").asText().equals(section.name())) break;
                        if (Stt.canonical(m.get("stt").asText("")).equals(want)) {
                            parent = m.get("label").asText();
                            break;
                        }
                    }
                    lastNumbered = label;
                }
                rows.add(new Row(section, stt, label, n.get("unit").asText(""), parent,
                        n.get("key").isNull() ? null : n.get("key").asText()));
            }
        }
        return new GoldRows(rows);
    }
}
