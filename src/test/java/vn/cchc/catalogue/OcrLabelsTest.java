package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

import vn.cchc.table.Section;

/**
 * Labels as OCR reads them from a scan map onto the same indicator as the printed label: tone marks dropped or
 * changed ("Tỷ lê", "huyền"), a letter of an abbreviation misread ("VBOPPL", "TTHHC"), stray punctuation from a
 * ruling ("VBQPPL,"). Taken from the OCR output of the corpus scans.
 */
class OcrLabelsTest {
    private static final IndicatorMatcher MATCHER = new IndicatorMatcher(Catalogue.builtIn());

    private static String code(Section s, String label, String unit, String parent) {
        IndicatorMatch m = MATCHER.match(s, label, unit, parent);
        return m.matched() ? m.indicator().code() : null;
    }

    @Test
    void ocrConfusionsMapLikeThePrintedLabel() {
        String[][] pairs = {
                {"Số VBQPPL do cấp huyện ban hành", "Số VBOPPL. do cấp huyền ban hành"},
                {"Tỷ lệ xử lý VBQPPL sau kiểm tra", "Tỷ lê xử lý VBOPPL, sau kiểm tra"},
                {"Số VBQPPL do cấp tỉnh ban hành", "So VBQPPL do cap tinh ban hanh"},
        };
        for (String[] p : pairs) {
            String printed = code(Section.THECHE, p[0], "Văn bản", null);
            assertNotNull(printed, p[0]);
            assertEquals(printed, code(Section.THECHE, p[1], "Văn bản", null), p[1]);
        }
    }

    /** A two-word name of a level with a tone mark lost ("thi trấn", "thị xa") still names the level. */
    @Test
    void aLevelNameWithAToneMarkLostStillNamesTheLevel() {
        String printed = code(Section.CDDH, "Số UBND xã, thị trấn đã kiểm tra", "Cơ quan", "Kiểm tra CCHC");
        assertNotNull(printed);
        for (String read : new String[] {"Số UBND xã, thi trấn đã kiếm tra", "Số UBND xã, thị tran đã kiểm tra"}) {
            assertEquals(printed, code(Section.CDDH, read, "Cơ quan", "Kiểm tra CCHC"), read);
        }
        // a one-word name stays exact: "phương án" is no ward
        assertEquals("Số TTHC đã được phê duyệt phương án đơn giản hóa", LevelWords.canonical("Số TTHC đã được phê duyệt phương án đơn giản hóa", "xa"));
    }
}
