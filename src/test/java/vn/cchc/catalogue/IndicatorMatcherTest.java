package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.table.Section;
import vn.cchc.table.StatRow;

class IndicatorMatcherTest {
    private static final IndicatorMatcher MATCHER = new IndicatorMatcher(Catalogue.builtIn());

    private static String code(Section s, String label, String unit, String parent) {
        IndicatorMatch m = MATCHER.match(s, label, unit, parent);
        return m.matched() ? m.indicator().code() : null;
    }

    @Test
    void levelVariantsOfOneSlotShareTheCode() {
        String province = code(Section.CDDH, "Số sở, ngành đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC");
        String district = code(Section.CDDH, "Số phòng đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC");
        assertEquals("CDDH.KIEM_TRA.SO_CQ_CHUYEN_MON", province);
        assertEquals(province, district);

        assertEquals(code(Section.CDDH, "Số UBND cấp huyện đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC"),
                code(Section.CDDH, "Số UBND cấp xã đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC"));
        assertNotEquals(province, code(Section.CDDH, "Số UBND cấp xã đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC"));

        assertEquals("THECHE.KIEM_TRA.SO_VAN_BAN",
                code(Section.THECHE, "Số VBQPPL đã kiểm tra theo thẩm quyền của cấp tỉnh", "Văn bản", "Kiểm tra, xử lý VBQPPL"));
        assertEquals("THECHE.KIEM_TRA.SO_VAN_BAN",
                code(Section.THECHE, "Số VBQPPL đã kiểm tra theo thẩm quyền của cấp huyện", "Văn bản", "Kiểm tra, xử lý VBQPPL"));
        assertEquals("THECHE.KIEM_TRA.SO_VAN_BAN",
                code(Section.THECHE, "Số VBQPPL đã kiểm tra theo thẩm quyền", "Văn bản", null));
    }

    @Test
    void tasksAreToldApartByWhoAssignedThem() {
        String label = "Số nhiệm vụ đã hoàn thành đúng hạn";
        assertEquals("CDDH.NHIEM_VU.CHINH_PHU.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao"));
        assertEquals("CDDH.NHIEM_VU.UBND_TINH.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao"));
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ UBND huyện, Chủ tịch UBND huyện giao"));
        // a district-level city, a town, an urban district: one slot, the district-level committee's tasks
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ UBND thành phố giao"));
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ UBND thị xã, Chủ tịch UBND thị xã giao"));
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label, "Nhiệm vụ", "Thực hiện nhiệm vụ UBND quận giao"));
        // the ward form says who in the label itself
        assertEquals("CDDH.NHIEM_VU.UBND_TINH.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label + " (NV Tỉnh giao)", "NV Tỉnh giao", null));
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.HOAN_THANH_DUNG_HAN",
                code(Section.CDDH, label + " (NV Tp giao)", "NV Tp giao", "Số văn bản chỉ đạo CCHC đã ban hành"));
    }

    /** In the report of a centrally-run city or of its departments, "UBND thành phố" is the province. */
    @Test
    void theReportersLevelSaysWhatThanhPhoIs() {
        StatRow r = row(Section.CDDH, "Tổng số nhiệm vụ được giao", "Nhiệm vụ", "Thực hiện nhiệm vụ UBND thành phố, Chủ tịch UBND thành phố giao");
        assertEquals("CDDH.NHIEM_VU.UBND_TINH.TONG", MATCHER.match(r, "so").indicator().code());
        assertEquals("CDDH.NHIEM_VU.UBND_TINH.TONG", MATCHER.match(r, "tinh").indicator().code());
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.TONG", MATCHER.match(r, "huyen").indicator().code());
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.TONG", MATCHER.match(r, "xa").indicator().code());
        assertEquals("CDDH.NHIEM_VU.UBND_HUYEN.TONG", MATCHER.match(r, null).indicator().code());
    }

    /** A department, a city, a ward word the rows of their own level their own way: the same slot, the same code. */
    @Test
    void theReportersOwnWordsForItsLevelGetTheSlotsCode() {
        assertEquals("TTHC.HOSO.SO_NGANH.TYLE_DUNG_HAN", MATCHER.match(row(Section.TTHC, "Tỷ lệ hồ sơ TTHC do Sở tiếp nhận được giải quyết đúng hạn", "%", null), "so").indicator().code());
        assertEquals("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", MATCHER.match(row(Section.TTHC, "Tỷ lệ hồ sơ TTHC do UBND thành phố tiếp nhận được giải quyết đúng hạn", "%", null), "huyen").indicator().code());
        assertEquals("TTHC.HOSO.XA.TYLE_DUNG_HAN", MATCHER.match(row(Section.TTHC, "Tỷ lệ hồ sơ TTHC do UBND phường, xã tiếp nhận được giải quyết đúng hạn", "%", null), "huyen").indicator().code());
        assertEquals("CDDH.KIEM_TRA.SO_CQ_CHUYEN_MON", MATCHER.match(row(Section.CDDH, "Số phòng, đơn vị thuộc Sở đã kiểm tra", "Cơ quan, đơn vị", "Kiểm tra CCHC"), "so").indicator().code());
        assertEquals("TCBM.DVSNCL.THUOC_SO_NGANH", MATCHER.match(row(Section.TCBM, "Số đơn vị sự nghiệp công lập trực thuộc Sở", "Đơn vị", null), "so").indicator().code());
        assertEquals("THECHE.VBQPPL.CAP_HUYEN", MATCHER.match(row(Section.THECHE, "Số VBQPPL do thành phố ban hành", "Văn bản", "Tổng số VBQPPL do địa phương ban hành"), "huyen").indicator().code());
    }

    @Test
    void recordsAreToldApartByTheLevelThatReceivedThem() {
        String child = "Tổng số hồ sơ TTHC đã giải quyết xong";
        assertEquals("TTHC.HOSO.SO_NGANH.DA_GIAI_QUYET", code(Section.TTHC, child, "Hồ sơ",
                "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn"));
        assertEquals("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", code(Section.TTHC, child, "Hồ sơ",
                "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn"));
        assertEquals("TTHC.HOSO.XA.DA_GIAI_QUYET", code(Section.TTHC, child, "Hồ sơ",
                "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn"));
        assertEquals("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", code(Section.TTHC,
                "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "%", "Kết quả giải quyết TTHC"));
    }

    @Test
    void aGenericChildWithoutItsParentStaysUnmatched() {
        IndicatorMatch m = MATCHER.match(Section.THECHE, "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", "Văn bản", null);
        assertFalse(m.matched());
        assertTrue(m.why().startsWith("ambiguous"), m.why());
    }

    @Test
    void renamedOnlineServiceSlotsKeepOneCode() {
        assertEquals("CQS.DVC.MUC_DO_3.DANG_CUNG_CAP",
                code(Section.CQS, "Số TTHC đang cung cấp trực tuyến mức độ 3", "Thủ tục", null));
        assertEquals("CQS.DVC.MUC_DO_4.DANG_CUNG_CAP",
                code(Section.CQS, "Số TTHC đang cung cấp trực tuyến mức độ 4", "Thủ tục", null));
        // "một phần" / "toàn trình" (Nghị định 42/2022) are the slots the template prints as "mức độ 3 (một phần)" / "mức độ 4 (toàn trình)"
        assertEquals("CQS.DVC.MUC_DO_3.DANG_CUNG_CAP",
                code(Section.CQS, "Số TTHC đang cung cấp trực tuyến một phần", "Thủ tục", null));
        assertEquals("CQS.DVC.MUC_DO_3.DANG_CUNG_CAP",
                code(Section.CQS, "Số TTHC đang cung cấp trực tuyến mức độ 3 (một phần)", "Thủ tục", null));
        assertEquals("CQS.DVC.MUC_DO_4.TYLE",
                code(Section.CQS, "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình", "%", null));
        assertEquals("CQS.DVC.MUC_DO_4.CO_HO_SO", code(Section.CQS,
                "Số TTHC đang cung cấp trực tuyến mức toàn trình có phát sinh hồ sơ nộp trực tuyến", "Thủ tục", null));
        // "3 và 4" and "một phần và toàn trình" both mean every online service
        assertEquals(code(Section.CQS, "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia", "%", null),
                code(Section.CQS, "Tỷ lệ TTHC cung cấp trực tuyến một phần và toàn trình đã tích hợp, công khai trên Cổng DVC quốc gia", "%", null));
    }

    @Test
    void toleratesTyposCaseAndMissingDiacritics() {
        assertEquals("TTHC.THONG_KE", code(Section.TTHC, "Thông kê TTHC", "", null));
        assertEquals("CDDH.NHIEM_VU.UBND_TINH", code(Section.CDDH, "Thực hiện nhiệm vụ UNND tỉnh, Chủ tịch UNND tỉnh giao", "", null));
        assertEquals("TCBM.DVSNCL.THUOC_UBND_HUYEN", code(Section.TCBM, "SO DVSNCL THUOC UBND CAP HUYEN", "Cơ quan, đơn vị", null));
        assertEquals("CDDH.KE_HOACH.SO_NHIEM_VU", code(Section.CDDH, "Số nhiệm vụ đề ra trong kế hoạc", "Nhiệm vụ", null));
    }

    @Test
    void aRowOutsideTheTemplateStaysUnmatched() {
        IndicatorMatch m = MATCHER.match(Section.CONGVU, "Số cán bộ được cử đi đào tạo ở nước ngoài", "Người", null);
        assertFalse(m.matched());
        assertNull(m.indicator());
        assertTrue(m.score() < IndicatorMatcher.DEFAULT_THRESHOLD);
        assertFalse(MATCHER.match(Section.TCC, "Số tiền tiết kiệm chi thường xuyên", "Triệu đồng", null).matched());
        assertFalse(MATCHER.match(Section.CQS, "Số lượt truy cập Cổng thông tin điện tử", "Lượt", null).matched());
        assertFalse(MATCHER.match(Section.CDDH, "Số tin, bài tuyên truyền về CCHC", "Tin, bài", null).matched());
        assertFalse(MATCHER.match(Section.TCBM, "Số phòng chuyên môn được sắp xếp lại", "Phòng", null).matched());
    }

    /** Indicators of later template revisions (Quyết định 766/QĐ-TTg, catalogue 2024.2), wherever a form prints them. */
    @Test
    void laterRevisionsIndicatorsAreInTheCatalogue() {
        assertEquals("CQS.SO_HOA.TYLE_HO_SO", code(Section.TTHC, "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", null));
        assertEquals("CQS.SO_HOA.TYLE_HO_SO", code(Section.CQS, "Tỷ lệ hồ sơ TTHC được số hóa", "%", null));
        assertEquals("CQS.SO_HOA.TYLE_KET_QUA_DIEN_TU", code(Section.CQS, "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", null));
        assertEquals("CQS.DVC.THANH_TOAN.TYLE_HO_SO", code(Section.CQS, "Tỷ lệ hồ sơ TTHC được thanh toán trực tuyến", "%", null));
        assertEquals("CONGVU.DAO_TAO", code(Section.CONGVU, "Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng", "Lượt người", null));
    }

    @Test
    void theUnitCountsAgainstAnIndicatorOfAnotherKind() {
        assertTrue(IndicatorMatcher.unitFits(Kind.PERCENT, "%"));
        assertFalse(IndicatorMatcher.unitFits(Kind.COUNT, "%"));
        assertTrue(IndicatorMatcher.unitFits(Kind.YESNO, "Có = 1; Không = 0"));
        assertTrue(IndicatorMatcher.unitFits(Kind.MONEY, "Triệu đồng"));
        assertFalse(IndicatorMatcher.unitFits(Kind.COUNT, "Triệu đồng"));
        assertTrue(IndicatorMatcher.unitFits(Kind.COUNT, ""));
        assertTrue(IndicatorMatcher.unitFits(Kind.HEADING, ""));
        assertFalse(IndicatorMatcher.unitFits(Kind.HEADING, "%"));
    }

    @Test
    void subRowsSettleARowTheWordingCannot() {
        List<StatRow> rows = new ArrayList<>();
        String rate = "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến";
        rows.add(row("Cung cấp dịch vụ công trực tuyến", "", null));
        rows.add(row(rate, "%", "Cung cấp dịch vụ công trực tuyến"));
        rows.add(row("Tổng số TTHC đủ điều kiện cung cấp trực tuyến một phần", "Thủ tục", rate));
        rows.add(row("Số TTHC đang cung cấp trực tuyến một phần", "Thủ tục", rate));
        assertFalse(MATCHER.match(rows.get(1)).matched());
        List<IndicatorMatch> all = MATCHER.matchAll(rows);
        assertEquals("CQS.DVC", all.get(0).indicator().code());
        assertEquals("CQS.DVC.MUC_DO_3.TYLE", all.get(1).indicator().code());
        assertEquals("CQS.DVC.MUC_DO_3.DU_DIEU_KIEN", all.get(2).indicator().code());
    }

    @Test
    void aUsersCatalogueIsMatchedLikeTheBuiltIn() throws Exception {
        Catalogue mine = CatalogueFiles.parseCsv("code,section,name,kind,unit,aliases\n"
                + "CDDH.HOP_BAN,CDDH,Số cuộc họp ban chỉ đạo CCHC,count,Cuộc,Số lần họp ban chỉ đạo\n", "mine");
        IndicatorMatcher m = new IndicatorMatcher(mine);
        assertEquals("CDDH.HOP_BAN", m.match(Section.CDDH, "Số lần họp Ban chỉ đạo", "Cuộc", null).indicator().code());
        assertFalse(m.match(Section.CDDH, "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", null).matched());
    }

    private static StatRow row(String label, String unit, String parent) {
        return row(Section.CQS, label, unit, parent);
    }

    private static StatRow row(Section section, String label, String unit, String parent) {
        return new StatRow(section, "", label, unit, "", "", parent, null, 0, 0, List.of());
    }
}
