package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/**
 * Reports in the styles the corpus lacks (issue 16), written by hand with their gold (src/test/resources/unseen, made by
 * bench/unseen): a commune whose header names its district first (TXT and PDF), a department's 9-month report in
 * landscape (DOCX, PDF), a city under a province (DOCX, PDF), a province's body copied without its header (TXT). On
 * every one: no wrong value, issuer and level right, one code per template slot across all of them, and the rows the
 * catalogue lacks grouped by row_key.
 */
class UnseenReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** File, issuer, level, period, whether the issuer is inferred from the body. */
    private record Expected(String file, String gold, String issuer, String level, String period, boolean inferred) {
    }

    private static final List<Expected> REPORTS = List.of(
            new Expected("xa-phong-hien-6t2023.txt", "xa-phong-hien-6t2023", "UBND xã Phong Hiền", "xa", "2023-H1", false),
            new Expected("xa-phong-hien-6t2023.pdf", "xa-phong-hien-6t2023", "UBND xã Phong Hiền", "xa", "2023-H1", false),
            new Expected("so-tu-phap-quang-binh-9t2024.docx", "so-tu-phap-quang-binh-9t2024", "Sở Tư pháp tỉnh Quảng Bình", "so", "2024-9M", false),
            new Expected("so-tu-phap-quang-binh-9t2024.pdf", "so-tu-phap-quang-binh-9t2024", "Sở Tư pháp tỉnh Quảng Bình", "so", "2024-9M", false),
            new Expected("tp-dong-ha-nam2023.docx", "tp-dong-ha-nam2023", "UBND thành phố Đông Hà", "huyen", "2023", false),
            new Expected("tp-dong-ha-nam2023.pdf", "tp-dong-ha-nam2023", "UBND thành phố Đông Hà", "huyen", "2023", false),
            new Expected("tinh-quang-tri-q2-2024-body.txt", "tinh-quang-tri-q2-2024-body", "UBND tỉnh Quảng Trị", "tinh", "2024-Q2", true));

    private static final Map<String, FileResult> RESULTS = new HashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void extractAll() throws Exception {
        FileExtractor extractor = new FileExtractor(Readers.standard());
        for (Expected e : REPORTS) {
            Path f = dir.resolve(e.file());
            try (InputStream in = UnseenReportsTest.class.getResourceAsStream("/unseen/" + e.file())) {
                Files.write(f, in.readAllBytes());
            }
            RESULTS.put(e.file(), extractor.extract(f, e.file()));
        }
    }

    private static List<JsonNode> gold(String name) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = UnseenReportsTest.class.getResourceAsStream("/unseen/" + name + ".gold.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void issuerLevelAndPeriodOfEveryReport() {
        for (Expected e : REPORTS) {
            FileResult r = RESULTS.get(e.file());
            assertNull(r.error(), e.file());
            assertEquals(e.issuer(), r.metadata().issuer(), e.file());
            assertEquals(e.level(), r.metadata().level(), e.file());
            assertEquals(e.period(), r.metadata().period(), e.file());
            assertEquals(e.inferred(), r.metadata().flags().contains(Flag.ISSUER_INFERRED), e.file());
        }
    }

    /** Every row read, in order; a value is the gold value, or (only when the separator convention cannot settle it) null and flagged. */
    @Test
    void noWrongValue() throws Exception {
        for (Expected e : REPORTS) {
            List<JsonNode> gold = gold(e.gold());
            List<StatRecord> records = RESULTS.get(e.file()).records();
            assertEquals(gold.size(), records.size(), e.file() + ": rows");
            for (int i = 0; i < gold.size(); i++) {
                JsonNode g = gold.get(i);
                StatRecord o = records.get(i);
                String where = e.file() + " " + g.get("stt").asText() + " " + g.get("label").asText();
                assertEquals(g.get("label").asText(), o.label(), where);
                if (g.get("value").isNull()) {
                    assertNull(o.value(), where);
                } else if (o.value() == null) {
                    assertTrue(o.flags().contains(Flag.AMBIGUOUS_NUMBER), where + ": no value and no ambiguous_number flag");
                } else {
                    assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(o.value()), where + ": " + o.value());
                }
            }
        }
    }

    /** The same template slot gets the same code in every report, whatever the level wording, numbering and format. */
    @Test
    void oneCodePerTemplateSlotAcrossReports() throws Exception {
        Map<String, String> codeByKey = new HashMap<>();
        Map<String, String> keyByCode = new HashMap<>();
        for (Expected e : REPORTS) {
            List<JsonNode> gold = gold(e.gold());
            List<StatRecord> records = RESULTS.get(e.file()).records();
            for (int i = 0; i < gold.size(); i++) {
                String key = gold.get(i).get("key").asText();
                StatRecord o = records.get(i);
                String where = e.file() + " " + o.stt() + " " + o.label();
                if (key.startsWith("CDDH:PROVINCE")) {
                    assertNull(o.indicator(), where + ": a province's own row has no code");
                    continue;
                }
                assertNotNull(o.indicator(), where + " unmatched");
                assertEquals(codeByKey.computeIfAbsent(key, k -> o.indicator()), o.indicator(), where);
                assertEquals(keyByCode.computeIfAbsent(o.indicator(), k -> key), key, where);
            }
        }
        // the slots the corpus reports print with the template's own words
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.TONG", codeByKey.get("CDDH:thuc hien nhiem vu ubnd huyen, chu tich ubnd huyen giao > tong so nhiem vu duoc giao"));
        assertEquals("CQS.DVC.MUC_DO_3.TYLE", codeByKey.get("CQS:ty le tthc du dieu kien duoc cung cap truc tuyen muc do 3"));
        assertEquals("TTHC.HOSO.XA.DA_GIAI_QUYET", codeByKey.get("TTHC:ty le ho so tthc do ubnd cap xa tiep nhan duoc giai quyet dung han > tong so ho so tthc da giai quyet xong"));
        assertEquals("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", codeByKey.get("TTHC:ty le ho so tthc do ubnd cap huyen tiep nhan duoc giai quyet dung han"));
    }

    /** A row the catalogue lacks, in three reports and two wordings, has one row_key. */
    @Test
    void unmatchedRowsGroupByRowKey() throws Exception {
        Map<String, String> rowKeyByGoldKey = new HashMap<>();
        int unmatched = 0;
        for (Expected e : REPORTS) {
            List<JsonNode> gold = gold(e.gold());
            List<StatRecord> records = RESULTS.get(e.file()).records();
            for (int i = 0; i < gold.size(); i++) {
                StatRecord o = records.get(i);
                assertFalse(o.rowKey() == null || o.rowKey().isBlank(), e.file() + " " + o.label());
                if (o.indicator() != null) continue;
                unmatched++;
                String key = gold.get(i).get("key").asText();
                assertEquals(rowKeyByGoldKey.computeIfAbsent(key, k -> o.rowKey()), o.rowKey(), e.file() + " " + o.label());
            }
        }
        assertEquals(6, unmatched); // in A, B and C, each as two files
        assertEquals(Map.of("CDDH:PROVINCE tin bai tuyen truyen cchc", "CDDH/-/tin_bai_tuyen_truyen_cai_cach_hanh_chinh"), rowKeyByGoldKey);
    }
}
