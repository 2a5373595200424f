package vn.cchc.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.HeaderDetector;
import vn.cchc.vocabulary.ValueColumn;

class ValueColumnsTest {
    private static List<ValueColumn> header(String... names) {
        List<ValueColumn> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) out.add(ValueColumn.of(3 + i, names[i]));
        return out;
    }

    private static ValueColumns.Choice choose(String period, String... names) {
        return ValueColumns.choose(header(names), period);
    }

    @Test
    void sameTimeLastYearIsNeverTheValue() {
        ValueColumns.Choice c = choose("2024-Q1", "Cùng kỳ năm 2023", "Quý I năm 2024");
        assertEquals(1, c.chosen());
        assertEquals(0, c.previous());
        assertFalse(c.guessed());
        assertEquals(List.of("2023-Q1", "2024-Q1"), c.keys());
        // whatever the order, and with no period known for the report
        c = choose(null, "Năm 2024", "Cùng kỳ năm trước");
        assertEquals(0, c.chosen());
        assertEquals(1, c.previous());
        assertFalse(c.guessed());
    }

    @Test
    void theResultNotThePlan() {
        ValueColumns.Choice c = choose("2024", "Kế hoạch năm 2024", "Thực hiện năm 2024");
        assertEquals(1, c.chosen());
        assertFalse(c.guessed());
        assertEquals(List.of("ke_hoach", "thuc_hien"), c.keys());
        assertEquals(-1, c.previous());
    }

    @Test
    void twoYearsTheReportsOwn() {
        ValueColumns.Choice c = choose("2024-H1", "Năm 2023", "Năm 2024");
        assertEquals(1, c.chosen());
        assertEquals(0, c.previous());
        assertFalse(c.guessed());
        // the report's year first: the reading is the header's, not the position's
        c = choose("2023", "Năm 2023", "Năm 2024");
        assertEquals(0, c.chosen());
        assertFalse(c.guessed());
    }

    @Test
    void quartersByTheReportsQuarter() {
        ValueColumns.Choice c = choose("2024-Q2", "Quý I", "Quý II", "Quý III", "Quý IV");
        assertEquals(1, c.chosen());
        assertFalse(c.guessed());
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"), c.keys());
        c = choose("2024", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm");
        assertEquals(4, c.chosen());
        assertFalse(c.guessed());
    }

    @Test
    void whenTheHeaderDoesNotSayTheChoiceIsFlagged() {
        ValueColumns.Choice c = choose(null, "Năm 2023", "Năm 2024");
        assertEquals(1, c.chosen()); // the latest
        assertTrue(c.guessed());
        c = choose("2025-Q1", "Quý I/2023", "Quý I/2024");
        assertEquals(1, c.chosen());
        assertTrue(c.guessed());
        c = choose("2024", "Quý I", "Quý II");
        assertTrue(c.guessed());
    }

    @Test
    void previousPeriodIsNotLastYear() {
        ValueColumns.Choice c = choose("2024-Q2", "Kỳ trước", "Kỳ này");
        assertEquals(1, c.chosen());
        assertEquals(-1, c.previous());
        assertFalse(c.guessed());
    }

    @Test
    void headerDetectorFindsValueColumnsUnderAMergedName() {
        Row top = new Row(0, List.of(Cell.of("STT", 0), Cell.of("Chỉ tiêu thống kê", 1), Cell.of("Đơn vị tính", 2),
                new Cell("Số liệu", 3, 2, false), Cell.of("Ghi chú", 5)), null);
        Row below = new Row(1, List.of(Cell.of("Năm 2023", 3), Cell.of("Năm 2024", 4)), null);
        Row data = new Row(2, List.of(Cell.of("1.", 0), Cell.of("Số văn bản", 1), Cell.of("Văn bản", 2), Cell.of("3", 3),
                Cell.of("5", 4)), null);
        ColumnLayout layout = new HeaderDetector().detect(List.of(top, below, data)).orElseThrow();
        assertEquals(2, layout.valueColumns().size());
        assertEquals("2023", layout.valueColumns().get(0).period());
        assertEquals("2024", layout.valueColumns().get(1).period());
        // a single "Số liệu" column is no several-column table
        Row plain = new Row(0, List.of(Cell.of("STT", 0), Cell.of("Chỉ tiêu", 1), Cell.of("ĐVT", 2), Cell.of("Số liệu", 3)), null);
        assertTrue(new HeaderDetector().detect(List.of(plain, data)).orElseThrow()
                .valueColumns().isEmpty());
        assertNull(ValueColumn.of(3, "Ghi chú"));
    }
}
