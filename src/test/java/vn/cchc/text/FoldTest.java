package vn.cchc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void caseDiacriticsAndDStroke() {
        assertEquals("chi tieu thong ke", Fold.fold("Chỉ tiêu thống kê"));
        assertEquals("don vi tinh", Fold.fold("ĐƠN VỊ TÍNH"));
        assertEquals("uy ban nhan dan", Fold.fold("UỶ BAN NHÂN DÂN"));
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String composed = "Thủ tục hành chính";
        assertEquals(Fold.fold(composed), Fold.fold(Normalizer.normalize(composed, Normalizer.Form.NFD)));
    }

    @Test
    void punctuationBecomesSingleSpacesAndPercentStays() {
        assertEquals("3 2 1 ty le 99 6%", Fold.fold("  3.2.1. — Tỷ lệ (99,6%)  "));
        assertEquals("", Fold.fold("  ...  "));
        assertEquals("", Fold.fold(null));
    }
}
