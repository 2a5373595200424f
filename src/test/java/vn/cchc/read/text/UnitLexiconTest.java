package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitLexiconTest {
    private final UnitLexicon lexicon = UnitLexicon.standard();

    private UnitLexicon.Tail tail(String text) {
        return lexicon.findTail(text, 0).orElseThrow();
    }

    @Test
    void findsTheUnitThatAValueFollows() {
        UnitLexicon.Tail t = tail("Nhiệm vụ UBND thành phố giao Nhiệm vụ 0");
        assertEquals("Nhiệm vụ", t.unit());
        assertEquals("0", t.value());
        assertEquals("Nhiệm vụ UBND thành phố giao ".length(), t.unitStart());
    }

    @Test
    void prefersTheLongestUnit() {
        assertEquals("Cơ quan, đơn vị", tail("Số phòng đã kiểm tra Cơ quan, đơn vị 4").unit());
    }

    @Test
    void aValueMayBeOnTheNextLine() {
        assertEquals("5", tail("chỉ thị, quán triệt)\nVăn bản\n5").value());
    }

    @Test
    void readsCodedAnswersAsAUnit() {
        assertEquals("Có = 1; Không = 0", tail("Khảo sát sự hài lòng của người dân, tổ chức Có = 1; Không = 0 1").unit());
        assertEquals("Có=1; Không=1", tail("Đã thực hiện tự kiểm tra Có=1; Không=1 0").unit());
        assertEquals("Trực tuyến = 0; Phát phiếu = 1 Kết hợp = 2",
                tail("Hình thức khảo sát\nTrực tuyến = 0;\nPhát phiếu = 1\nKết hợp = 2\n1").unit());
    }

    @Test
    void aPercentGluedToTextIsNotAUnit() {
        UnitLexicon.Tail t = tail("Tỷ lệ sử dụng văn bản điện tử (1.1/1.2)% % 100");
        assertEquals("Tỷ lệ sử dụng văn bản điện tử (1.1/1.2)% ".length(), t.unitStart());
    }

    @Test
    void aDashIsAValue() {
        assertEquals("-", tail("Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra % -").value());
    }

    @Test
    void aUnitWordInsideALabelIsNotAUnit() {
        assertTrue(lexicon.findTail("Số nhiệm vụ đề ra trong kế hoạch", 0).isEmpty());
        assertTrue(lexicon.findTail("Tổ chức đối thoại với cộng đồng doanh nghiệp 0", 0).isEmpty());
        assertFalse(lexicon.startsWithUnit("Số lượng cán bộ, công chức bị kỷ luật"));
        assertTrue(lexicon.startsWithUnit("Số lượng 890"));
        assertTrue(lexicon.isUnitOnly("%"));
    }

    @Test
    void aUnitCutByALineBreak() {
        UnitLexicon.SplitTail s = lexicon.findSplitTail("Số nhiệm vụ đề ra trong kế hoạch Nhiệm 32").orElseThrow();
        assertEquals("Nhiệm vụ", s.tail().unit());
        assertEquals("vụ", s.rest());
        assertEquals("32", s.tail().value());
    }

    @Test
    void moreUnitsCanBeAdded() {
        assertTrue(lexicon.findTail("Số sáng kiến được công nhận Ý kiến 3", 0).isEmpty());
        assertEquals("Ý kiến", UnitLexicon.standard().with(List.of("Ý kiến")).findTail("Số ý kiến Ý kiến 3", 0).orElseThrow().unit());
    }
}
