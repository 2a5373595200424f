package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FlattenedHeaderTest {
    @Test
    void headerLinesAreMadeOnlyOfHeaderWords() {
        assertTrue(FlattenedHeader.isHeaderLine("ST"));
        assertTrue(FlattenedHeader.isHeaderLine(" STT Chỉ tiêu thống kê "));
        assertTrue(FlattenedHeader.isHeaderLine("STT Chỉ tiêu thống kê (Sử dụng trong kỳ báo Kết quả thống kê Ghi chú"));
        assertTrue(FlattenedHeader.isHeaderLine("cáo hàng quý, 6 tháng, năm) Đơn vị Số liệu"));
        assertFalse(FlattenedHeader.isHeaderLine("Số lượng phiếu khảo sát Số lượng 890"));
        assertFalse(FlattenedHeader.isHeaderLine("1 Số văn bản"));
    }

    @Test
    void aHeaderNamesTheLabelTheValueAndOneMoreColumn() {
        assertTrue(FlattenedHeader.namesStatisticsColumns(
                List.of("ST", "T", "Chỉ tiêu thống kê", "Kết quả thống kê", "Ghi chú", "Đơn vị tính", "Số", "liệu")));
        assertTrue(FlattenedHeader.namesStatisticsColumns(List.of("TT", "Nội dung", "ĐVT", "Kết quả")));
        assertFalse(FlattenedHeader.namesStatisticsColumns(List.of("Kết quả thống kê", "Ghi chú")));
        assertFalse(FlattenedHeader.namesStatisticsColumns(List.of("STT", "Chỉ tiêu thống kê")));
    }
}
