package vn.cchc.read.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Readers;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.text.Tcvn3;

/**
 * Workbooks typed in TCVN3 fonts: a cell's text converted by its font, run by run when a cell mixes a Unicode font and
 * .VnTime (Excel rich text, ODS spans), and an ODS cell's bold and font read from its style.
 */
class LegacyFontWorkbookTest {
    @TempDir
    Path dir;

    private static final String TITLE = "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH";
    private static final String[] HEADER = {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"};
    private static final String LEGACY_LABEL = "Số TTHC công bố mới";
    private static final String MIXED_HEAD = "Tỷ lệ";
    private static final String MIXED_TAIL = " hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn";
    private static final String HEADING = "Kết quả giải quyết TTHC";

    /** Unicode text as a TCVN3 font stores it: one Windows-1252 character per byte of the old encoding. */
    static String tcvn3(String unicode) {
        Map<Character, Character> back = new HashMap<>();
        for (int b = 255; b >= 0; b--) back.put(Tcvn3.charOf(b), (char) b);
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Character stored = back.get(c);
            if (stored == null) throw new IllegalArgumentException("no TCVN3 byte for " + c);
            sb.append(stored);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void excelCellsAreConvertedRunByRun(String format) throws IOException {
        Path p = dir.resolve("tcvn3." + format);
        try (Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
             OutputStream out = Files.newOutputStream(p)) {
            Font vnTime = wb.createFont();
            vnTime.setFontName(".VnTime");
            Font times = wb.createFont();
            times.setFontName("Times New Roman");
            CellStyle legacy = wb.createCellStyle();
            legacy.setFont(vnTime);
            Sheet s = wb.createSheet("Biểu 4");
            s.createRow(0).createCell(0).setCellValue(TITLE);
            var h = s.createRow(1);
            for (int c = 0; c < HEADER.length; c++) h.createCell(c).setCellValue(HEADER[c]);
            var r1 = s.createRow(2);
            r1.createCell(0).setCellValue("1.1.");
            var label = r1.createCell(1);
            label.setCellValue(tcvn3(LEGACY_LABEL));
            label.setCellStyle(legacy);
            var unit = r1.createCell(2);
            unit.setCellValue(tcvn3("Thủ tục"));
            unit.setCellStyle(legacy);
            r1.createCell(3).setCellValue(5);
            var r2 = s.createRow(3);
            r2.createCell(0).setCellValue("3.2.");
            // "Tỷ lệ" in Times New Roman, the rest of the cell in .VnTime (the cell's font)
            String text = MIXED_HEAD + tcvn3(MIXED_TAIL);
            RichTextString rich = format.equals("xlsx") ? new XSSFRichTextString(text) : new HSSFRichTextString(text);
            rich.applyFont(0, MIXED_HEAD.length(), times);
            rich.applyFont(MIXED_HEAD.length(), text.length(), vnTime);
            var mixed = r2.createCell(1);
            mixed.setCellValue(rich);
            mixed.setCellStyle(legacy);
            r2.createCell(2).setCellValue("%");
            r2.createCell(3).setCellValue(99.5);
            wb.write(out);
        }
        FileResult r = extract(p);
        assertEquals(LEGACY_LABEL, label(r, "1.1.").label());
        assertEquals("Thủ tục", label(r, "1.1.").unit());
        assertEquals(MIXED_HEAD + MIXED_TAIL, label(r, "3.2.").label());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(".VnTime")), r.warnings().toString());
    }

    @Test
    void odsCellsTakeFontAndBoldFromTheirStylesAndSpans() throws Exception {
        Path p = dir.resolve("tcvn3.ods");
        writeOds(p);
        FileResult r = extract(p);
        assertEquals(LEGACY_LABEL, label(r, "1.1.").label());
        assertEquals("Thủ tục", label(r, "1.1.").unit());
        assertEquals(MIXED_HEAD + MIXED_TAIL, label(r, "3.2.").label());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(".VnTime")), r.warnings().toString());

        Document d;
        try (InputStream in = Files.newInputStream(p)) {
            d = new OdsReader().read(in);
        }
        List<Row> rows = d.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b)
                .flatMap(t -> t.rows().stream()).toList();
        Cell heading = rows.stream().flatMap(x -> x.cells().stream()).filter(c -> c.text().equals(HEADING)).findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        assertTrue(heading.bold(), "bold by its cell style");
        Cell plain = rows.stream().flatMap(x -> x.cells().stream()).filter(c -> c.text().equals(LEGACY_LABEL)).findFirst().orElseThrow();
        assertTrue(!plain.bold());
    }

    private static StatRecord label(FileResult r, String stt) {
        return r.records().stream().filter(x -> x.stt().equals(stt)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + stt + " in " + r.records()));
    }

    private static FileResult extract(Path p) {
        FileResult r = new FileExtractor(Readers.standard()).extract(p, p.getFileName().toString());
        assertNull(r.error());
        return r;
    }

    private static void writeOds(Path p) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:font-face-decls><style:font-face style:name=\".VnTime\" svg:font-family=\".VnTime\"/>"
                + "<style:font-face style:name=\"Times New Roman\" svg:font-family=\"'Times New Roman'\"/></office:font-face-decls>"
                + "<office:automatic-styles>"
                + "<style:style style:name=\"ce1\" style:family=\"table-cell\"><style:text-properties style:font-name=\".VnTime\"/></style:style>"
                + "<style:style style:name=\"ce2\" style:family=\"table-cell\"><style:text-properties style:font-name=\".VnTime\" fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties style:font-name=\"Times New Roman\"/></style:style>"
                + "</office:automatic-styles><office:body><office:spreadsheet><table:table table:name=\"Biểu 4\">");
        x.append("<table:table-row>").append(cell(null, TITLE)).append("</table:table-row><table:table-row>");
        for (String h : HEADER) x.append(cell(null, h));
        x.append("</table:table-row>");
        x.append("<table:table-row>").append(cell("ce2", "3.")).append(cell("ce2", tcvn3(HEADING))).append("</table:table-row>");
        x.append("<table:table-row>").append(cell(null, "1.1.")).append(cell("ce1", tcvn3(LEGACY_LABEL)))
                .append(cell("ce1", tcvn3("Thủ tục")))
                .append("<table:table-cell office:value-type=\"float\" office:value=\"5\"><text:p>5</text:p></table:table-cell>")
                .append("</table:table-row>");
        x.append("<table:table-row>").append(cell(null, "3.2."))
                .append("<table:table-cell table:style-name=\"ce1\" office:value-type=\"string\"><text:p><text:span text:style-name=\"T1\">")
                .append(MIXED_HEAD).append("</text:span>").append(esc(tcvn3(MIXED_TAIL))).append("</text:p></table:table-cell>")
                .append(cell(null, "%"))
                .append("<table:table-cell office:value-type=\"float\" office:value=\"99.5\"><text:p>99,5</text:p></table:table-cell>")
                .append("</table:table-row>");
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

    private static String cell(String style, String text) {
        return "<table:table-cell" + (style == null ? "" : " table:style-name=\"" + style + "\"")
                + " office:value-type=\"string\"><text:p>" + esc(text) + "</text:p></table:table-cell>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
