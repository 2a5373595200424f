package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Table;

class TextReaderFlattenedTest {
    private static final String FLATTENED = """
            Phụ lục 1
            KẾT QUẢ TRIỂN KHAI CẢI CÁCH HÀNH CHÍNH NĂM 2023
            STT
            Chỉ tiêu thống kê
            Đơn vị tính
            Số liệu
            I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1 Số văn bản chỉ đạo CCHC đã ban hành Văn bản 5
            """;

    @Test
    void recoversAFlattenedTableWithoutBeingAsked() {
        Document doc = new TextReader().parse(FLATTENED + "\fNơi nhận:\n");
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals("I", t.rows().get(0).textAt(0));
        assertEquals("5", t.rows().get(1).textAt(3));
        // the lines around the table stay paragraphs, in order
        assertEquals("Phụ lục 1", ((Paragraph) doc.blocks().get(0)).text());
        assertTrue(doc.blocks().get(2) instanceof Table);
        assertEquals("Nơi nhận:", ((Paragraph) doc.blocks().get(3)).text());
        assertEquals(2, ((Paragraph) doc.blocks().get(3)).page());
    }

    @Test
    void tabTablesTakePrecedence() {
        Document doc = new TextReader().parse(FLATTENED + "STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n1\tSố văn bản\tVăn bản\t5\n");
        assertEquals(1, doc.tables().size());
        assertEquals("STT", doc.tables().get(0).rows().get(0).textAt(0));
        assertEquals(2, doc.tables().get(0).rows().size());
    }

    @Test
    void aTitleWrappedOverLinesStaysOneParagraph() {
        Document doc = new TextReader().parse("""
                BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH
                CHÍNH(Ban hành kèm theo Báo cáo số 863/BC-SKHĐT)
                STT Chỉ tiêu thống kê Đơn vị tính Số liệu
                1. Số TTHC công bố mới Thủ tục 3
                """);
        assertEquals("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH(Ban hành kèm theo Báo cáo số 863/BC-SKHĐT)",
                ((Paragraph) doc.blocks().get(0)).text());
        assertEquals(1, doc.tables().size());
    }
}
