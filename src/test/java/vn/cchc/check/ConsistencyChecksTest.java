package vn.cchc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.vocabulary.Flag;

/** Each check on small hand-made reports, with and without the rounding the report used. */
class ConsistencyChecksTest {
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private final ConsistencyChecks checks = new ConsistencyChecks(CATALOGUE);

    private static ParsedRow row(String code, String stt, String unit, String value) {
        var ind = CATALOGUE.byCode(code).orElseThrow();
        return parsed(ind.section(), stt, ind.name(), unit, value, new IndicatorMatch(ind, 1, ""));
    }

    private static ParsedRow unmatched(String stt, String unit, String value) {
        return parsed(Section.TTHC, stt, "Một dòng lạ", unit, value, IndicatorMatch.unmatched(0, "no close indicator"));
    }

    private static ParsedRow parsed(Section section, String stt, String label, String unit, String value,
                                    IndicatorMatch match) {
        StatRow row = new StatRow(section, stt, label, unit, value, "", null, null, 0, 0, List.of());
        return ParsedRow.of(row, match);
    }

    private CheckOutcome check(ParsedRow... rows) {
        return checks.check(List.of(rows));
    }

    private static List<Flag> flags(CheckOutcome o) {
        List<Flag> out = new ArrayList<>();
        for (Problem p : o.problems()) out.add(p.flag());
        return out;
    }

    // ---- rates -------------------------------------------------------------------------------------------------

    private CheckOutcome districtRate(String rate, String done, String onTime) {
        return check(row("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", "3.2", "%", rate),
                row("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", "3.2.1", "Hồ sơ", done),
                row("TTHC.HOSO.HUYEN.DUNG_HAN", "3.2.2", "Hồ sơ", onTime));
    }

    @Test
    void aRateWithinItsRoundingPasses() {
        assertTrue(districtRate("99,6", "1353", "1348").clean()); // 99.63
        assertTrue(districtRate("99,63", "1353", "1348").clean());
        assertTrue(districtRate("100", "58", "58").clean());
    }

    @Test
    void aRateBeyondItsRoundingIsFlaggedOnAllThreeRows() {
        CheckOutcome o = districtRate("95,56", "744", "82");
        assertEquals(List.of(Flag.RATE_MISMATCH), flags(o));
        for (int i = 0; i < 3; i++) assertEquals(List.of(Flag.RATE_MISMATCH), o.rows().get(i).flags());
        String m = o.problems().get(0).message();
        assertTrue(m.contains("95,56") && m.contains("82") && m.contains("744") && m.contains("11.02"), m);
        assertEquals(List.of(Flag.RATE_MISMATCH), flags(districtRate("99,7", "1353", "1348")));
    }

    @Test
    void aRateOverNothingIsAnyRateAsLongAsTheNumeratorIsNothingToo() {
        assertTrue(districtRate("0", "0", "0").clean());
        assertTrue(districtRate("100", "0", "0").clean());
        assertEquals(List.of(Flag.RATE_MISMATCH), flags(districtRate("100", "0", "3")));
    }

    @Test
    void anEmptyTermOrRateIsNotChecked() {
        assertTrue(districtRate("", "744", "82").clean());
        assertTrue(districtRate("95,56", "", "82").clean());
        assertTrue(districtRate("95,56", "744", "-").clean());
    }

    // ---- sums --------------------------------------------------------------------------------------------------

    @Test
    void aTotalEqualToItsPrintedPartsPassesWithEmptyPartsAsZero() {
        assertTrue(check(row("TTHC.THONG_KE.TONG_THAM_QUYEN", "1.4", "Thủ tục", "127"),
                row("TTHC.THONG_KE.CAP_TINH", "1.4.1", "Thủ tục", "127"),
                row("TTHC.THONG_KE.CAP_HUYEN", "1.4.2", "Thủ tục", ""),
                row("TTHC.THONG_KE.CAP_XA", "1.4.3", "Thủ tục", "")).clean());
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsFlagged() {
        CheckOutcome o = check(row("TCC.TU_CHU.TONG_DVSN", "2.1", "Đơn vị", "0"),
                row("TCC.TU_CHU.CHI_TX_VA_DAU_TU", "2.2", "Đơn vị", "0"),
                row("TCC.TU_CHU.CHI_TX", "2.3", "Đơn vị", "0"),
                row("TCC.TU_CHU.MOT_PHAN", "2.4", "Đơn vị", "0"),
                row("TCC.TU_CHU.NHA_NUOC_BAO_DAM", "2.5", "Đơn vị", "1"));
        assertEquals(List.of(Flag.SUM_MISMATCH), flags(o));
        // the total carries the flag; the parts are named in the sentence, not flagged
        assertEquals(List.of(Flag.SUM_MISMATCH), o.rows().get(0).flags());
        for (int i = 1; i < 5; i++) assertEquals(List.of(), o.rows().get(i).flags());
        assertEquals(List.of(0, 1, 2, 3, 4), o.problems().get(0).rows());
        assertTrue(o.problems().get(0).message().contains("= 0 + 0 + 0 + 1 = 1"), o.problems().get(0).message());
    }

    @Test
    void aBlankPartStandsForTheSumOfItsOwnParts() {
        assertTrue(check(row("TCC.TU_CHU.TONG_DVSN", "2.1", "Đơn vị", "5"),
                row("TCC.TU_CHU.CHI_TX_VA_DAU_TU", "2.2", "Đơn vị", "1"),
                row("TCC.TU_CHU.CHI_TX", "2.3", "Đơn vị", ""),
                row("TCC.TU_CHU.MOT_PHAN", "2.4", "Đơn vị", ""),
                row("TCC.TU_CHU.MOT_PHAN_70_100", "2.4.1", "Đơn vị", "2"),
                row("TCC.TU_CHU.MOT_PHAN_30_70", "2.4.2", "Đơn vị", "1"),
                row("TCC.TU_CHU.MOT_PHAN_10_30", "2.4.3", "Đơn vị", ""),
                row("TCC.TU_CHU.NHA_NUOC_BAO_DAM", "2.5", "Đơn vị", "1")).clean());
    }

    @Test
    void withAPartNotPrintedThePrintedPartsMayOnlyNotExceedTheTotal() {
        // older forms have no "chưa hoàn thành nhưng trong hạn": 312 - 282 may be just that
        ParsedRow[] tasks = {row("CDDH.NHIEM_VU.UBND_TINH.TONG", "5.1", "Nhiệm vụ", "312"),
                row("CDDH.NHIEM_VU.UBND_TINH.HOAN_THANH_DUNG_HAN", "5.2", "Nhiệm vụ", "270"),
                row("CDDH.NHIEM_VU.UBND_TINH.HOAN_THANH_QUA_HAN", "5.3", "Nhiệm vụ", "12"),
                row("CDDH.NHIEM_VU.UBND_TINH.QUA_HAN_CHUA_HOAN_THANH", "5.4", "Nhiệm vụ", "0")};
        assertTrue(check(tasks).clean());
        tasks[1] = row("CDDH.NHIEM_VU.UBND_TINH.HOAN_THANH_DUNG_HAN", "5.2", "Nhiệm vụ", "301");
        assertEquals(List.of(Flag.SUM_MISMATCH), flags(check(tasks)));
    }

    @Test
    void aTotalWithNoPartPrintedIsNotChecked() {
        assertTrue(check(row("THECHE.VBQPPL.TONG", "1", "Văn bản", "4")).clean());
        assertTrue(check(row("THECHE.VBQPPL.TONG", "1", "Văn bản", "4"),
                row("THECHE.VBQPPL.CAP_HUYEN", "1.1", "Văn bản", ""),
                row("THECHE.VBQPPL.CAP_XA", "1.2", "Văn bản", "")).clean());
    }

    // ---- ranges ------------------------------------------------------------------------------------------------

    @Test
    void impossibleValuesAreOutOfRange() {
        assertEquals(List.of(Flag.OUT_OF_RANGE), flags(check(row("CQS.VBDT.KET_NOI.SO_NGANH", "5.1.1", "%", "101"))));
        assertEquals(List.of(Flag.OUT_OF_RANGE), flags(check(row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Thủ tục", "2,5"))));
        assertEquals(List.of(Flag.OUT_OF_RANGE), flags(check(row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Thủ tục", "-3"))));
        assertEquals(List.of(Flag.OUT_OF_RANGE), flags(check(row("CDDH.DOI_THOAI", "8", "Không = 0 Có = 1", "2"))));
        assertEquals(List.of(Flag.OUT_OF_RANGE),
                flags(check(row("CQS.LGSP", "4", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "3"))));
        assertEquals(List.of(Flag.OUT_OF_RANGE), flags(check(unmatched("9", "%", "120"))));
    }

    @Test
    void possibleValuesAreNot() {
        assertTrue(check(row("CQS.VBDT.KET_NOI.SO_NGANH", "5.1.1", "%", "100")).clean());
        assertTrue(check(row("CQS.VBDT.KET_NOI.SO_NGANH", "5.1.1", "%", "0")).clean());
        assertTrue(check(row("CDDH.DOI_THOAI", "8", "Không = 0 Có = 1", "1")).clean());
        assertTrue(check(row("CQS.LGSP", "4", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "2")).clean());
        assertTrue(check(row("CQS.HOP_TRUC_TUYEN", "2", "Chưa có = 0 2 cấp = 1 3 cấp = 2", "2")).clean());
        assertTrue(check(row("TCBM.BIEN_CHE.TYLE_TINH_GIAN_2015", "2.5", "%", "13,7%")).clean());
    }

    // ---- units -------------------------------------------------------------------------------------------------

    @Test
    void aUnitContradictingTheKindIsFlagged() {
        assertEquals(List.of(Flag.UNIT_MISMATCH),
                flags(check(row("CDDH.THANH_TRA_NOI_VU.SO_CQ_DUOC_THANH_TRA", "4.1", "%", "0"))));
        assertEquals(List.of(Flag.UNIT_MISMATCH), flags(check(row("CDDH.KIEM_TRA.TU_KIEM_TRA", "3.2", "Có=1; Không=1", "0"))));
        assertEquals(List.of(Flag.UNIT_MISMATCH), flags(check(row("TCBM.SAP_XEP.TYLE_SO_NGANH", "1.1", "Cơ quan", "10"))));
        assertEquals(List.of(Flag.UNIT_MISMATCH), flags(check(row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Triệu đồng", "4"))));
        assertEquals(List.of(Flag.UNIT_MISMATCH), flags(check(row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Thủ tục", "4%"))));
    }

    @Test
    void aUnitTheKindAllowsIsNot() {
        assertTrue(check(row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Thủ tục", "4")).clean());
        assertTrue(check(row("CDDH.NHIEM_VU.UBND_TINH.TONG", "1.1", "NV Tỉnh giao", "4")).clean());
        assertTrue(check(row("TCC.GIAI_NGAN.KE_HOACH", "1.1", "Triệu đồng", "89.563"),
                row("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", "3.2", "%", "99,6")).clean());
        assertTrue(check(row("CDDH.KIEM_TRA.TU_KIEM_TRA", "3.2", "Có = 1; Không = 0", "0")).clean());
        assertTrue(check(row("CDDH.KIEM_TRA.TU_KIEM_TRA", "3.2", "", "0")).clean());
    }

    // ---- separator ambiguity -----------------------------------------------------------------------------------

    @Test
    void aCountIsWholeSoOnlyOneReadingFits() {
        CheckOutcome o = check(row("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", "3.2.1", "Hồ sơ", "2.097"),
                row("TTHC.HOSO.HUYEN.DUNG_HAN", "3.2.2", "Hồ sơ", "1,234"));
        assertTrue(o.clean(), o.problems().toString());
        assertEquals(new BigDecimal("2097"), o.rows().get(0).value());
        assertEquals(new BigDecimal("1234"), o.rows().get(1).value());
    }

    @Test
    void aPercentLiesIn0To100SoOnlyOneReadingFits() {
        CheckOutcome o = check(row("CQS.VBDT.KET_NOI.SO_NGANH", "5.1.1", "%", "92.860"));
        assertTrue(o.clean(), o.problems().toString());
        assertEquals(0, new BigDecimal("92.86").compareTo(o.rows().get(0).value()));
    }

    @Test
    void aRateSettlesAnAmountOfMoneyWhenOneReadingOnlyFits() {
        CheckOutcome o = check(row("TCC.GIAI_NGAN.TYLE", "1", "%", "50"),
                row("TCC.GIAI_NGAN.KE_HOACH", "1.1", "Triệu đồng", "1.500"),
                row("TCC.GIAI_NGAN.DA_THUC_HIEN", "1.2", "Triệu đồng", "750"));
        assertTrue(o.clean(), o.problems().toString());
        assertEquals(new BigDecimal("1500"), o.rows().get(1).value());
    }

    @Test
    void theReportsOwnConventionSettlesWhatNothingElseDoes() {
        ParsedRow plan = row("TCC.GIAI_NGAN.KE_HOACH", "1.1", "Triệu đồng", "89.563");
        CheckOutcome vietnamese = check(plan, row("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", "3.2", "%", "99,6"));
        assertEquals(new BigDecimal("89563"), vietnamese.rows().get(0).value());
        CheckOutcome english = check(plan, row("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", "3.2", "%", "99.6"));
        assertEquals(new BigDecimal("89.563"), english.rows().get(0).value());
        assertTrue(vietnamese.clean() && english.clean());
    }

    /**
     * Rates typed with a decimal dot ("92.86") beside counts typed with a thousands dot ("1.250", settled by its kind):
     * the report uses both conventions, so "386.420" triệu đồng is never read as 386.42.
     */
    @Test
    void aReportThatUsesBothConventionsSettlesNothingByConvention() {
        CheckOutcome o = check(row("TTHC.HOSO.SO_NGANH.TYLE_DUNG_HAN", "2", "%", "92.86"),
                row("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", "3.1", "Hồ sơ", "1.250"),
                row("TCC.GIAI_NGAN.DA_THUC_HIEN", "1.2", "Triệu đồng", "386.420"));
        assertEquals(0, new BigDecimal("92.86").compareTo(o.rows().get(0).value()));
        assertEquals(new BigDecimal("1250"), o.rows().get(1).value());
        assertNull(o.rows().get(2).value());
        assertEquals(List.of(Flag.AMBIGUOUS_NUMBER), o.rows().get(2).flags());
        // with decimal commas only, the count's thousands dot agrees: the money is read in the report's convention
        CheckOutcome vn = check(row("TTHC.HOSO.SO_NGANH.TYLE_DUNG_HAN", "2", "%", "92,86"),
                row("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", "3.1", "Hồ sơ", "1.250"),
                row("TCC.GIAI_NGAN.DA_THUC_HIEN", "1.2", "Triệu đồng", "386.420"));
        assertEquals(new BigDecimal("386420"), vn.rows().get(2).value());
        assertTrue(vn.clean(), vn.problems().toString());
    }

    @Test
    void anAmbiguousNumberNothingSettlesIsLeftEmptyAndFlagged() {
        CheckOutcome o = check(row("TCC.GIAI_NGAN.KE_HOACH", "1.1", "Triệu đồng", "89.563"),
                row("TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP", "2.1", "Thủ tục", "4"));
        assertEquals(List.of(Flag.AMBIGUOUS_NUMBER), flags(o));
        assertNull(o.rows().get(0).value());
        assertEquals(List.of(Flag.AMBIGUOUS_NUMBER), o.rows().get(0).flags());
        assertTrue(o.problems().get(0).message().contains("89563") && o.problems().get(0).message().contains("89.563"));
        assertEquals(new BigDecimal("4"), o.rows().get(1).value());
    }

    @Test
    void unambiguousValuesAreKeptAsRead() {
        CheckOutcome o = check(row("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", "3.2.1", "Hồ sơ", "10.323.108"),
                row("TTHC.HOSO.HUYEN.DUNG_HAN", "3.2.2", "Hồ sơ", "-"));
        assertEquals(new BigDecimal("10323108"), o.rows().get(0).value());
        assertNull(o.rows().get(1).value());
    }
}
