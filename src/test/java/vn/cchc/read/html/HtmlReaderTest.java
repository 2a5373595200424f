package vn.cchc.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Document;
import vn.cchc.read.FormatDetector;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Readers;
import vn.cchc.read.Row;
import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.table.StatisticsTables;

class HtmlReaderTest {
    /** Word's "Web page" output, trimmed: styles, Office namespaces, spans and a merged header. */
    private static final String WORD_HTML = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
            <title>Báo cáo</title><style>p.MsoNormal {margin:0}</style></head><body>
            <p class=MsoNormal><b><span lang=VI>BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỂ CHẾ</span></b><o:p></o:p></p>
            <table class=MsoTableGrid border=1>
            <tr><td rowspan=2><b>STT</b></td><td rowspan=2><b>Chỉ tiêu thống kê</b></td><td colspan=2><b>Kết quả thống kê</b></td>
                <td rowspan=2><b>Ghi chú</b></td></tr>
            <tr><td><b>Đơn vị<br>tính</b></td><td><b>Số liệu</b></td></tr>
            <tr><td><p><b>1.</b></p></td><td><p><b>Tổng số VBQPPL</b></p></td><td>Văn bản</td><td><b>12</b></td><td></td></tr>
            <tr><td>1.1.</td><td>Số VBQPPL do cấp xã ban hành</td><td>Văn bản</td><td>11</td><td>Đã <i>rà soát</i></td></tr>
            </table><p>CHỦ TỊCH</p></body></html>
            """;

    private static Document read(String html) throws Exception {
        return new HtmlReader().read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tablesWithSpansAndParagraphs() throws Exception {
        Document d = read(WORD_HTML);
        assertEquals(List.of("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỂ CHẾ", "CHỦ TỊCH"),
                d.paragraphs().stream().map(Paragraph::text).toList());
        List<Row> rows = d.tables().get(0).rows();
        assertEquals(4, rows.size());
        assertEquals(2, rows.get(0).cellAt(2).colSpan());
        assertEquals("Đơn vị tính", rows.get(1).textAt(2), "a cell under two rowspans starts at column 2");
        assertEquals("Số liệu", rows.get(1).textAt(3));
        assertTrue(rows.get(2).cellAt(3).bold());
        assertEquals("Đã rà soát", rows.get(3).textAt(4));
    }

    @Test
    void statisticsRowsAndSectionComeOut() throws Exception {
        List<StatRow> rows = new StatisticsTables().find(read(WORD_HTML)).get(0).rows();
        assertEquals(2, rows.size());
        assertEquals(Section.THECHE, rows.get(0).section());
        assertEquals("11", rows.get(1).valueRaw());
        assertEquals("Văn bản", rows.get(1).unit());
    }

    @Test
    void htmlSavedWithADocNameIsReadAsHtml() throws Exception {
        var in = new BufferedInputStream(new ByteArrayInputStream(WORD_HTML.getBytes(StandardCharsets.UTF_8)));
        var type = new FormatDetector().detect(in, "bao-cao.doc");
        assertEquals("html", Readers.standard().forType(type).orElseThrow().format());
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        byte[] bytes = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\"></head><body><p>Báo cáo</p></body></html>"
                .getBytes("windows-1258");
        Document d = new HtmlReader().read(new ByteArrayInputStream(bytes));
        assertEquals("Báo cáo", d.paragraphs().get(0).text());
    }

    @Test
    void aLayoutTableFramingThePageIsRunningTextAroundItsTables() throws Exception {
        String html = "<html><body><table width=100%><tr><td>Cổng thông tin</td></tr><tr><td>"
                + "<p><b>BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỂ CHẾ</b></p>"
                + "<table border=1><tr><td>STT</td><td>Chỉ tiêu</td><td>Đơn vị tính</td><td>Số liệu</td></tr>"
                + "<tr><td>1.</td><td>Tổng số VBQPPL</td><td>Văn bản</td><td>12</td></tr></table>"
                + "<p>Nơi nhận</p></td></tr></table></body></html>";
        Document d = read(html);
        assertEquals(1, d.tables().size());
        assertEquals(List.of("Cổng thông tin", "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỂ CHẾ", "Nơi nhận"),
                d.paragraphs().stream().map(Paragraph::text).toList());
        List<StatRow> rows = new StatisticsTables().find(d).get(0).rows();
        assertEquals(Section.THECHE, rows.get(0).section());
        assertEquals("12", rows.get(0).valueRaw());
    }
}
