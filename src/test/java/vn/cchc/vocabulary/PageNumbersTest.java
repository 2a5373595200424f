package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageNumbersTest {
    @Test
    void pageNumbersAsOfficesPrintThem() {
        for (String s : new String[] {"5", " 12 ", "- 5 -", "–3–", "— 7 —", "(5)", "Trang 5", "trang 2/5", "5/12", "TRANG 10"}) {
            assertTrue(PageNumbers.is(s), s);
        }
    }

    @Test
    void rowNumbersValuesAndTextAreNot() {
        for (String s : new String[] {"", "1.", "2.1", "1234", "Trang", "Số 5", "13,7%", "a)", "II", "5 Văn bản"}) {
            assertFalse(PageNumbers.is(s), s);
        }
        assertFalse(PageNumbers.is(null));
    }
}
