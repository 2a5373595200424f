package vn.cchc.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Document;
import vn.cchc.read.text.TextReader;
import vn.cchc.vocabulary.Flag;

class StatisticsTablesTest {
    private static final String HEADER = "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú\n"
            + "\t(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tĐơn vị tính\tSố liệu\t\n";

    private static List<StatRow> rows(String text) {
        Document d = new TextReader().parse(text);
        return new StatisticsTables().find(d).stream().flatMap(t -> t.rows().stream()).toList();
    }

    /** "3.2. Tỷ lệ …" then "1.", "2.": children numbered from 1 again under their parent, then the table's own "3.3". */
    @Test
    void childrenRenumberedFromOneGetTheRowAboveAsParent() {
        String rate = "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn";
        List<StatRow> r = rows("Phụ lục 4\n\nBIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n" + HEADER
                + "1.\tThống kê TTHC\t\t\t\n3.\tKết quả giải quyết TTHC\t\t\t\n"
                + "3.2.\t" + rate + "\t%\t99,6\t\n"
                + "1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t1353\t\n"
                + "2.\tSố hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t1348\t\n"
                + "3.3.\tTỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn\t%\t99,5\t\n"
                + "4.\tThực hiện cơ chế một cửa\t\t\t\n"
                + "4.1.\tSố TTHC liên thông cùng cấp\tThủ tục\t2\t\n");
        assertEquals(rate, r.get(3).parentLabel());
        assertEquals(rate, r.get(4).parentLabel());
        assertEquals("Kết quả giải quyết TTHC", r.get(5).parentLabel());
        assertNull(r.get(6).parentLabel());
        assertEquals("Thực hiện cơ chế một cửa", r.get(7).parentLabel());

        // under a top-level "2.", the "3." after its children "1.", "2." is the table's own next row
        List<StatRow> t = rows("Phụ lục 4\n\nBIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n" + HEADER
                + "1.\tSố TTHC công bố mới\tThủ tục\t3\t\n2.\tTỷ lệ hồ sơ TTHC do UBND xã tiếp nhận được giải quyết đúng hạn\t%\t98,7\t\n"
                + "1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t1520\t\n2.\tSố hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t1500\t\n"
                + "3.\tTỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC\t%\t100\t\n");
        assertEquals(t.get(1).label(), t.get(2).parentLabel());
        assertEquals(t.get(1).label(), t.get(3).parentLabel());
        assertNull(t.get(4).parentLabel());
    }

    @Test
    void sectionComesFromTheAppendixHeading() {
        List<StatRow> r = rows("Phụ lục 4\n\nBIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n"
                + "(Ban hành kèm theo Báo cáo số 863/BC-SKHĐT của Sở Kế hoạch và Đầu tư)\n\n" + HEADER
                + "1.\tThống kê TTHC\t\t\t\n1.1.\tSố TTHC công bố mới\tThủ tục\t0\t\n");
        assertEquals(2, r.size());
        assertTrue(r.stream().allMatch(x -> x.section() == Section.TTHC));
        assertEquals("Thống kê TTHC", r.get(1).parentLabel());
    }

    @Test
    void headingAndAttachmentLineInOneParagraph() {
        List<StatRow> r = rows("THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH TỔ CHỨC BỘ MÁY(Ban hành kèm theo Báo cáo số 1 của Sở Tài chính)\n"
                + HEADER + "1.\tA\tNgười\t1\t\n");
        assertEquals(Section.TCBM, r.get(0).section());
    }

    @Test
    void titleAfterTheAttachmentBracketInOneParagraph() {
        // a PDF line joiner puts "Biểu số 02", the bracket and the title that follows it in one paragraph
        List<StatRow> r = rows("Biểu số 02 (Ban hành kèm theo Báo cáo số 12/BC-UBND của UBND huyện) SỐ LIỆU CẢI CÁCH THỂ CHẾ\n"
                + HEADER + "1.\tA\tVăn bản\t1\t\n");
        assertEquals(Section.THECHE, r.get(0).section());
    }

    @Test
    void sectionRowsInsideOneBigTable() {
        List<StatRow> r = rows(HEADER + "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\t\t\t\n1\tSố văn bản\tVăn bản\t5\t\n"
                + "IV\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\n1.1\tSố TTHC công bố mới\tThủ tục\t0\t\n");
        assertEquals(2, r.size());
        assertEquals(Section.CDDH, r.get(0).section());
        assertEquals(Section.TTHC, r.get(1).section());
    }

    @Test
    void repeatedHeaderBlankLinesAndNoteContinuation() {
        List<StatRow> r = rows("Phụ lục 5 CẢI CÁCH TỔ CHỨC BỘ MÁY\n" + HEADER
                + "3.1.\tTổng số người làm việc được giao\tNgười\t23\t3 biên chế sự\n\n\t\t\t\tnghiệp\n"
                + HEADER + "3.2.\tTổng số có mặt\tNgười\t20\t\n");
        assertEquals(2, r.size());
        assertEquals("3 biên chế sự nghiệp", r.get(0).note());
        assertEquals("3.2.", r.get(1).stt());
    }

    @Test
    void continuationTableAfterAPageNumberKeepsLayoutAndSection() {
        List<StatRow> r = rows("Phụ lục 7 CẢI CÁCH TÀI CHÍNH CÔNG\n" + HEADER + "1.\tA\t%\t1\t\n"
                + "\n7\n\nnot a table line\n" + "2.\tB\tĐơn vị\t2\t\n");
        // the paragraph between them is not trivial, so the second piece is not a continuation
        assertEquals(1, r.size());
        List<StatRow> joined = rows("Phụ lục 7 CẢI CÁCH TÀI CHÍNH CÔNG\n" + HEADER + "1.\tA\t%\t1\t\n"
                + "\n7\n\n" + "2.\tB\tĐơn vị\t2\t\n");
        assertEquals(2, joined.size());
        assertEquals(Section.TCC, joined.get(1).section());
    }

    @Test
    void titleWrappedOverTwoLinesStillNamesTheSection() {
        List<StatRow> r = rows("Phụ lục 4\nBIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH\nCHÍNH\n" + HEADER
                + "1.1.\tSố TTHC công bố mới\tThủ tục\t0\t\n");
        assertEquals(Section.TTHC, r.get(0).section());
    }

    @Test
    void unknownSectionIsFlaggedNotGuessed() {
        List<StatRow> r = rows("Phụ lục\n" + HEADER + "1.\tA\tNgười\t1\t\n");
        assertNull(r.get(0).section());
        assertTrue(r.get(0).flags().contains(Flag.NO_SECTION));
    }

    @Test
    void sectionNames() {
        assertEquals(Section.CQS, Section.fromHeading("XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ").orElseThrow());
        assertEquals(Section.CDDH, Section.fromHeading("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH").orElseThrow());
        assertEquals(Section.CONGVU, Section.fromHeading("Biểu mẫu 5 / Cải cách chế độ công vụ").orElseThrow());
        assertEquals(Section.THECHE, Section.fromHeading("BÁO CÁO CẢI CÁCH THỂ CHẾ").orElseThrow());
        assertTrue(Section.fromHeading("Cung cấp dịch vụ công trực tuyến").isEmpty());
        // wordings of other years and offices
        assertEquals(Section.TCBM, Section.fromHeading("CẢI CÁCH BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC").orElseThrow());
        assertEquals(Section.TCBM, Section.fromHeading("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC").orElseThrow());
        assertEquals(Section.CONGVU, Section.fromHeading("CẢI CÁCH CHẾ ĐỘ CÔNG CHỨC, CÔNG VỤ").orElseThrow());
        assertEquals(Section.CONGVU, Section.fromHeading("V. XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC")
                .orElseThrow());
        assertEquals(Section.CQS, Section.fromHeading("HIỆN ĐẠI HÓA HÀNH CHÍNH").orElseThrow());
        assertEquals(Section.CQS, Section.fromHeading("VII. CHUYỂN ĐỔI SỐ").orElseThrow());
        assertEquals(Section.CDDH, Section.fromHeading("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").orElseThrow());
    }
}
