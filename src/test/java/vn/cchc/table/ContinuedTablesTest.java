package vn.cchc.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

/** Word reports split a long table at a page break and repeat its header (or its title) by hand. */
class ContinuedTablesTest {
    private static Row plain(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cells.add(Cell.of(texts[i], i));
        return new Row(0, cells, null);
    }

    private static Table table(int index, Row... rows) {
        List<Row> all = new ArrayList<>();
        for (Row r : rows) all.add(r.withIndex(all.size()));
        return new Table(index, all, null);
    }

    private static Row header() {
        return plain("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú");
    }

    private static List<StatRow> rows(Block... blocks) {
        return new StatisticsTables().find(new Document("docx", List.of(blocks), List.of())).stream()
                .flatMap(t -> t.rows().stream()).toList();
    }

    @Test
    void aHeaderRepeatedByHandAfterAPageBreakContinuesTheTable() {
        List<StatRow> rows = rows(new Paragraph("BIỂU MẪU THỐNG KÊ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null),
                table(0, header(), plain("1.", "Số TTHC", "TTHC", "12", "")),
                table(1, header(), plain("1.1", "Cấp huyện", "TTHC", "5", "")));
        assertEquals(List.of(Section.TTHC, Section.TTHC), rows.stream().map(StatRow::section).toList());
        assertEquals("Số TTHC", rows.get(1).parentLabel());
        assertEquals(1, rows.get(1).table());
    }

    @Test
    void aTitleRepeatedAsContinuedContinuesTheTable() {
        List<StatRow> rows = rows(new Paragraph("Phụ lục 4", null), new Paragraph("BIỂU MẪU THỐNG KÊ VỀ CÔNG VỤ", null),
                table(0, header(), plain("1.", "Số công chức", "Người", "40", "")),
                new Paragraph("Phụ lục 4 (tiếp theo)", null),
                table(1, header(), plain("1.1", "Nữ", "Người", "15", "")));
        assertEquals(List.of(Section.CONGVU, Section.CONGVU), rows.stream().map(StatRow::section).toList());
        assertEquals("Số công chức", rows.get(1).parentLabel());
    }

    @Test
    void aHeadingNamingAnotherAreaStartsANewTable() {
        List<StatRow> rows = rows(new Paragraph("BIỂU MẪU THỐNG KÊ VỀ CÔNG VỤ", null),
                table(0, header(), plain("1.", "Số công chức", "Người", "40", "")),
                new Paragraph("BIỂU MẪU THỐNG KÊ VỀ TÀI CHÍNH CÔNG", null),
                table(1, header(), plain("1.", "Số đơn vị tự chủ", "Đơn vị", "3", "")));
        assertEquals(List.of(Section.CONGVU, Section.TCC), rows.stream().map(StatRow::section).toList());
    }

    @Test
    void aTitleRowInsideTheTableNamesItsArea() {
        Row title = new Row(0, List.of(new Cell("BIỂU MẪU THỐNG KÊ SỐ LIỆU CẢI CÁCH TÀI CHÍNH CÔNG", 0, 5, true)), null);
        List<StatRow> rows = rows(new Paragraph("Phụ lục 7", null),
                table(0, title, header(), plain("1.", "Số đơn vị tự chủ", "Đơn vị", "3", "")));
        assertEquals(1, rows.size());
        assertEquals(Section.TCC, rows.get(0).section());
    }

    @Test
    void aLabelStartingLikeAHeaderWordIsDataNotHeader() {
        List<StatRow> rows = rows(new Paragraph("BIỂU MẪU THỐNG KÊ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null),
                table(0, header(), plain("", "Số TTHC cấp xã (Bao gồm cả TTHC của cơ quan ngành dọc)", "Thủ tục", "123", ""),
                        plain("", "Số liệu về trao đổi văn bản điện tử", "", "", "")));
        assertEquals(List.of("123", ""), rows.stream().map(StatRow::valueRaw).toList());
    }

    @Test
    void aLongValueHeaderIsStillTheValueHeader() {
        List<StatRow> rows = rows(new Paragraph("BIỂU MẪU THỐNG KÊ CÔNG TÁC CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null),
                table(0, plain("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu (Quý I năm 2024, lũy kế từ đầu năm đến 15/3)"),
                        plain("1.", "Số TTHC", "Thủ tục", "12")));
        assertEquals(List.of("12"), rows.stream().map(StatRow::valueRaw).toList());
    }

    /**
     * A header row cut by a page break whose upper half, at the foot of the page, was not read as part of the table (a
     * scan finds no grid in a strip one line high; its words come out as text): the next table starts with "TT | | |
     * thực hiện |", which names roles only where the table before has them. It is a header, with the table before's
     * columns, and the table is read under its own heading.
     */
    @Test
    void theLowerHalfOfAHeaderCutByAPageBreakIsAHeader() {
        Row wide = plain("Số TT", "Chỉ tiêu", "Đơn vị", "Kết quả thực hiện", "Ghi chú");
        List<StatRow> rows = rows(new Paragraph("BIỂU SỐ 3 BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null),
                table(0, wide, plain("1", "Số TTHC cấp xã", "Thủ tục", "109", "")),
                new Paragraph("BIỂU SỐ 7 BIỂU THỐNG KÊ SỐ LIỆU XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ", null),
                new Paragraph("Số TT Chỉ tiêu", null),
                table(1, plain("TT", "", "", "thực hiện", ""), plain("1", "Tỷ lệ sử dụng văn bản điện tử", "%", "98", "")));
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(Section.CQS, rows.get(1).section());
        assertEquals("98", rows.get(1).valueRaw());
        assertEquals("%", rows.get(1).unit());
    }

    @Test
    void aFirstRowNamingRolesElsewhereThanTheTableBeforeIsNoHeader() {
        List<StatRow> rows = rows(new Paragraph("BIỂU SỐ 3 BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null),
                table(0, header(), plain("1", "Số TTHC cấp xã", "Thủ tục", "109", "")),
                new Paragraph("BIỂU SỐ 7 BIỂU THỐNG KÊ SỐ LIỆU XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ", null),
                table(1, plain("", "TT", "", "", "Số liệu"), plain("1", "Tỷ lệ sử dụng văn bản điện tử", "%", "98", "")));
        assertEquals(1, rows.size(), rows::toString);
    }
}
