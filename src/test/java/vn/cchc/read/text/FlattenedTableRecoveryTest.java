package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;
import vn.cchc.vocabulary.Flag;

class FlattenedTableRecoveryTest {
    /** The header as a PDF-to-text tool leaves it: each cell on its own lines, "STT" and "Số liệu" broken. */
    private static final String HEADER = """
            ST

            T
            Chỉ tiêu thống kê

            Kết quả thống kê
            Ghi chú

            Đơn vị tính
            Số liệu

            """;

    private static List<Row> rows(String body) {
        List<RecoveredTable> tables = new FlattenedTableRecovery().recover(FlattenedTableRecovery.linesOf(HEADER + body));
        assertEquals(1, tables.size());
        return tables.get(0).rows();
    }

    private static String stt(Row r) {
        return r.textAt(0);
    }

    private static String label(Row r) {
        return r.textAt(1);
    }

    private static String unit(Row r) {
        return r.textAt(2);
    }

    private static String value(Row r) {
        return r.textAt(3);
    }

    private static String note(Row r) {
        return r.textAt(4);
    }

    @Test
    void rowsComeWithTheirColumnRolesAndNoMadeUpHeader() {
        List<RecoveredTable> t = new FlattenedTableRecovery().recover(FlattenedTableRecovery.linesOf(HEADER + "1 Số văn bản Văn bản 5\n"));
        Table table = t.get(0).toTable(0);
        ColumnLayout roles = table.knownColumns().orElseThrow();
        assertEquals(0, roles.headerRows());
        Row first = table.rows().get(0);
        assertEquals("1", first.textAt(roles.column(ColumnRole.STT).orElseThrow()));
        assertEquals("Số văn bản", first.textAt(roles.column(ColumnRole.LABEL).orElseThrow()));
        assertEquals("Văn bản", first.textAt(roles.column(ColumnRole.UNIT).orElseThrow()));
        assertEquals("5", first.textAt(roles.column(ColumnRole.VALUE).orElseThrow()));
        assertEquals(1, first.index(), "row 0 is the header the text had");
    }

    @Test
    void joinsARowNumberBrokenAtItsDot() {
        List<Row> r = rows("""
                2 Tỷ lệ hoàn thành Kế hoạch % 100

                2.

                1
                Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 6

                3.3.

                1

                Số vấn đề phát hiện qua kiểm tra Vấn đề 0
                """);
        assertEquals(List.of("2", "2.1", "3.3.1"), r.stream().map(FlattenedTableRecoveryTest::stt).toList());
        assertEquals("Số nhiệm vụ đề ra trong kế hoạch", label(r.get(1)));
        assertEquals("Nhiệm vụ", unit(r.get(1)));
        assertEquals("6", value(r.get(1)));
    }

    @Test
    void readsAWrappedLabelWithItsUnitAndValueOnTheNextLine() {
        List<Row> r = rows("""
                1
                Số văn bản chỉ đạo CCHC đã ban hành (Kết luận,

                chỉ thị, công văn chỉ đạo, quán triệt)
                Văn bản 5
                """);
        assertEquals(1, r.size());
        assertEquals("1", stt(r.get(0)));
        assertEquals("Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)", label(r.get(0)));
        assertEquals("Văn bản", unit(r.get(0)));
        assertEquals("5", value(r.get(0)));
    }

    @Test
    void dropsTheHeaderRepeatedAtAPageBreakAndStartsALabelAfterIt() {
        List<Row> r = rows("""
                1.4 Tổng số TTHC thuộc thẩm quyền giải quyết Thủ tục 1
                 Số TTHC thuộc thẩm quyền giải quyết của các sở,

                ban, ngành
                Thủ tục 19

                - NCC: 17
                 STT Chỉ tiêu thống kê
                Kết quả thống kê
                Ghi chú
                Đơn vị tính
                Số

                liệu

                Số TTHC cấp huyện (Bao gồm cả TTHC của cơ

                quan ngành dọc)
                Thủ tục 8 LĐTBXH: 08
                """);
        assertEquals(3, r.size());
        assertEquals("Số TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành", label(r.get(1)));
        assertEquals("- NCC: 17", note(r.get(1)));
        assertEquals("", stt(r.get(2)));
        assertEquals("Số TTHC cấp huyện (Bao gồm cả TTHC của cơ quan ngành dọc)", label(r.get(2)));
        assertEquals("8", value(r.get(2)));
        assertEquals("LĐTBXH: 08", note(r.get(2)));
    }

    @Test
    void keepsTextAfterTheValueAsTheNote() {
        List<Row> r = rows("""
                2 Tổng số biên chế có mặt tại thời điểm báo cáo Người 21 02 kiêm nhiệm

                1.1 Số TTHC đã được phê duyệt phương án đơn giản

                hóa
                Thủ tục 0

                Bỏ thành phần hồ

                sơ là hộ

                khẩu...

                1.2 Số TTHC công bố mới Thủ tục 0
                """);
        assertEquals("21", value(r.get(0)));
        assertEquals("02 kiêm nhiệm", note(r.get(0)));
        assertEquals("Số TTHC đã được phê duyệt phương án đơn giản hóa", label(r.get(1)));
        assertEquals("Bỏ thành phần hồ sơ là hộ khẩu...", note(r.get(1)));
        assertEquals("1.2", stt(r.get(2)));
    }

    @Test
    void aLoneNumberIsAValueUnlessALabelFollowsIt() {
        List<Row> r = rows("""
                II CẢI CÁCH THỂ CHẾ

                1 Tổng số VBQPPL ban hành Văn bản 0

                2 Kiểm tra, xử lý VBQPPL

                0

                3

                Rà soát VBQPPL
                """);
        assertEquals(List.of("II", "1", "2", "3"), r.stream().map(FlattenedTableRecoveryTest::stt).toList());
        assertEquals("CẢI CÁCH THỂ CHẾ", label(r.get(0)));
        assertEquals("0", value(r.get(2)));
        assertEquals("", unit(r.get(2)));
        assertTrue(r.get(2).flags().contains(Flag.VALUE_WITHOUT_UNIT));
        assertEquals("Rà soát VBQPPL", label(r.get(3)));
        assertEquals("", value(r.get(3)));
    }

    @Test
    void aYearBeforeTheUnitBelongsToTheLabel() {
        List<Row> r = rows("""
                5 Tỷ lệ phần trăm biên chế đã tinh giản so với năm

                2015
                % 0

                Số biên chế được

                giao năm

                2015
                """);
        assertEquals(1, r.size());
        assertEquals("Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015", label(r.get(0)));
        assertEquals("0", value(r.get(0)));
        assertEquals("Số biên chế được giao năm 2015", note(r.get(0)));
    }

    @Test
    void readsRowsWithoutANumberAndCodedUnits() {
        List<Row> r = rows("""
                3.1

                Tỷ lệ hồ sơ TTHC tiếp nhận được giải quyết đúng

                hạn
                % 100

                Tổng số hồ sơ TTHC đã tiếp nhận Hồ sơ 3775

                Số hồ sơ TTHC đã giải quyết xong Hồ sơ 3775

                5.2 Hình thức khảo sát

                Trực tuyến = 0;

                Phát phiếu = 1

                Kết hợp = 2

                1

                6 Khảo sát sự hài lòng của người dân, tổ chức Có = 1; Không = 0 1
                """);
        assertEquals(5, r.size());
        assertEquals("Tổng số hồ sơ TTHC đã tiếp nhận", label(r.get(1)));
        assertEquals("", stt(r.get(1)));
        assertEquals("Trực tuyến = 0; Phát phiếu = 1 Kết hợp = 2", unit(r.get(3)));
        assertEquals("1", value(r.get(3)));
        assertEquals("Khảo sát sự hài lòng của người dân, tổ chức", label(r.get(4)));
        assertEquals("Có = 1; Không = 0", unit(r.get(4)));
    }

    @Test
    void aRowOfOnlyAUnitAndValueSharesTheLabelAboveAndIsFlagged() {
        List<Row> r = rows("""
                1.2
                Số nhiệm vụ đã hoàn thành đúng hạn NV Tp giao 0

                NV Tỉnh giao 3
                """);
        assertEquals(2, r.size());
        assertEquals("Số nhiệm vụ đã hoàn thành đúng hạn (NV Tp giao)", label(r.get(0)));
        assertEquals("Số nhiệm vụ đã hoàn thành đúng hạn (NV Tỉnh giao)", label(r.get(1)));
        assertEquals("3", value(r.get(1)));
        assertTrue(r.get(1).flags().contains(Flag.LABEL_FROM_ROW_ABOVE));
    }

    @Test
    void learnsAUnitTheLexiconLacksFromTheTableItself() {
        List<Row> r = rows("""
                3.2 Tỷ lệ giải quyết phản ánh % 50

                Tổng số ý kiến đã tiếp nhận (trực tiếp hoặc do cơ

                quan có thẩm quyền chuyển đến)
                Ý kiến 4

                Số ý kiến đã giải quyết xong Ý kiến 2
                """);
        assertEquals(3, r.size());
        assertEquals("Số ý kiến đã giải quyết xong", label(r.get(2)));
        assertEquals("Ý kiến", unit(r.get(2)));
        assertEquals("2", value(r.get(2)));
    }

    @Test
    void theCataloguesUnitsCanBeAdded() {
        UnitLexicon lexicon = UnitLexicon.standard().with(List.of("Sáng kiến"));
        List<RecoveredTable> t = new FlattenedTableRecovery(lexicon)
                .recover(FlattenedTableRecovery.linesOf(HEADER + "1 Số sáng kiến được công nhận Sáng kiến 7\n"));
        Row row = t.get(0).rows().get(0);
        assertEquals("Sáng kiến", unit(row));
        assertEquals("7", value(row));
    }

    @Test
    void theTableEndsAtTheSignatureBlock() {
        String text = HEADER + "1 Số văn bản Văn bản 5\n\nNơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\n";
        List<SourceLine> lines = FlattenedTableRecovery.linesOf(text);
        List<RecoveredTable> t = new FlattenedTableRecovery().recover(lines);
        assertEquals(1, t.get(0).rows().size());
        assertEquals("Nơi nhận:", lines.get(t.get(0).endLine()).text().isBlank()
                ? lines.get(t.get(0).endLine() + 1).text() : lines.get(t.get(0).endLine()).text());
    }

    @Test
    void textWithoutAFlattenedHeaderHasNoTable() {
        String text = "Kết quả thống kê cho thấy\n1 Số văn bản Văn bản 5\n";
        assertTrue(new FlattenedTableRecovery().recover(FlattenedTableRecovery.linesOf(text)).isEmpty());
    }

    @Test
    void rowsKeepTheirPages() {
        List<SourceLine> lines = List.of(new SourceLine("STT", 3), new SourceLine("Chỉ tiêu thống kê", 3),
                new SourceLine("Đơn vị tính", 3), new SourceLine("Số liệu", 3),
                new SourceLine("1 Số văn bản Văn bản 5", 3), new SourceLine("2 Số nhiệm vụ Nhiệm vụ 6", 4));
        RecoveredTable t = new FlattenedTableRecovery().recover(lines).get(0);
        assertEquals(3, t.page());
        assertEquals(4, t.rows().get(1).page());
    }

    /** A PDF text layer read in reading order: each row's first line holds label, unit, value and note. */
    private static final String VALUE_FIRST = """
            STT Chỉ tiêu thống kê (Sử dụng trong kỳ báo Kết quả thống kê Ghi chú
            cáo hàng quý, 6 tháng, năm) Đơn vị Số liệu
            tính
            1. Số văn bản chỉ đạo CCHC đã ban hành (Kết Văn bản 03
            luận, chỉ thị, công văn chỉ đạo, quán triệt)
            2.1 Số nhiệm vụ đề ra trong kế hoạch Nhiệm 32
            vụ
            4.1 Tổng số nhiệm vụ được giao Nhiệm 52 Số nhiệm vụ
            vụ chờ xác
            nhận: 02
            6 Khảo sát sự hài lòng của người dân, tổ Có = 1; 1
            chức Không =
            0
            7. Kiểm tra, xử lý VBQPPL 11
            """;

    @Test
    void readsATableWhoseRowsBeginWithTheirValue() {
        List<Row> r = new FlattenedTableRecovery().recover(FlattenedTableRecovery.linesOf(VALUE_FIRST)).get(0).rows();
        assertEquals(5, r.size());
        assertEquals("Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)", label(r.get(0)));
        assertEquals("03", value(r.get(0)));
        assertEquals("Nhiệm vụ", unit(r.get(1)));
        assertEquals("Số nhiệm vụ đề ra trong kế hoạch", label(r.get(1)));
        assertEquals("32", value(r.get(1)));
        assertEquals("Tổng số nhiệm vụ được giao", label(r.get(2)));
        assertEquals("Số nhiệm vụ chờ xác nhận: 02", note(r.get(2)));
        assertTrue(r.get(2).flags().contains(Flag.NOTE_MAY_INCLUDE_LABEL));
        assertEquals("Khảo sát sự hài lòng của người dân, tổ chức", label(r.get(3)));
        assertEquals("Có = 1; Không = 0", unit(r.get(3)));
        assertEquals("1", value(r.get(3)));
        assertEquals("11", value(r.get(4)));
        assertTrue(r.get(4).flags().contains(Flag.VALUE_WITHOUT_UNIT));
    }

    @Test
    void aLowerCaseUnitWordInsideALabelIsNotAUnit() {
        List<Row> r = rows("""
                7 Tổ chức đối thoại với cộng đồng doanh nghiệp 0 lần
                """);
        assertEquals("", value(r.get(0)));
    }

    @Test
    void aRowNumberWhoseDotWentToItsOwnLine() {
        List<Row> r = rows("""
                2.2.1
                .
                Tổng số VBQPPL cần phải xử lý sau kiểm
                tra
                Văn bản 0
                """);
        assertEquals("2.2.1", stt(r.get(0)));
        assertEquals("Tổng số VBQPPL cần phải xử lý sau kiểm tra", label(r.get(0)));
    }

    @Test
    void refusesATableWhoseTextRunsColumnByColumn() {
        String text = HEADER + """
                1.
                2.1
                2.2
                3.
                3.1
                Số văn bản chỉ đạo CCHC đã ban hành
                Số nhiệm vụ đề ra trong kế hoạch
                Số nhiệm vụ đã hoàn thành
                Kiểm tra CCHC
                Số phòng đã kiểm tra
                Văn bản 03
                Nhiệm vụ
                32
                10
                0
                """;
        FlattenedTableRecovery.Result found = new FlattenedTableRecovery().recoverWithWarnings(FlattenedTableRecovery.linesOf(text));
        assertTrue(found.tables().isEmpty());
        assertEquals(1, found.warnings().size());
        assertTrue(found.warnings().get(0).contains("column by column"));
    }

    @Test
    void theHeadersColumnNumbersAreNotRows() {
        for (String numbering : List.of("(1) (2) (3) (4) (5)\n", "1\n2\n3\n4\n5\n", "A\nB\n1\n2\n3\n")) {
            List<Row> r = rows(numbering + "1\nSố văn bản chỉ đạo Văn bản 5\n");
            assertEquals(1, r.size(), numbering);
            assertEquals("1", stt(r.get(0)));
            assertEquals("5", value(r.get(0)));
        }
    }

    @Test
    void aPageNumberBeforeTheRepeatedHeaderIsDropped() {
        List<Row> r = rows("""
                3 Kiểm tra CCHC
                3.1 Số phòng đã kiểm tra Cơ quan, đơn vị 4
                12
                STT Chỉ tiêu thống kê
                Đơn vị tính
                Số liệu
                3.2 Số UBND cấp xã đã kiểm tra Cơ quan, đơn vị 7
                """);
        assertEquals(3, r.size());
        assertEquals("", note(r.get(1)));
        assertEquals("7", value(r.get(2)));
    }

    @Test
    void aWrappedBulletedLabelOpensARowWithoutANumber() {
        List<Row> r = rows("""
                3.1 Tỷ lệ hồ sơ TTHC tiếp nhận được giải quyết đúng hạn % 100

                - Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong kỳ

                báo cáo
                Hồ sơ 3775
                """);
        assertEquals(2, r.size());
        assertEquals("- Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong kỳ báo cáo", label(r.get(1)));
        assertEquals("", note(r.get(0)));
    }

    @Test
    void aSectionTitleInOrdinaryCase() {
        List<Row> r = rows("""
                VII. Xây dựng và phát triển chính quyền

                điện tử, chính quyền số

                1 Tỷ lệ sử dụng văn bản điện tử % 100
                """);
        assertEquals("VII", stt(r.get(0)));
        assertEquals("Xây dựng và phát triển chính quyền điện tử, chính quyền số", label(r.get(0)));
        assertEquals("1", stt(r.get(1)));
    }

    @Test
    void aLowerCaseUnitOnALineOfItsOwnIsAUnit() {
        List<Row> r = rows("""
                1 Số văn bản chỉ đạo CCHC đã ban hành (Kết luận,
                chỉ thị, công văn chỉ đạo, quán triệt)
                văn bản 5
                """);
        assertEquals("văn bản", unit(r.get(0)));
        assertEquals("5", value(r.get(0)));
    }

    @Test
    void aUnitMissingFromTheListOnALineOfItsOwnIsReadAndFlagged() {
        List<Row> r = rows("""
                4 Số buổi đối thoại với người dân, doanh nghiệp trong

                kỳ báo cáo
                Buổi 2
                """);
        assertEquals("Số buổi đối thoại với người dân, doanh nghiệp trong kỳ báo cáo", label(r.get(0)));
        assertEquals("Buổi", unit(r.get(0)));
        assertEquals("2", value(r.get(0)));
        assertTrue(r.get(0).flags().contains(Flag.UNIT_NOT_IN_LIST));
    }

    @Test
    void aHeaderBrokenIntoSingleWordsAndANumberBrokenBeforeItsDot() {
        String text = """
                T
                T
                Chỉ
                tiêu
                Đơn vị
                tính
                Số
                liệu
                2
                .1 Số nhiệm vụ đã hoàn thành Nhiệm vụ 6
                """;
        List<Row> r = new FlattenedTableRecovery().recover(FlattenedTableRecovery.linesOf(text)).get(0).rows();
        assertEquals("2.1", stt(r.get(0)));
        assertEquals("Số nhiệm vụ đã hoàn thành", label(r.get(0)));
    }
}
