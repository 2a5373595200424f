package vn.cchc.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

/** Word tables merge cells across role columns; a merged cell is read once, in the first role column it covers. */
class MergedCellRolesTest {
    private static Row row(int index, Cell... cells) {
        return new Row(index, List.of(cells), null);
    }

    private static Row plain(int index, String... texts) {
        Cell[] cells = new Cell[texts.length];
        for (int i = 0; i < texts.length; i++) cells[i] = Cell.of(texts[i], i);
        return row(index, cells);
    }

    private static List<StatRow> rows(Row... body) {
        List<Row> all = new java.util.ArrayList<>();
        all.add(plain(0, "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"));
        for (Row r : body) all.add(r.withIndex(all.size()));
        List<Block> blocks = List.of(new Paragraph("Phụ lục", null), new Table(0, all, null));
        return new StatisticsTables().find(new Document("docx", blocks, List.of())).get(0).rows();
    }

    @Test
    void aSectionTitleMergedAcrossTheRowIsASectionRowNotAValue() {
        List<StatRow> rows = rows(
                row(0, Cell.of("II", 0), new Cell("CẢI CÁCH THỂ CHẾ", 1, 4, true)),
                plain(0, "1.", "Số VBQPPL đã ban hành", "Văn bản", "2", ""));
        assertEquals(1, rows.size());
        assertEquals(Section.THECHE, rows.get(0).section());
        assertEquals("2", rows.get(0).valueRaw());
    }

    @Test
    void aLabelMergedOverTheUnitColumnLeavesTheUnitEmpty() {
        List<StatRow> rows = rows(row(0, Cell.of("3.", 0), new Cell("Kiểm tra CCHC", 1, 2, false), Cell.of("", 3), Cell.of("", 4)));
        assertEquals("Kiểm tra CCHC", rows.get(0).label());
        assertEquals("", rows.get(0).unit());
        assertEquals("", rows.get(0).valueRaw());
    }

    @Test
    void aValueMergedOverTheNoteColumnIsTheValue() {
        List<StatRow> rows = rows(row(0, Cell.of("1.", 0), Cell.of("Số cuộc kiểm tra", 1), Cell.of("Cuộc", 2), new Cell("03", 3, 2, false)));
        assertEquals("03", rows.get(0).valueRaw());
        assertEquals("", rows.get(0).note());
    }
}
