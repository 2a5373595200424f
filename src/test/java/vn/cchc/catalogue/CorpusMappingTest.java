package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cchc.text.Fold;

/** The gold rows of the corpus, matched directly (independent of how well the readers do). */
class CorpusMappingTest {
    private static final IndicatorMatcher MATCHER = new IndicatorMatcher(Catalogue.builtIn());

    private static List<IndicatorMatch> matches(GoldRows g) {
        return MATCHER.matchAll(g.statRows());
    }

    @Test
    void sameTemplateSlotSameCodeAcrossTheStandardForms() throws Exception {
        Map<String, String> codeByKey = new HashMap<>();
        Map<String, String> keyByCode = new HashMap<>();
        for (String f : List.of("000", "004")) {
            GoldRows g = GoldRows.load(f);
            List<IndicatorMatch> ms = matches(g);
            for (int i = 0; i < ms.size(); i++) {
                GoldRows.Row r = g.rows().get(i);
                IndicatorMatch m = ms.get(i);
                assertTrue(m.matched(), f + " " + r.stt() + " " + r.label() + ": " + m.why());
                String code = m.indicator().code();
                assertEquals(codeByKey.computeIfAbsent(r.key(), k -> code), code, f + " " + r.stt() + " " + r.label());
                assertEquals(keyByCode.computeIfAbsent(code, k -> r.key()), r.key(), f + " " + r.stt() + " " + r.label());
            }
        }
    }

    @Test
    void everyRowOfTheWardFormIsMatched() throws Exception {
        GoldRows g = GoldRows.load("002");
        List<IndicatorMatch> ms = matches(g);
        for (int i = 0; i < ms.size(); i++) {
            assertTrue(ms.get(i).matched(), g.rows().get(i).stt() + " " + g.rows().get(i).label() + ": " + ms.get(i).why());
        }
    }

    @Test
    void wardRowsWithAStandardCounterpartGetItsCode() throws Exception {
        Map<String, Set<String>> standard = new HashMap<>();
        for (String f : List.of("000", "004")) {
            GoldRows g = GoldRows.load(f);
            List<IndicatorMatch> ms = matches(g);
            for (int i = 0; i < ms.size(); i++) {
                standard.computeIfAbsent(key(g.rows().get(i)), k -> new HashSet<>()).add(ms.get(i).indicator().code());
            }
        }
        GoldRows ward = GoldRows.load("002");
        List<IndicatorMatch> ms = matches(ward);
        List<String> same = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Set<String> codes = standard.get(key(ward.rows().get(i)));
            if (codes == null || codes.size() != 1) continue; // worded its own way, or generic: checked below
            assertEquals(codes.iterator().next(), ms.get(i).indicator().code(), ward.rows().get(i).label());
            same.add(ward.rows().get(i).label());
        }
        assertTrue(same.size() >= 40, "only " + same.size() + " rows worded as in the standard forms");

        // reworded rows whose slot is plain from the standard form
        Map<String, String> reworded = Map.of(
                "Số vấn đề phát hiện qua kiểm tra và tự kiểm tra", "CDDH.KIEM_TRA.SO_VAN_DE",
                "Nhiệm vụ Tỉnh giao", "CDDH.NHIEM_VU.UBND_TINH.TONG",
                "Số VBQPPL đã kiểm tra theo thẩm quyền của cấp huyện", "THECHE.KIEM_TRA.SO_VAN_BAN",
                "Số TTHC liên thông cùng cấp (liên thông ngang)", "TTHC.MOT_CUA.LIEN_THONG_CUNG_CAP",
                "Số TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành", "TTHC.THONG_KE.CAP_TINH",
                "Số hợp đồng lao động làm việc", "TCBM.BIEN_CHE.HOP_DONG_LAO_DONG",
                "Tổng số TTHC đang cung cấp trực tuyến một phần và toàn trình của địa phương", "CQS.DVC.CONG_DVC_QG.TONG",
                "Kế hoạch được giao", "TCC.GIAI_NGAN.KE_HOACH");
        for (int i = 0; i < ms.size(); i++) {
            String want = reworded.get(ward.rows().get(i).label());
            if (want != null) assertEquals(want, ms.get(i).indicator().code(), ward.rows().get(i).label());
        }
    }

    private static String key(GoldRows.Row r) {
        return r.section() + ":" + Fold.fold(r.label());
    }
}
