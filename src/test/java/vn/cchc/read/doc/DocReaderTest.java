package vn.cchc.read.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

class DocReaderTest {
    private final DocReader reader = new DocReader();

    private static byte[] fixture(String name) throws Exception {
        String path = name.startsWith("word/") ? "/" + name : "/corpus/" + name;
        try (InputStream in = DocReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private Document read(byte[] bytes) throws Exception {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void tablesKeepTheirGridAndMergedCells() throws Exception {
        Document d = read(fixture("000.doc"));
        assertEquals("doc", d.format());
        assertEquals(7, d.tables().size());
        Table first = d.tables().get(0);
        Row header = first.rows().get(0);
        Cell result = header.cellAt(2);
        assertEquals("Kết quả thống kê", result.text());
        assertEquals(2, result.colSpan(), "the merged header is one cell over unit and value");
        assertEquals("Ghi chú", header.textAt(4));
        Row second = first.rows().get(1);
        assertEquals("", second.textAt(0), "a vertically merged cell's text is not copied down");
        assertEquals("Đơn vị tính", second.textAt(2));
        assertEquals("Số liệu", second.textAt(3));
        Row data = first.rows().get(2);
        assertEquals(List.of("1.", "Văn bản", "03"), List.of(data.textAt(0), data.textAt(2), data.textAt(3)));
    }

    @Test
    void theHeadingBeforeATableComesBeforeIt() throws Exception {
        Document d = read(fixture("000.doc"));
        int table = d.blocks().indexOf(d.tables().get(0));
        assertTrue(d.blocks().subList(0, table).stream()
                .anyMatch(b -> b instanceof vn.cchc.read.Paragraph p && p.text().equals("Phụ lục 2")));
    }

    @Test
    void automaticListNumbersAreWrittenOut() throws Exception {
        Document d = read(fixture("word/numbered.doc"));
        List<String> stt = d.tables().get(0).rows().stream().skip(1).map(r -> r.textAt(0)).toList();
        assertEquals(List.of("I", "1.", "2.", "2.1", "2.2", "II", "1."), stt);
    }

    @Test
    void aTruncatedDocIsCorrupt() throws Exception {
        byte[] whole = fixture("000.doc");
        ReadException e = assertThrows(ReadException.class, () -> read(Arrays.copyOf(whole, 5000)));
        assertTrue(e.getMessage().startsWith("corrupt DOC"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aPasswordProtectedDocSaysSo() throws Exception {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("matkhau");
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(fixture("000.doc")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            encrypted = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        ReadException e = assertThrows(ReadException.class, () -> read(encrypted));
        assertTrue(e.getMessage().startsWith("password-protected"), e.getMessage());
    }
}
