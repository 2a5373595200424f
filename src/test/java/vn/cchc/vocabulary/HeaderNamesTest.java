package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderNamesTest {
    @Test
    void eachRoleByItsWordings() {
        assertEquals(ColumnRole.STT, HeaderNames.classify("Số TT").role());
        assertEquals(ColumnRole.LABEL, HeaderNames.classify("Chỉ tiêu thống kê").role());
        assertEquals(ColumnRole.UNIT, HeaderNames.classify("ĐVT").role());
        assertEquals(ColumnRole.VALUE, HeaderNames.classify("Số liệu (Quý I/2024)").role());
        assertEquals(ColumnRole.NOTE, HeaderNames.classify("Ghi chú:").role());
        assertTrue(HeaderNames.classify("Số liệu").strong());
        assertFalse(HeaderNames.classify("Kết quả thống kê").strong(), "may span unit and value");
        assertFalse(HeaderNames.classify("Năm 2023").strong(), "a period names the value column, weakly");
    }

    @Test
    void labelsThatStartLikeNamesStayLabels() {
        assertNull(HeaderNames.classify("Số liệu về biên chế công chức"));
        assertNull(HeaderNames.classify("Số TTHC cấp xã"));
        assertFalse(HeaderNames.namesRole("Tổng số văn bản"));
    }

    @Test
    void aNameBrokenInsideAWordIsStillOne() {
        assertEquals(ColumnRole.STT, HeaderNames.classify("S.T. T").role());
        assertEquals(ColumnRole.VALUE, HeaderNames.classify("Số lượng/T ỷ lệ").role());
    }

    /** A scan or a typo gets one letter of a long name wrong: still the name; a short one must be read right. */
    @Test
    void aLongNameWithOneLetterWrongIsStillOne() {
        assertEquals(ColumnRole.UNIT, HeaderNames.classify("Đơnvjị tính").role());
        assertEquals(ColumnRole.UNIT, HeaderNames.classify("Đơn v tính").role());
        assertEquals(ColumnRole.LABEL, HeaderNames.classify("Chỉ tiêu thống kc").role());
        assertNull(HeaderNames.classify("Đơn giá tính"), "two letters and more make another text");
        assertNull(HeaderNames.classify("Ghi chn"), "too short to tell a slip from another word");
        assertTrue(HeaderNames.withinOneEdit("donvitinh", "donvjitinh"));
        assertFalse(HeaderNames.withinOneEdit("donvitinh", "donvjtinh1"));
    }

    @Test
    void theFlattenedHeaderReadsTheSameWordings() {
        // one list: a wording the cell classifier knows is header text in flattened lines too
        for (HeaderNames.Wording w : HeaderNames.WORDINGS) {
            assertTrue(HeaderNames.namesRole(w.folded().strip()), w.folded());
            if (!w.everyday()) assertTrue(FlattenedHeader.isHeaderLine(w.folded()), w.folded());
        }
        assertTrue(FlattenedHeader.namesStatisticsColumns(List.of("Danh mục chỉ tiêu", "ĐV tính", "Số lượng/Tỷ lệ")));
        assertFalse(FlattenedHeader.isHeaderLine("Số lượng"), "an everyday word alone is a unit or a label as often");
    }
}
