package vn.cchc.table;

import java.util.List;
import java.util.Optional;

import vn.cchc.text.Fold;

/** The seven areas of the national CCHC statistics template. */
public enum Section {
    CDDH("chỉ đạo điều hành", "chi dao dieu hanh", "chi dao va dieu hanh", "cong tac chi dao"),
    THECHE("thể chế", "cai cach the che", "the che"),
    TTHC("thủ tục hành chính", "thu tuc hanh chinh"),
    TCBM("tổ chức bộ máy", "to chuc bo may", "bo may hanh chinh"),
    // the 2011-2020 programme named this area after the civil servants themselves
    CONGVU("công vụ", "che do cong vu", "cong vu", "nang cao chat luong doi ngu can bo"),
    TCC("tài chính công", "tai chinh cong"),
    CQS("chính quyền điện tử, chính quyền số", "chinh quyen dien tu", "chinh quyen so", "chinh phu dien tu",
            "chinh phu so", "hien dai hoa hanh chinh", "hien dai hoa nen hanh chinh", "chuyen doi so");

    private final String vietnameseName;
    private final List<String> foldedKeywords;

    Section(String vietnameseName, String... foldedKeywords) {
        this.vietnameseName = vietnameseName;
        this.foldedKeywords = List.of(foldedKeywords);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The section a heading names, if exactly one is named earliest. "BIỂU MẪU ... CẢI CÁCH THỦ TỤC HÀNH CHÍNH" →
     * TTHC; text naming none → empty.
     */
    public static Optional<Section> fromHeading(String text) {
        String f = " " + Fold.fold(text) + " ";
        Section best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Section s : values()) {
            for (String k : s.foldedKeywords) {
                int p = f.indexOf(" " + k + " ");
                if (p >= 0 && p < bestPos) {
                    best = s;
                    bestPos = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
