package vn.cchc.read.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;

/** The appendix of report 004 as .xlsx, .xls and .ods reads as the report itself: every value, no hidden cell. */
class WorkbookReaderTest {
    @TempDir
    static Path dir;

    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> workbooks() {
        return Stream.of(Arguments.of("xlsx", (Maker) WorkbookFixtures::xlsx),
                Arguments.of("xls", (Maker) WorkbookFixtures::xls),
                Arguments.of("ods", (Maker) WorkbookFixtures::ods));
    }

    private static final FileExtractor EXTRACTOR = new FileExtractor(Readers.standard());
    private static final java.util.Map<String, FileResult> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static FileResult extract(Path p) {
        return EXTRACTOR.extract(p, p.getFileName().toString());
    }

    /** Each workbook is made and read once for all the tests that look at it. */
    private static FileResult read(String format, Maker maker) throws IOException {
        FileResult r = READ.get(format);
        if (r == null) {
            r = extract(maker.make(dir));
            READ.put(format, r);
        }
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void readsEveryGoldValueOfBothSheets(String format, Maker maker) throws IOException {
        FileResult r = read(format, maker);
        assertNull(r.error());
        assertEquals(format, r.format());
        List<JsonNode> gold = WorkbookFixtures.gold();
        int numbers = 0;
        for (JsonNode g : gold) {
            StatRecord o = r.records().stream()
                    .filter(x -> x.label().equals(g.get("label").asText()) && x.stt().equals(g.get("stt").asText())
                            && g.get("section").asText().equals(x.section()))
                    .findFirst().orElseThrow(() -> new AssertionError(format + ": no row " + g));
            if (g.get("kind").asText().equals("number")) {
                numbers++;
                assertEquals(0, new BigDecimal(g.get("value").asText()).compareTo(o.value()), format + " " + g);
                assertFalse(o.flags().contains(vn.cchc.vocabulary.Flag.AMBIGUOUS_NUMBER), format + " " + g);
            } else {
                assertNull(o.value(), format + " " + g);
            }
            assertEquals(g.get("unit").asText(), o.unit(), format + " " + g);
            assertEquals(g.get("note").asText(), o.note(), format + " " + g);
        }
        assertEquals(109, numbers);
        int extra = format.equals("xls") ? 0 : 1;
        assertEquals(gold.size() + extra, r.records().size(), format + ": no other row (hidden, signature, title)");
        assertTrue(r.records().stream().noneMatch(x -> x.label().equals(WorkbookFixtures.HIDDEN_LABEL)));
        assertTrue(r.records().stream().noneMatch(x -> x.note().startsWith("X") || x.unit().startsWith("X")),
                "the hidden column's codes are read nowhere");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("1 row and 1 column hidden")), r.warnings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void metadataFromTheSheetsTitleLines(String format, Maker maker) throws IOException {
        FileResult r = read(format, maker);
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", r.metadata().issuer());
        assertEquals("863/BC-SKHĐT", r.metadata().reportNumber());
        assertEquals("2024-03-08", r.metadata().reportDate());
        assertEquals("2024-Q1", r.metadata().period());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void percentStoredAsFractionIsThePercentShown(String format, Maker maker) throws IOException {
        FileResult r = read(format, maker);
        StatRecord rate = r.records().stream().filter(x -> x.valueRaw().equals("95,56%") || x.valueRaw().equals("95,56"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("95.56").compareTo(rate.value()));
    }

    /** Formats decide the value, not the display: thousands, percent, a percent sign typed as text, a date. */
    @Test
    void numberFormatsGiveTheValueInTheReportsTerms() throws IOException {
        Path p = dir.resolve("formats.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var s = wb.createSheet("Biểu 1");
            String[][] header = {{"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"}};
            var h = s.createRow(0);
            for (int c = 0; c < 4; c++) h.createCell(c).setCellValue(header[0][c]);
            Object[][] rows = {{"1.", "Số hồ sơ TTHC tiếp nhận", "Hồ sơ", 1250.0, "#,##0"},
                    {"2.", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 0.955, "0.0%"},
                    {"3.", "Tỷ lệ hồ sơ trực tuyến", "%", 95.5, "0.0\"%\""},
                    {"4.", "Số văn bản đã ban hành", "Văn bản", 2.5, "0.00"}};
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(i + 1);
                for (int c = 0; c < 3; c++) row.createCell(c).setCellValue((String) rows[i][c]);
                var cell = row.createCell(3);
                cell.setCellValue((Double) rows[i][3]);
                var style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat((String) rows[i][4]));
                cell.setCellStyle(style);
            }
            try (var out = java.nio.file.Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        List<StatRecord> rec = extract(p).records();
        assertEquals(4, rec.size());
        assertEquals("1.250", rec.get(0).valueRaw());
        assertEquals(0, new BigDecimal("1250").compareTo(rec.get(0).value()));
        assertFalse(rec.get(0).flags().contains(vn.cchc.vocabulary.Flag.AMBIGUOUS_NUMBER));
        assertEquals("95,5%", rec.get(1).valueRaw());
        assertEquals(0, new BigDecimal("95.5").compareTo(rec.get(1).value()));
        assertEquals("95,5%", rec.get(2).valueRaw());
        assertEquals(0, new BigDecimal("95.5").compareTo(rec.get(2).value()));
        assertEquals("2,50", rec.get(3).valueRaw());
        assertEquals(0, new BigDecimal("2.5").compareTo(rec.get(3).value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void formulaWithoutSavedResultIsNullAndFlagged(String format, Maker maker) throws IOException {
        if (format.equals("xls")) return; // an .xls always stores a result
        FileResult r = read(format, maker);
        StatRecord f = r.records().stream().filter(x -> x.label().equals(WorkbookFixtures.UNCALCULATED)).findFirst().orElseThrow();
        assertNull(f.value());
        assertTrue(f.flags().contains(vn.cchc.vocabulary.Flag.FORMULA_WITHOUT_VALUE), f.flags().toString());
    }

    @Test
    void aCorruptWorkbookFailsWithOneLine() throws IOException {
        Path p = dir.resolve("broken.xlsx");
        byte[] good = java.nio.file.Files.readAllBytes(WorkbookFixtures.xlsx(dir));
        java.nio.file.Files.write(p, java.util.Arrays.copyOf(good, good.length / 2));
        FileResult r = extract(p);
        assertTrue(r.error() != null && !r.error().contains("\n"), String.valueOf(r.error()));
    }
}
