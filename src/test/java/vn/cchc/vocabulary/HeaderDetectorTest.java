package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;

class HeaderDetectorTest {
    private final HeaderDetector detector = new HeaderDetector();

    static Row row(int index, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) list.add(Cell.of(cells[i], i));
        return new Row(index, list, null);
    }

    static List<Row> table(Row... rows) {
        return List.of(rows);
    }

    @Test
    void templateHeaderSplitOverTwoRows() {
        List<Row> t = table(
                row(0, "STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"),
                row(1, "", "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", "Đơn vị tính", "Số liệu", ""),
                row(2, "1.", "Số văn bản", "Văn bản", "3", ""));
        ColumnLayout l = detector.detect(t).orElseThrow();
        assertEquals(2, l.headerRows());
        assertEquals(0, l.column(ColumnRole.STT).orElseThrow());
        assertEquals(1, l.column(ColumnRole.LABEL).orElseThrow());
        assertEquals(2, l.column(ColumnRole.UNIT).orElseThrow());
        assertEquals(3, l.column(ColumnRole.VALUE).orElseThrow());
        assertEquals(4, l.column(ColumnRole.NOTE).orElseThrow());
    }

    @Test
    void mergedResultCellSpanningUnitAndValue() {
        Row h1 = new Row(0, List.of(Cell.of("STT", 0), Cell.of("Chỉ tiêu", 1), new Cell("Kết quả thống kê", 2, 2, false),
                Cell.of("Ghi chú", 4)), null);
        Row h2 = row(1, "", "", "Đơn vị tính", "Số liệu", "");
        ColumnLayout l = detector.detect(table(h1, h2)).orElseThrow();
        assertEquals(2, l.column(ColumnRole.UNIT).orElseThrow());
        assertEquals(3, l.column(ColumnRole.VALUE).orElseThrow());
    }

    @Test
    void otherOrderAndWordingOnOneRowWithTypos() {
        List<Row> t = table(row(0, "TT", "Chi tiêu", "Số liệu", "ĐVT", "Ghi chú"), row(1, "1", "x", "3", "Người", ""));
        ColumnLayout l = detector.detect(t).orElseThrow();
        assertEquals(1, l.headerRows());
        assertEquals(2, l.column(ColumnRole.VALUE).orElseThrow());
        assertEquals(3, l.column(ColumnRole.UNIT).orElseThrow());
    }

    @Test
    void resultColumnWithoutSeparateValueHeaderFollowsTheUnit() {
        List<Row> t = table(row(0, "STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"), row(1, "1", "x", "Người", "3"));
        assertEquals(3, detector.detect(t).orElseThrow().column(ColumnRole.VALUE).orElseThrow());
    }

    @Test
    void tablesWithoutTheRolesAreNotStatisticsTables() {
        Optional<ColumnLayout> none = detector.detect(table(row(0, "Họ và tên", "Chức vụ", "Ký tên"), row(1, "A", "B", "C")));
        assertTrue(none.isEmpty());
        assertTrue(detector.detect(table(row(0, "UBND HUYỆN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).isEmpty());
    }

    @Test
    void repeatedHeaderIsRecognisedButDataRowsAreNot() {
        assertTrue(detector.isRepeatedHeader(row(0, "STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú")));
        assertFalse(detector.isRepeatedHeader(row(0, "2.", "Số liệu về biên chế công chức", "", "", "")));
        assertFalse(detector.isRepeatedHeader(row(0, "1.1", "Kết quả", "Đơn vị tính", "", "")));
    }

    @Test
    void columnNumberingRowUnderTheHeaderIsPartOfIt() {
        for (String[] marks : List.of(new String[] {"1", "2", "3", "4", "5"}, new String[] {"(1)", "(2)", "(3)", "(4)", "(5)"},
                new String[] {"A", "B", "C", "1", "2"})) {
            List<Row> t = table(row(0, "TT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"), row(1, marks), row(2, "1", "Số văn bản", "Văn bản", "3", ""));
            assertEquals(2, detector.detect(t).orElseThrow().headerRows(), String.join(" ", marks));
            assertTrue(detector.isRepeatedHeader(row(5, marks)), "repeated on the next page");
        }
        assertFalse(detector.isRepeatedHeader(row(2, "1", "Số văn bản", "Văn bản", "3", "")));
    }

    @Test
    void valueColumnNamedByQuantityOrPeriod() {
        for (String value : List.of("Số lượng", "Quý I/2024", "Năm 2023", "6 tháng đầu năm 2024", "Kết quả thực hiện")) {
            List<Row> t = table(row(0, "STT", "Nội dung chỉ tiêu", "Đơn vị tính", value, "Ghi chú"), row(1, "1", "x", "Người", "3", ""));
            assertEquals(3, detector.detect(t).orElseThrow().column(ColumnRole.VALUE).orElseThrow(), value);
        }
    }

    @Test
    void otherSpellingsOfTheRoleNames() {
        List<Row> t = table(row(0, "S.T.T", "Danh mục chỉ tiêu", "ĐV tính", "Số lượng/Tỷ lệ", "Ghi chú"), row(1, "1", "x", "Người", "3", ""));
        ColumnLayout l = detector.detect(t).orElseThrow();
        assertEquals(0, l.column(ColumnRole.STT).orElseThrow());
        assertEquals(1, l.column(ColumnRole.LABEL).orElseThrow());
        assertEquals(2, l.column(ColumnRole.UNIT).orElseThrow());
        assertEquals(3, l.column(ColumnRole.VALUE).orElseThrow());
    }

    @Test
    void namesBrokenInsideAWordByANarrowCell() {
        List<Row> t = table(row(0, "S.T. T", "Danh mục chỉ tiêu", "ĐV tính", "Số lượng/T ỷ lệ", "Ghi chú"), row(1, "1", "x", "Người", "3", ""));
        ColumnLayout l = detector.detect(t).orElseThrow();
        assertEquals(0, l.column(ColumnRole.STT).orElseThrow());
        assertEquals(3, l.column(ColumnRole.VALUE).orElseThrow());
        assertTrue(HeaderNames.classify("Số liệu về biên chế") == null, "a label stays a label");
    }

    @Test
    void unnumberedDataRowThatReadsLikeNamesIsNotARepeatedHeader() {
        assertFalse(detector.isRepeatedHeader(row(7, "", "Kết quả giải quyết hồ sơ", "Số lượng", "5", "")));
        assertFalse(detector.isRepeatedHeader(row(7, "", "Nội dung tuyên truyền", "Số lượng", "12", "")));
        assertTrue(detector.isRepeatedHeader(row(7, "", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "")));
    }
}
