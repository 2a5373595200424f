package vn.cchc.read.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cchc.corpus.AppendixHeadings;

/**
 * Builds the statistics appendix of corpus report 004 as a workbook, the way offices send it: title lines with the
 * report's number, date and period, one table per area under its "Phụ lục" heading, merged header cells, a hidden
 * column of internal codes and a hidden row of scrap, two sheets, and values stored in every way a sheet stores them
 * (numbers, percentages stored as fractions, numbers with thousands formats, text typed by hand, formulas). The
 * same model is written as .xlsx and .xls with POI and as .ods as LibreOffice writes it, so all three must read the
 * same.
 */
final class WorkbookFixtures {
    /** The label of the row whose formula was never calculated (xlsx only: Excel and LibreOffice always save one). */
    static final String UNCALCULATED = "Tổng số hồ sơ tính bằng công thức";
    static final String HIDDEN_LABEL = "Dòng nháp đã ẩn";

    enum Kind { TEXT, NUMBER, PERCENT, FORMULA, UNCALCULATED }

    record Spec(Kind kind, String text, double number, String format) {
        static Spec text(String t) {
            return new Spec(Kind.TEXT, t, 0, null);
        }
    }

    record SheetRow(Map<Integer, Spec> cells, boolean hidden, List<int[]> merges) {
    }

    record Model(String name, List<SheetRow> rows) {
    }


    private WorkbookFixtures() {
    }

    static List<JsonNode> gold() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = WorkbookFixtures.class.getResourceAsStream("/corpus/gold/004.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    /** Two sheets: areas CDDH..TCBM with the title block, then CONGVU..CQS. */
    static List<Model> model(boolean withUncalculated) throws IOException {
        List<JsonNode> gold = gold();
        Model first = new Model("Bieu 2-5", new ArrayList<>());
        Model second = new Model("Bieu 6-8", new ArrayList<>());
        title(first.rows());
        int n = 0;
        for (String[] h : AppendixHeadings.ALL) {
            Model m = List.of("CDDH", "THECHE", "TTHC", "TCBM").contains(h[0]) ? first : second;
            List<SheetRow> rows = m.rows();
            rows.add(line(h[1]));
            rows.add(line(h[2]));
            header(rows);
            boolean first1 = true;
            for (JsonNode g : gold) {
                if (!g.get("section").asText().equals(h[0])) continue;
                rows.add(data(g, n++));
                if (h[0].equals("TTHC") && first1) {
                    Map<Integer, Spec> c = new LinkedHashMap<>();
                    c.put(0, Spec.text("9."));
                    c.put(1, Spec.text(HIDDEN_LABEL));
                    c.put(3, Spec.text("Hồ sơ"));
                    c.put(4, new Spec(Kind.NUMBER, null, 999, "General"));
                    rows.add(new SheetRow(c, true, List.of()));
                }
                first1 = false;
            }
            if (h[0].equals("CQS") && withUncalculated) {
                Map<Integer, Spec> c = new LinkedHashMap<>();
                c.put(0, Spec.text("10."));
                c.put(1, Spec.text(UNCALCULATED));
                c.put(3, Spec.text("Hồ sơ"));
                c.put(4, new Spec(Kind.UNCALCULATED, null, 0, "General"));
                rows.add(new SheetRow(c, false, List.of()));
            }
            rows.add(new SheetRow(Map.of(), false, List.of()));
        }
        Map<Integer, Spec> sign = new LinkedHashMap<>();
        sign.put(1, Spec.text("NGƯỜI LẬP BIỂU"));
        sign.put(4, Spec.text("GIÁM ĐỐC"));
        second.rows().add(new SheetRow(sign, false, List.of()));
        return List.of(first, second);
    }

    private static void title(List<SheetRow> rows) {
        rows.add(line("UBND TỈNH THỪA THIÊN HUẾ"));
        rows.add(line("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"));
        rows.add(line("Số: 863/BC-SKHĐT"));
        rows.add(line("Thừa Thiên Huế, ngày 08 tháng 3 năm 2024"));
        rows.add(new SheetRow(Map.of(), false, List.of()));
        rows.add(line("BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024"));
        rows.add(new SheetRow(Map.of(), false, List.of()));
    }

    /** A title line: one text merged over the table's width. */
    private static SheetRow line(String text) {
        return new SheetRow(Map.of(0, Spec.text(text)), false, List.<int[]>of(new int[] {0, 0, 0, 5}));
    }

    /** Two header rows: STT, Chỉ tiêu and Ghi chú merged down; "Kết quả thống kê" across unit and value. */
    private static void header(List<SheetRow> rows) {
        Map<Integer, Spec> top = new LinkedHashMap<>();
        top.put(0, Spec.text("STT"));
        top.put(1, Spec.text("Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"));
        top.put(2, Spec.text("Mã nội bộ"));
        top.put(3, Spec.text("Kết quả thống kê"));
        top.put(5, Spec.text("Ghi chú"));
        rows.add(new SheetRow(top, false, List.of(new int[] {0, 1, 0, 0}, new int[] {0, 1, 1, 1},
                new int[] {0, 1, 2, 2}, new int[] {0, 0, 3, 4}, new int[] {0, 1, 5, 5})));
        Map<Integer, Spec> below = new LinkedHashMap<>();
        below.put(3, Spec.text("Đơn vị tính"));
        below.put(4, Spec.text("Số liệu"));
        rows.add(new SheetRow(below, false, List.of()));
    }

    private static SheetRow data(JsonNode g, int n) {
        Map<Integer, Spec> c = new LinkedHashMap<>();
        c.put(0, Spec.text(g.get("stt").asText()));
        c.put(1, Spec.text(g.get("label").asText()));
        c.put(2, Spec.text("X" + n)); // internal code, in the hidden column
        if (!g.get("unit").asText().isEmpty()) c.put(3, Spec.text(g.get("unit").asText()));
        String kind = g.get("kind").asText();
        String raw = g.get("value_raw").asText();
        if (kind.equals("number")) {
            double v = g.get("value").asDouble();
            boolean percent = g.get("unit").asText().equals("%");
            if (percent && n % 3 != 0) {
                c.put(4, new Spec(Kind.PERCENT, null, v / 100, "0.00%"));
            } else {
                switch (n % 5) {
                    case 1 -> c.put(4, Spec.text(raw)); // typed as text
                    case 2 -> c.put(4, new Spec(Kind.FORMULA, (plain(v - 1)) + "+1", v, "General"));
                    case 3 -> c.put(4, new Spec(Kind.NUMBER, null, v, "#,##0"));
                    default -> c.put(4, new Spec(Kind.NUMBER, null, v, "General"));
                }
            }
        } else if (!raw.isEmpty()) {
            c.put(4, Spec.text(raw));
        }
        if (!g.get("note").asText().isEmpty()) c.put(5, Spec.text(g.get("note").asText()));
        return new SheetRow(c, false, List.of());
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- writers

    static void writePoi(List<Model> models, Workbook wb, Path out) throws IOException {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        CellStyle thousands = wb.createCellStyle();
        thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        for (Model m : models) {
            Sheet s = wb.createSheet(m.name());
            s.setColumnHidden(2, true);
            List<Integer> uncalculated = new ArrayList<>();
            for (int r = 0; r < m.rows().size(); r++) {
                SheetRow row = m.rows().get(r);
                org.apache.poi.ss.usermodel.Row pr = s.createRow(r);
                if (row.hidden()) pr.setZeroHeight(true);
                for (Map.Entry<Integer, Spec> e : row.cells().entrySet()) {
                    org.apache.poi.ss.usermodel.Cell c = pr.createCell(e.getKey());
                    Spec sp = e.getValue();
                    switch (sp.kind()) {
                        case TEXT -> c.setCellValue(sp.text());
                        case NUMBER -> {
                            c.setCellValue(sp.number());
                            if (sp.format().equals("#,##0")) c.setCellStyle(thousands);
                        }
                        case PERCENT -> {
                            c.setCellValue(sp.number());
                            c.setCellStyle(percent);
                        }
                        case FORMULA -> c.setCellFormula(sp.text());
                        case UNCALCULATED -> {
                            c.setCellFormula("SUM(E1:E2)");
                            uncalculated.add(r);
                        }
                    }
                }
                for (int[] mg : row.merges()) s.addMergedRegion(new CellRangeAddress(r + mg[0], r + mg[1], mg[2], mg[3]));
            }
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (org.apache.poi.ss.usermodel.Row pr : s) {
                for (org.apache.poi.ss.usermodel.Cell c : pr) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA && !uncalculated.contains(pr.getRowNum())) {
                        ev.evaluateFormulaCell(c);
                    }
                }
            }
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            wb.write(o);
        }
        wb.close();
    }

    static Path xlsx(Path dir) throws IOException {
        Path p = dir.resolve("bieu-mau-004.xlsx");
        writePoi(model(true), new XSSFWorkbook(), p);
        return p;
    }

    static Path xls(Path dir) throws IOException {
        Path p = dir.resolve("bieu-mau-004.xls");
        writePoi(model(false), new HSSFWorkbook(), p);
        return p;
    }

    static Path ods(Path dir) throws IOException {
        Path p = dir.resolve("bieu-mau-004.ods");
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>");
        for (Model m : model(true)) {
            x.append("<table:table table:name=\"").append(esc(m.name())).append("\">");
            x.append("<table:table-column table:number-columns-repeated=\"2\"/>");
            x.append("<table:table-column table:visibility=\"collapse\"/>");
            x.append("<table:table-column table:number-columns-repeated=\"1021\"/>");
            Map<Long, int[]> spans = new LinkedHashMap<>();
            for (int r = 0; r < m.rows().size(); r++) {
                for (int[] mg : m.rows().get(r).merges()) spans.put(key(r + mg[0], mg[2]), new int[] {r + mg[1], mg[3]});
            }
            for (int r = 0; r < m.rows().size(); r++) {
                SheetRow row = m.rows().get(r);
                x.append(row.hidden() ? "<table:table-row table:visibility=\"collapse\">" : "<table:table-row>");
                for (int c = 0; c < 6; c++) {
                    if (covered(spans, r, c)) {
                        x.append("<table:covered-table-cell/>");
                        continue;
                    }
                    int[] span = spans.get(key(r, c));
                    String spanAttr = span == null ? "" : " table:number-rows-spanned=\"" + (span[0] - r + 1)
                            + "\" table:number-columns-spanned=\"" + (span[1] - c + 1) + "\"";
                    Spec sp = row.cells().get(c);
                    if (sp == null) {
                        x.append("<table:table-cell").append(spanAttr).append("/>");
                        continue;
                    }
                    switch (sp.kind()) {
                        case TEXT -> x.append("<table:table-cell office:value-type=\"string\"").append(spanAttr).append("><text:p>")
                                .append(esc(sp.text())).append("</text:p></table:table-cell>");
                        case NUMBER, FORMULA -> x.append("<table:table-cell")
                                .append(sp.kind() == Kind.FORMULA ? " table:formula=\"of:=" + sp.text() + "\"" : "")
                                .append(" office:value-type=\"float\" office:value=\"").append(plain(sp.number())).append("\">")
                                .append("<text:p>").append(vietnamese(sp.number(), sp.format().equals("#,##0"))).append("</text:p></table:table-cell>");
                        case PERCENT -> x.append("<table:table-cell office:value-type=\"percentage\" office:value=\"")
                                .append(plain(sp.number())).append("\"><text:p>")
                                .append(String.format(Locale.forLanguageTag("vi-VN"), "%.2f%%", sp.number() * 100))
                                .append("</text:p></table:table-cell>");
                        case UNCALCULATED -> x.append("<table:table-cell table:formula=\"of:=SUM([.E1:.E2])\" office:value-type=\"float\"/>");
                    }
                }
                x.append("<table:table-cell table:number-columns-repeated=\"1018\"/></table:table-row>");
            }
            x.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
            x.append("</table:table>");
        }
        x.append("</office:spreadsheet></office:body></office:document-content>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return p;
    }

    private static long key(int r, int c) {
        return (long) r * 1000 + c;
    }

    private static boolean covered(Map<Long, int[]> spans, int r, int c) {
        for (Map.Entry<Long, int[]> e : spans.entrySet()) {
            int r0 = (int) (e.getKey() / 1000);
            int c0 = (int) (e.getKey() % 1000);
            if (r >= r0 && r <= e.getValue()[0] && c >= c0 && c <= e.getValue()[1] && !(r == r0 && c == c0)) return true;
        }
        return false;
    }

    private static String vietnamese(double v, boolean thousands) {
        java.text.DecimalFormat f = new java.text.DecimalFormat(thousands ? "#,##0" : "0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return f.format(v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes the three workbooks into a folder (used to refresh the committed copies). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        System.out.println(xlsx(dir) + "\n" + xls(dir) + "\n" + ods(dir));
    }

}
