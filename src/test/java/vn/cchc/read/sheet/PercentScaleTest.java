package vn.cchc.read.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/**
 * A percentage typed into a General cell as a fraction (0.955) or as the percent into a percent-formatted cell (88.5
 * shown as 8850 %) is settled by the report's arithmetic, the indicator's range or the workbook's habit, and
 * otherwise left empty with {@code ambiguous_percent}: never 0.955 silently.
 */
class PercentScaleTest {
    @TempDir
    Path dir;

    private static final String RATE_TINH = "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn";
    private static final String RATE_HUYEN = "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn";
    private static final String RATE_XA = "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn";
    private static final String RATE_PAKN = "Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC";

    /** A value cell: a stored number with its format ("General", "0.0%") or, when format is null, nothing. */
    private record V(double number, String format) {
    }

    private record R(String stt, String label, String unit, V value) {
    }

    /** Percentages written as percents (97.5), one typed as a fraction beside its terms, one alone, one mis-formatted. */
    private static List<R> percentsSheet() {
        return List.of(new R("3.", "Kết quả giải quyết TTHC", "", null),
                new R("3.1.", RATE_TINH, "%", new V(0.955, "General")),
                new R("3.1.1.", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", new V(200, "General")),
                new R("3.1.2.", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", new V(191, "General")),
                new R("3.2.", RATE_HUYEN, "%", new V(97.5, "General")),
                new R("3.3.", RATE_XA, "%", new V(88.5, "0.0%")),
                new R("3.4.", RATE_PAKN, "%", new V(0.8, "General")));
    }

    /** Every percentage typed as a fraction: the workbook's habit, so a lone 0.8 is 80 %. */
    private static List<R> fractionsSheet() {
        return List.of(new R("3.", "Kết quả giải quyết TTHC", "", null),
                new R("3.1.", RATE_TINH, "%", new V(0.955, "General")),
                new R("3.2.", RATE_HUYEN, "%", new V(0.975, "General")),
                new R("3.3.", RATE_XA, "%", new V(0.9, "0%")),
                new R("3.4.", RATE_PAKN, "%", new V(0.8, "General")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aFractionInAPercentRowIsSettledOrFlaggedNeverKept(String format) throws IOException {
        List<StatRecord> rec = extract(write(format, "percents", percentsSheet()));
        StatRecord tinh = row(rec, RATE_TINH);
        assertEquals(0, new BigDecimal("95.5").compareTo(tinh.value()), "191 of 200 on time settles 0.955 as 95.5 %");
        assertFalse(tinh.flags().contains(Flag.AMBIGUOUS_PERCENT), tinh.flags().toString());
        assertEquals(0, new BigDecimal("97.5").compareTo(row(rec, RATE_HUYEN).value()));
        StatRecord xa = row(rec, RATE_XA);
        assertEquals(0, new BigDecimal("88.5").compareTo(xa.value()), "8850 % is no percentage: 88.5 was typed");
        StatRecord pakn = row(rec, RATE_PAKN);
        assertNull(pakn.value(), "0.8 beside percents written as percents: 0.8 % or 80 %? " + pakn.value());
        assertTrue(pakn.flags().contains(Flag.AMBIGUOUS_PERCENT), pakn.flags().toString());
        assertEquals("0,8", pakn.valueRaw().replace('.', ','));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aWorkbookThatWritesFractionsHasThemReadAsPercents(String format) throws IOException {
        List<StatRecord> rec = extract(write(format, "fractions", fractionsSheet()));
        assertEquals(0, new BigDecimal("95.5").compareTo(row(rec, RATE_TINH).value()));
        assertEquals(0, new BigDecimal("97.5").compareTo(row(rec, RATE_HUYEN).value()));
        assertEquals(0, new BigDecimal("90").compareTo(row(rec, RATE_XA).value()));
        assertEquals(0, new BigDecimal("80").compareTo(row(rec, RATE_PAKN).value()));
        assertTrue(rec.stream().noneMatch(r -> r.flags().contains(Flag.AMBIGUOUS_PERCENT)));
    }

    private static StatRecord row(List<StatRecord> rec, String label) {
        return rec.stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rec));
    }

    private static List<StatRecord> extract(Path p) {
        FileResult r = new FileExtractor(Readers.standard()).extract(p, p.getFileName().toString());
        assertNull(r.error());
        return r.records();
    }

    private static final String[] HEADER = {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"};
    private static final String TITLE = "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH";

    private Path write(String format, String name, List<R> rows) throws IOException {
        Path p = dir.resolve(name + "." + format);
        if (format.equals("ods")) {
            writeOds(p, rows);
            return p;
        }
        try (Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
             OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Biểu 4");
            s.createRow(0).createCell(0).setCellValue(TITLE);
            var h = s.createRow(2);
            for (int c = 0; c < HEADER.length; c++) h.createCell(c).setCellValue(HEADER[c]);
            for (int i = 0; i < rows.size(); i++) {
                R r = rows.get(i);
                var row = s.createRow(3 + i);
                row.createCell(0).setCellValue(r.stt());
                row.createCell(1).setCellValue(r.label());
                row.createCell(2).setCellValue(r.unit());
                if (r.value() == null) continue;
                var cell = row.createCell(3);
                cell.setCellValue(r.value().number());
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(r.value().format()));
                cell.setCellStyle(st);
            }
            wb.write(out);
        }
        return p;
    }

    /** As LibreOffice saves it: a percentage cell has value-type percentage and shows the percent. */
    private static void writeOds(Path p, List<R> rows) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"Biểu 4\">");
        x.append("<table:table-row>").append(text(TITLE)).append("</table:table-row>");
        x.append("<table:table-row><table:table-cell/></table:table-row><table:table-row>");
        for (String h : HEADER) x.append(text(h));
        x.append("</table:table-row>");
        Locale vi = Locale.forLanguageTag("vi-VN");
        for (R r : rows) {
            x.append("<table:table-row>").append(text(r.stt())).append(text(r.label())).append(text(r.unit()));
            if (r.value() != null) {
                double v = r.value().number();
                String plain = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
                boolean percent = r.value().format().contains("%");
                String shown = percent ? String.format(vi, r.value().format().equals("0%") ? "%.0f%%" : "%.1f%%", v * 100)
                        : new java.text.DecimalFormat("0.##########", java.text.DecimalFormatSymbols.getInstance(vi)).format(v);
                x.append("<table:table-cell office:value-type=\"").append(percent ? "percentage" : "float")
                        .append("\" office:value=\"").append(plain).append("\"><text:p>").append(shown)
                        .append("</text:p></table:table-cell>");
            }
            x.append("</table:table-row>");
        }
        x.append("</table:table></office:spreadsheet></office:body></office:document-content>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static String text(String t) {
        if (t.isEmpty()) return "<table:table-cell/>";
        return "<table:table-cell office:value-type=\"string\"><text:p>" + t.replace("&", "&amp;").replace("<", "&lt;")
                + "</text:p></table:table-cell>";
    }
}
