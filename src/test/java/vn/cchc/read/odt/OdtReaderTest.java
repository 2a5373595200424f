package vn.cchc.read.odt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;

class OdtReaderTest {
    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"";

    private static byte[] odt(String automaticStyles, String body, boolean encrypted) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + (encrypted ? "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry>" : "")
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<office:document-content " + NS + "><office:automatic-styles>" + automaticStyles
                    + "</office:automatic-styles><office:body><office:text>" + body
                    + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Document read(String styles, String body) throws Exception {
        return new OdtReader().read(new ByteArrayInputStream(odt(styles, body, false)));
    }

    @Test
    void spansCoveredCellsAndHeaderRowsAsDrawn() throws Exception {
        String bold = "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>";
        Document d = read(bold, "<text:h>Phụ lục 2</text:h><table:table>"
                + "<table:table-header-rows><table:table-row>"
                + "<table:table-cell table:number-rows-spanned=\"2\"><text:p><text:span text:style-name=\"T1\">STT</text:span></text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-spanned=\"2\"><text:p>Kết quả</text:p></table:table-cell><table:covered-table-cell/>"
                + "</table:table-row><table:table-row><table:covered-table-cell/>"
                + "<table:table-cell><text:p>Đơn vị</text:p><text:p>tính</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Số<text:s/>liệu</text:p></table:table-cell></table:table-row></table:table-header-rows>"
                + "<table:table-row><table:table-cell><text:p>1.</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Văn bản</text:p></table:table-cell><table:table-cell><text:p>03</text:p></table:table-cell>"
                + "</table:table-row></table:table>");
        assertEquals("Phụ lục 2", ((Paragraph) d.blocks().get(0)).text());
        List<Row> rows = d.tables().get(0).rows();
        assertEquals(2, rows.get(0).cells().size(), "a merged cell is one cell");
        Cell merged = rows.get(0).cellAt(2);
        assertEquals("Kết quả", merged.text());
        assertEquals(1, merged.gridCol());
        assertEquals(2, merged.colSpan());
        assertTrue(rows.get(0).cells().get(0).bold());
        assertEquals(List.of("", "Đơn vị tính", "Số liệu"), List.of(rows.get(1).textAt(0), rows.get(1).textAt(1), rows.get(1).textAt(2)));
        assertEquals(List.of(true, true, false), rows.stream().map(Row::headerRepeat).toList());
        assertEquals("03", rows.get(2).textAt(2));
    }

    @Test
    void footnotesAndTrackedDeletionsAreNotText() throws Exception {
        Document d = read("", "<text:tracked-changes><text:changed-region><text:deletion><text:p>15</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes>"
                + "<text:p>VBQPPL<text:note><text:note-citation>6</text:note-citation><text:note-body><text:p>chú thích</text:p>"
                + "</text:note-body></text:note> ban hành</text:p>");
        assertEquals(List.of("VBQPPL ban hành"), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aTableInATextBoxIsReadAfterItsAnchorParagraph() throws Exception {
        Document d = read("", "<text:p>BIỂU MẪU CẢI CÁCH THỂ CHẾ<draw:frame><draw:text-box><text:p>Đơn vị: người</text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>STT</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Chỉ tiêu</text:p></table:table-cell></table:table-row></table:table>"
                + "</draw:text-box></draw:frame></text:p><text:p>Sau</text:p>");
        assertEquals(List.of("BIỂU MẪU CẢI CÁCH THỂ CHẾ", "Đơn vị: người", "Sau"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(1, d.tables().size());
        assertEquals("Chỉ tiêu", d.tables().get(0).rows().get(0).textAt(1));
        assertTrue(d.blocks().indexOf(d.tables().get(0)) < d.blocks().indexOf(d.paragraphs().get(2)));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aPasswordProtectedOdtSaysSo() {
        ReadException e = assertThrows(ReadException.class,
                () -> new OdtReader().read(new ByteArrayInputStream(odt("", "<text:p>x</text:p>", true))));
        assertTrue(e.getMessage().startsWith("password-protected"), e.getMessage());
    }

    @Test
    void brokenXmlIsCorrupt() {
        ReadException e = assertThrows(ReadException.class, () -> read("", "<text:p>x</text:span>"));
        assertTrue(e.getMessage().startsWith("corrupt ODT"), e.getMessage());
    }
}
