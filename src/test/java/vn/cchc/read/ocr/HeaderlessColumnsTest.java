package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;

/** The columns of a scanned table with no header, from what they hold; none when that leaves a doubt. */
class HeaderlessColumnsTest {
    private static final List<String> STT = List.of("1.1", "2", "2.1", "2.2", "2.2.1");
    private static final List<String> LABELS = List.of("Số VBQPPL đã kiểm tra theo thẩm quyền", "Rà soát VBQPPL",
            "Số VBQPPL đã rà soát thuộc thẩm quyền", "Tỷ lệ xử lý VBQPPL sau rà soát", "Tổng số VBQPPL cần phải xử lý");
    private static final List<String> UNITS = List.of("Văn bản", "", "Văn bản", "%", "Đơnvj");
    private static final List<String> VALUES = List.of("14", "", "37", "50", "4");

    @Test
    void rowNumbersLabelUnitValueAndNote() {
        ColumnLayout l = HeaderlessColumns.infer(List.of(STT, LABELS, UNITS, VALUES, List.of("", "", "", "", ""))).orElseThrow();
        assertEquals(0, l.column(ColumnRole.STT).orElseThrow());
        assertEquals(1, l.column(ColumnRole.LABEL).orElseThrow());
        assertEquals(2, l.column(ColumnRole.UNIT).orElseThrow());
        assertEquals(3, l.column(ColumnRole.VALUE).orElseThrow());
        assertEquals(4, l.column(ColumnRole.NOTE).orElseThrow());
        assertEquals(0, l.headerRows());
    }

    @Test
    void withoutAUnitColumnTheValueFollowsTheLabel() {
        ColumnLayout l = HeaderlessColumns.infer(List.of(STT, LABELS, List.of("14", "-", "37", "99,6", "Không"))).orElseThrow();
        assertEquals(2, l.column(ColumnRole.VALUE).orElseThrow());
        assertTrue(l.column(ColumnRole.UNIT).isEmpty());
    }

    @Test
    void twoColumnsOfNumbersLeaveTheValueInDoubt() {
        // two periods (or plan and result) and no header to say which is the report's: no layout, never a guess
        assertTrue(HeaderlessColumns.infer(List.of(STT, LABELS, UNITS, VALUES, List.of("12", "", "30", "45", "3"))).isEmpty());
    }

    @Test
    void noRowNumbersNoLayout() {
        assertTrue(HeaderlessColumns.infer(List.of(LABELS, UNITS, VALUES)).isEmpty());
        assertTrue(HeaderlessColumns.infer(List.of(List.of("a", "b", "c", "d", "e"), LABELS, UNITS, VALUES)).isEmpty());
    }

    @Test
    void aColumnOfWordsWhereTheNumbersShouldBeIsNoValueColumn() {
        List<String> notes = List.of("Chuyển về năm 2018", "", "Trung tâm", "đã xong", "ghi chú");
        assertTrue(HeaderlessColumns.infer(List.of(STT, LABELS, UNITS, notes)).isEmpty());
    }

    @Test
    void tooFewFilledCellsSayNothing() {
        assertTrue(HeaderlessColumns.infer(List.of(List.of("1.1", "1.2"), List.of("Số văn bản ban hành", "Số nhiệm vụ"),
                List.of("Văn bản", "Nhiệm vụ"), List.of("3", "4"))).isEmpty());
    }
}
