package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogueCommandTest {
    /** One table of the CDDH form: a row of the template and a row a province added. */
    private static final String REPORT = """
            BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH

            STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú
            1.\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t12\t
            2.\tSố cuộc họp ban chỉ đạo CCHC\tCuộc\t3\t
            """;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * suggest proposes one entry for a row the catalogue lacks, whatever its number and small wording changes, and the
     * proposed catalogue, passed back with --catalogue, maps those rows.
     */
    @Test
    void suggestProposesEntriesThatMapTheRowsOnceFedBack(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), REPORT);
        Files.writeString(dir.resolve("b.txt"), REPORT.replace("2.\tSố cuộc họp ban chỉ đạo CCHC\tCuộc\t3", "5\tSố cuộc họp Ban chỉ đạo CCHC\tCuộc\t4"));
        Run before = run("extract", "--format", "jsonl", dir.toString());
        assertEquals(2, before.out().lines().filter(l -> l.contains("\"unmatched\"")).count(), before.out());

        Run suggest = run("catalogue", "suggest", dir.toString());
        assertEquals(0, suggest.code(), suggest.err());
        assertTrue(suggest.out().contains("\nCDDH.CUOC_HOP_BAN_CHI_DAO,CDDH,,Số cuộc họp "), suggest.out());
        assertTrue(suggest.out().contains("seen in 2 report(s)"), suggest.out());
        assertTrue(suggest.out().contains("\nTTHC.HOSO.HUYEN.TYLE_DUNG_HAN,TTHC,"), "the whole catalogue, extended");
        Run only = run("catalogue", "suggest", "--only-new", dir.toString());
        assertEquals(2, only.out().lines().count(), only.out()); // the header and the one proposal

        Path proposed = dir.resolve("proposed.csv");
        Files.writeString(proposed, suggest.out());
        Run after = run("extract", "--format", "jsonl", "--catalogue", proposed.toString(), dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());
        assertEquals(0, after.code(), after.err());
        assertEquals(2, after.out().lines().filter(l -> l.contains("\"indicator\":\"CDDH.CUOC_HOP_BAN_CHI_DAO\"")).count(), after.out());
        assertTrue(after.out().lines().noneMatch(l -> l.contains("\"unmatched\"")), after.out());
    }

    /**
     * A report given in two formats (its text and its DOCX) is one report among those that used a wording; another
     * office's report with the same row is a second.
     */
    @Test
    void suggestCountsAReportGivenInTwoFormatsOnce(@TempDir Path dir) throws Exception {
        String[] head = {"UBND HUYỆN QUẢNG ĐIỀN", "Số: 15/BC-UBND", "Quảng Điền, ngày 10 tháng 3 năm 2024", "BÁO CÁO",
                "Công tác cải cách hành chính Quý I năm 2024"};
        Files.writeString(dir.resolve("quang-dien.txt"), String.join("\n\n", head) + "\n\n" + REPORT);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = Files.newOutputStream(dir.resolve("quang-dien.docx"))) {
            for (String line : head) doc.createParagraph().createRun().setText(line);
            doc.createParagraph().createRun().setText(REPORT.lines().findFirst().orElseThrow());
            List<String> rows = REPORT.lines().skip(2).filter(l -> !l.isBlank()).toList();
            var t = doc.createTable(rows.size(), 5);
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split("\t", -1);
                for (int c = 0; c < 5; c++) t.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(c < cells.length ? cells[c] : "");
            }
            doc.write(out);
        }
        Run one = run("catalogue", "suggest", "--only-new", dir.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("seen in 1 report(s)"), one.out());

        Files.writeString(dir.resolve("phong-dien.txt"), String.join("\n\n", head).replace("QUẢNG ĐIỀN", "PHONG ĐIỀN")
                .replace("Quảng Điền", "Phong Điền").replace("15/BC", "22/BC") + "\n\n" + REPORT.replace("\t3\t", "\t5\t"));
        Run two = run("catalogue", "suggest", "--only-new", dir.toString());
        assertTrue(two.out().contains("seen in 2 report(s)"), two.out());
    }

    @Test
    void printsTheCatalogueAsCsvOrJson() throws Exception {
        Run csv = run("catalogue");
        assertEquals(0, csv.code());
        // plain CSV for any reader: the header first, no comment lines, the version in its own column
        assertTrue(csv.out().startsWith("code,section,parent,"), csv.out().substring(0, 200));
        assertFalse(csv.out().contains("\n#"));
        var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.out())).getRecords();
        assertTrue(rows.stream().allMatch(r -> r.get("catalogue_version").equals("2024.2")));
        assertTrue(csv.out().contains("\nTTHC.HOSO.HUYEN.TYLE_DUNG_HAN,TTHC,"));
        // and it reads back with its version
        java.nio.file.Path back = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("cat", ".csv"), csv.out());
        assertEquals("2024.2", vn.cchc.catalogue.CatalogueFiles.load(back).version());
        java.nio.file.Files.delete(back);

        Run json = run("catalogue", "--format", "json");
        assertEquals(0, json.code());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("2024.2", root.get("version").asText());
        assertTrue(root.get("indicators").size() > 150);
        assertEquals("", json.err());
    }

    @Test
    void extractFillsIndicatorsAndFlagsWhatTheCatalogueLacks(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, REPORT);
        Run r = run("extract", "--format", "jsonl", report.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals("CDDH.VAN_BAN_CHI_DAO", first.get("indicator").asText());
        assertEquals("Số văn bản chỉ đạo CCHC đã ban hành", first.get("indicator_name").asText());
        assertEquals(1.0, first.get("match_score").asDouble(), 1e-9);
        JsonNode second = json.readTree(lines[1]);
        assertTrue(second.get("indicator").isNull());
        assertTrue(second.get("flags").toString().contains("unmatched"));
        assertTrue(r.err().contains("1 row(s) matched no catalogue indicator: 2. \"Số cuộc họp ban chỉ đạo CCHC\""), r.err());
    }

    @Test
    void extractUsesAUsersCatalogue(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, REPORT);
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, "# version: local-1\ncode,section,name,unit,kind\n"
                + "CDDH.HOP_BCD,CDDH,Số cuộc họp ban chỉ đạo CCHC,Cuộc,count\n");
        Run r = run("extract", "--format", "jsonl", "--catalogue", mine.toString(), report.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[0].contains("\"indicator\":null"), lines[0]);
        assertTrue(lines[1].contains("\"indicator\":\"CDDH.HOP_BCD\""), lines[1]);
    }

    @Test
    void aBrokenCatalogueIsAUsageError(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, REPORT);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,section,name,kind\nX.A,CDDH,a,weight\n");
        Run r = run("extract", "--catalogue", bad.toString(), report.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown kind 'weight'"), r.err());
        assertEquals(2, run("catalogue", "--catalogue", dir.resolve("missing.csv").toString()).code());
    }

    @Test
    void aCatalogueThatIsNotOneSaysWhereInTheUsersTerms(@TempDir Path dir) throws Exception {
        Path quotes = Files.writeString(dir.resolve("quotes.csv"), "code,section,name,kind\nX.A,CDDH,\"a \"b\" c,count\n");
        Run r = run("catalogue", "--catalogue", quotes.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("quotes.csv: not a catalogue CSV: line 2: a quoted field is not closed"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("encapsulated"), r.err());
        Path json = Files.writeString(dir.resolve("c.json"), "{\"indicators\": [ {\"code\": \"X\",, } ]}");
        Run j = run("catalogue", "--catalogue", json.toString());
        assertEquals(2, j.code());
        assertTrue(j.err().contains("c.json: not valid JSON at line 1, column"), j.err());
        assertFalse(j.err().contains("Source:") || j.err().contains("REDACTED") || j.err().contains("Exception"), j.err());
    }
}
