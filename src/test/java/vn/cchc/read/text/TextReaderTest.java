package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Table;

class TextReaderTest {
    private final TextReader reader = new TextReader();

    private Document read(byte[] bytes) throws Exception {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void tabLinesBecomeOneTableAcrossBlankLinesAndPageNumbers() {
        Document d = reader.parse("## Phụ lục 2\n\nSTT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n1.\tA\tVăn bản\t3\n\n12\n\n2.\tB\t%\t4\nSau bảng\n");
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(3, t.rows().size());
        assertEquals("B", t.rows().get(2).textAt(1));
        assertEquals("Phụ lục 2", d.paragraphs().get(0).text());
        assertEquals("Sau bảng", d.paragraphs().get(1).text());
    }

    @Test
    void markdownPipeTablesAreTablesAndTheirRuleLineIsDropped() {
        Document d = reader.parse("## Phụ lục 2\n\n| STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú |\n|---|:---|---|---:|---|\n"
                + "| **1.** | **Tổng số VBQPPL** | Văn bản | **12** | |\n| 1.1. | Cấp xã a\\|b | Văn bản | 11 | dòng<br>hai |\n\n"
                + "| 2. | Kiểm tra | % | 4 | |\nSau bảng\n");
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(4, t.rows().size());
        assertEquals("Số liệu", t.rows().get(0).textAt(3));
        assertEquals("Tổng số VBQPPL", t.rows().get(1).textAt(1));
        assertTrue(t.rows().get(1).cellAt(3).bold());
        assertEquals("12", t.rows().get(1).textAt(3));
        assertEquals("Cấp xã a|b", t.rows().get(2).textAt(1));
        assertEquals("", t.rows().get(1).textAt(4));
        assertEquals(List.of("Phụ lục 2", "Sau bảng"), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void markupAndFootnoteMarkersAreRemovedAndBoldRemembered() {
        Document d = reader.parse("<b>1.</b>\t<b>Tổng số VBQPPL⁶ do địa phương</b>\t<i>Văn bản</i>\t12\n");
        var row = d.tables().get(0).rows().get(0);
        assertEquals("Tổng số VBQPPL do địa phương", row.textAt(1));
        assertEquals("Văn bản", row.textAt(2));
        assertTrue(row.cellAt(1).bold());
    }

    @Test
    void markdownEmphasisIsStrippedFromParagraphs() {
        Document d = reader.parse("**Phụ lục 3**\n\n### Tình hình thực hiện\n");
        assertEquals("Phụ lục 3", d.paragraphs().get(0).text());
        assertEquals("Tình hình thực hiện", ((Paragraph) d.blocks().get(1)).text());
    }

    @Test
    void decomposedDiacriticsAreComposed() {
        String decomposed = "Thu\u0309 tu\u0323c";
        Document d = reader.parse(decomposed + "\n");
        assertEquals("Thủ tục", d.paragraphs().get(0).text());
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        byte[] body = "STT\tChỉ tiêu\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("STT", read(bytes).tables().get(0).rows().get(0).textAt(0));
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = "\uFEFFSTT\tChỉ tiêu\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Chỉ tiêu", read(le).tables().get(0).rows().get(0).textAt(1));
        byte[] be = "\uFEFFSTT\tChỉ tiêu\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Chỉ tiêu", read(be).tables().get(0).rows().get(0).textAt(1));
    }

    @Test
    void emptyAndBinaryInputsFailWithAReason() {
        assertEquals("empty file", assertThrows(ReadException.class, () -> read(new byte[0])).getMessage());
        ReadException blank = assertThrows(ReadException.class, () -> read("  \n\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(blank.getMessage().startsWith("empty"));
        ReadException bin = assertThrows(ReadException.class, () -> read(new byte[] {1, 2, 0, 4, 5}));
        assertTrue(bin.getMessage().contains("binary"));
    }

    @Test
    void invalidUtf8IsRefusedNotDecodedAsMojibake() {
        byte[] cp1258 = {'S', 'o', (byte) 0xE1, ' ', 'l', 'i', (byte) 0xEA, 'u'};
        ReadException e = assertThrows(ReadException.class, () -> read(cp1258));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
