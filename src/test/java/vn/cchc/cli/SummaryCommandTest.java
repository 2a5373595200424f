package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.cli.ExtractCommandTest.Run;
import vn.cchc.write.xlsx.SummaryWorkbook;

/** {@code cchc summary} over the three sample reports (five files: two reports were sent in two formats). */
class SummaryCommandTest {
    @TempDir
    static Path tmp;
    static Path samples;

    /** The samples with one modification time, so which of two identical submissions is used does not depend on the checkout. */
    @BeforeAll
    static void copySamples() throws Exception {
        samples = tmp.resolve("samples");
        Files.createDirectories(samples);
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.toList()) {
                Path copy = samples.resolve(f.getFileName());
                Files.copy(f, copy);
                Files.setLastModifiedTime(copy, FileTime.fromMillis(1_700_000_000_000L));
            }
        }
    }

    @Test
    void goldenCsv() throws Exception {
        // without -q: the warnings are checked below (progress is drawn only on a terminal)
        Run r = ExtractCommandTest.run("summary", "--period", "2024-Q1", samples.toString());
        assertEquals(0, r.exit(), r.err());
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/summary/samples-2024-Q1.csv")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, r.out());
        assertTrue(r.err().contains("000.pdf and " + samples.resolve("000.txt") + " are the same report"), r.err());
        assertTrue(r.err().contains("004.docx and " + samples.resolve("004.txt") + " are the same report"), r.err());
        assertTrue(r.err().contains("1 report(s) of other periods left out"), r.err());
    }

    @Test
    void periodsMixedAreRefused() {
        Run r = ExtractCommandTest.run("summary", "-q", samples.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("several periods (2023: 1 file(s)"), r.err());
        assertTrue(r.err().contains("pick one with --period"), r.err());
    }

    @Test
    void aPeriodOfItsOwn() throws Exception {
        Run r = ExtractCommandTest.run("summary", "-q", "--period", "2023", "-f", "json", samples.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("2023", root.get("period").asText());
        assertEquals(1, root.get("units").size());
        assertEquals("UBND phường Hồng Hải", root.get("units").get(0).get("issuer").asText());
        JsonNode first = null;
        for (JsonNode l : root.get("lines")) {
            if ("CDDH.VAN_BAN_CHI_DAO".equals(l.path("indicator").asText())) first = l;
        }
        assertEquals(5, first.get("value").asInt());
        assertEquals("sum", first.get("rule").asText());
        assertEquals(1, first.get("reports").asInt());
    }

    @Test
    void anUnknownPeriodIsAUsageError() {
        Run r = ExtractCommandTest.run("summary", "--period", "Q1-2024", samples.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--period"), r.err());
    }

    @Test
    void htmlIsOnePageWithItsCharts() throws Exception {
        Path html = tmp.resolve("summary.html");
        Run r = ExtractCommandTest.run("summary", "-q", "--period", "2024-Q1", "-f", "html", "-o", html.toString(), samples.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg"), "inline charts");
        assertTrue(page.contains("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"));
        assertTrue(page.contains(">1.738</td>"), "Vietnamese thousands: 1558 + 180 records");
        // nothing fetched from anywhere: the only URL is the SVG namespace name
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("src="));
        assertFalse(page.contains("href="));
        assertEquals(page.split("http").length - 1, page.split("xmlns=\"http://www.w3.org/2000/svg\"").length - 1);
    }

    @Test
    void workbookOpensWithNumbers() throws Exception {
        Path xlsx = tmp.resolve("summary.xlsx");
        Run r = ExtractCommandTest.run("summary", "-q", "--period", "2024-Q1", "-f", "xlsx", "-o", xlsx.toString(), samples.toString());
        assertEquals(0, r.exit(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet table = wb.getSheet(SummaryWorkbook.TABLE);
            assertEquals("Số liệu", table.getRow(0).getCell(3).getStringCellValue());
            assertEquals("I", table.getRow(1).getCell(0).getStringCellValue());
            Row directives = table.getRow(2);
            assertEquals("CDDH.VAN_BAN_CHI_DAO", directives.getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, directives.getCell(3).getCellType());
            assertEquals(9.0, directives.getCell(3).getNumericCellValue(), "3 + 6");
            assertEquals(2.0, directives.getCell(7).getNumericCellValue(), "two reports");
            assertTrue(table.getCTWorksheet().isSetAutoFilter());
            XSSFSheet units = wb.getSheet(SummaryWorkbook.UNITS);
            assertEquals(4, units.getLastRowNum(), "two used, two duplicates");
            assertEquals("duplicate", units.getRow(3).getCell(7).getStringCellValue());
        }
    }
}
