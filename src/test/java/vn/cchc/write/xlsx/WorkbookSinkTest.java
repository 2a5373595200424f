package vn.cchc.write.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;
import vn.cchc.model.StatRecord;

/** Writes a workbook through the command line, opens it again with POI and reads what an analyst would see. */
class WorkbookSinkTest {
    @TempDir
    static Path tmp;
    static Path xlsx;
    static String err;
    static XSSFWorkbook wb;

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }

    static Path corpus(String name, long modifiedSeconds) throws Exception {
        Path p = tmp.resolve(name);
        try (InputStream in = WorkbookSinkTest.class.getResourceAsStream("/corpus/" + name)) {
            Files.copy(in, p);
        }
        Files.setLastModifiedTime(p, FileTime.fromMillis(modifiedSeconds * 1000));
        return p;
    }

    @BeforeAll
    static void write() throws Exception {
        Path district = corpus("000.txt", 1_700_000_000L);
        Path department = corpus("004.txt", 1_700_000_000L);
        Path departmentAgain = corpus("004.docx", 1_700_000_100L); // the same report, modified later
        xlsx = tmp.resolve("out.xlsx");
        String[] r = run("extract", "-f", "xlsx", "-o", xlsx.toString(), district.toString(), department.toString(),
                departmentAgain.toString());
        assertEquals("0", r[0], r[2]);
        err = r[2];
        wb = new XSSFWorkbook(Files.newInputStream(xlsx));
    }

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        assertEquals(List.of(WorkbookSink.SIDE_BY_SIDE, WorkbookSink.RECORDS, WorkbookSink.REPORTS, WorkbookSink.PROBLEMS), names);
    }

    @Test
    void recordsAreTypedCellsUnderAFrozenFilteredHeader() {
        XSSFSheet s = wb.getSheet(WorkbookSink.RECORDS);
        assertEquals(StatRecord.FIELDS.get(0), s.getRow(0).getCell(0).getStringCellValue());
        assertEquals(147 + 151 + 151, s.getLastRowNum(), "every record of the three files");
        int value = StatRecord.FIELDS.indexOf("value");
        int raw = StatRecord.FIELDS.indexOf("value_raw");
        int page = StatRecord.FIELDS.indexOf("row");
        Row first = s.getRow(1);
        assertEquals(CellType.STRING, first.getCell(raw).getCellType());
        assertEquals("03", first.getCell(raw).getStringCellValue(), "the printed text stays text");
        assertEquals(CellType.NUMERIC, first.getCell(value).getCellType());
        assertEquals(3.0, first.getCell(value).getNumericCellValue());
        assertEquals(CellType.NUMERIC, first.getCell(page).getCellType());
        assertNotNull(s.getPaneInformation(), "header frozen");
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(s.getCTWorksheet().isSetAutoFilter());
        assertTrue(s.getColumnWidth(StatRecord.FIELDS.indexOf("label")) > s.getColumnWidth(page));
    }

    @Test
    void indicatorsSideBySideOneColumnPerReportDuplicatesOnce() {
        XSSFSheet s = wb.getSheet(WorkbookSink.SIDE_BY_SIDE);
        Row head = s.getRow(0);
        assertEquals("Mã chỉ tiêu", head.getCell(1).getStringCellValue());
        assertEquals("UBND huyện Quảng Điền (2024-Q1)", head.getCell(4).getStringCellValue());
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế (2024-Q1)", head.getCell(5).getStringCellValue());
        assertNull(head.getCell(6), "004.txt and 004.docx are one report: one column");
        assertTrue(s.getRow(1).getCell(5).getStringCellValue().endsWith("004.docx"), "the one modified later");
        assertEquals("I", s.getRow(2).getCell(0).getStringCellValue());
        Row directives = find(s, "CDDH.VAN_BAN_CHI_DAO");
        assertEquals(3.0, directives.getCell(4).getNumericCellValue());
        assertEquals(6.0, directives.getCell(5).getNumericCellValue());
        Row online = find(s, "CQS.DVC.HO_SO_TRUC_TUYEN.TYLE");
        Cell rate = online.getCell(4);
        assertEquals(CellType.NUMERIC, rate.getCellType());
        assertEquals(46.4, rate.getNumericCellValue(), 1e-9, "a percentage as the report printed it, not 0.464");
        assertEquals("#,##0.0", rate.getCellStyle().getDataFormatString());
        assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(4, s.getPaneInformation().getVerticalSplitPosition());
        assertTrue(s.getCTWorksheet().isSetAutoFilter());
    }

    @Test
    void flaggedCellsCarryTheFlagInAComment() {
        XSSFSheet s = wb.getSheet(WorkbookSink.SIDE_BY_SIDE);
        // the district's plan completion rate (30 %) contradicts its own tasks (10 of 32): rate_mismatch
        Cell c = find(s, "CDDH.KE_HOACH.TYLE_HOAN_THANH").getCell(4);
        assertNotNull(c.getCellComment(), "flagged cell has a comment");
        assertTrue(c.getCellComment().getString().getString().contains("rate_mismatch"), c.getCellComment().getString().getString());
        assertTrue(c.getCellStyle().getFillForegroundColor() != 64, "filled");
        Cell plain = find(s, "CDDH.VAN_BAN_CHI_DAO").getCell(4);
        assertNull(plain.getCellComment());
    }

    @Test
    void reportsAndProblems() {
        XSSFSheet reports = wb.getSheet(WorkbookSink.REPORTS);
        assertEquals(3, reports.getLastRowNum());
        int status = WorkbookSink.REPORT_COLUMNS.indexOf("status");
        int dup = WorkbookSink.REPORT_COLUMNS.indexOf("duplicate_of");
        int records = WorkbookSink.REPORT_COLUMNS.indexOf("records");
        Row department = reports.getRow(2);
        assertTrue(department.getCell(0).getStringCellValue().endsWith("004.txt"));
        assertEquals("duplicate", department.getCell(status).getStringCellValue());
        assertTrue(department.getCell(dup).getStringCellValue().endsWith("004.docx"));
        assertEquals(CellType.NUMERIC, department.getCell(records).getCellType());
        assertEquals("ok", reports.getRow(1).getCell(status).getStringCellValue());
        XSSFSheet problems = wb.getSheet(WorkbookSink.PROBLEMS);
        assertTrue(problems.getLastRowNum() > 0);
        assertEquals("rate_mismatch", find(problems, 3, "rate_mismatch").getCell(3).getStringCellValue());
        assertTrue(err.contains("warning: same issuer and period as"), err);
    }

    @Test
    void wideCsvIsTheSameTable() throws Exception {
        String[] r = run("extract", "-q", "-f", "wide", tmp.resolve("000.txt").toString(), tmp.resolve("004.txt").toString());
        assertEquals("0", r[0], r[2]);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r[1])).getRecords();
        assertEquals(List.of("section", "stt", "indicator", "name", "unit", "UBND huyện Quảng Điền (2024-Q1)",
                "Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế (2024-Q1)"), rows.get(0).getParser().getHeaderNames());
        CSVRecord directives = rows.stream().filter(x -> x.get("indicator").equals("CDDH.VAN_BAN_CHI_DAO")).findFirst().orElseThrow();
        assertEquals("3", directives.get(5));
        assertEquals("6", directives.get(6));
        CSVRecord rate = rows.stream().filter(x -> x.get("indicator").equals("CQS.DVC.HO_SO_TRUC_TUYEN.TYLE")).findFirst().orElseThrow();
        assertEquals("46.4", rate.get(5));
    }

    @Test
    void aWorkbookIsNotWrittenToATerminalButMayGoToAPipe() {
        // in-process there is no console: standard output is a pipe, and the workbook goes there
        String[] r = run("extract", "-q", "-f", "xlsx", tmp.resolve("000.txt").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("PK"), "a zip container");
    }

    private static Row find(XSSFSheet s, String code) {
        return find(s, 1, code);
    }

    private static Row find(XSSFSheet s, int col, String text) {
        for (Row row : s) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row " + text);
    }
}
