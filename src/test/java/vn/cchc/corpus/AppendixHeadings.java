package vn.cchc.corpus;

/**
 * The template's statistics appendices as report 004 prints them: area code, appendix number, title. Test fixtures
 * that lay out a report of their own (a VNI PDF, workbooks) print these headings before each table.
 */
public final class AppendixHeadings {
    public static final String[][] ALL = {
            {"CDDH", "Phụ lục 2", "THỐNG KÊ SỐ LIỆU BÁO CÁO CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"},
            {"THECHE", "Phụ lục 3", "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỂ CHẾ"},
            {"TTHC", "Phụ lục 4", "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH THỦ TỤC HÀNH CHÍNH"},
            {"TCBM", "Phụ lục 5", "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH TỔ CHỨC BỘ MÁY"},
            {"CONGVU", "Phụ lục 6", "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"},
            {"TCC", "Phụ lục 7", "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH TÀI CHÍNH CÔNG"},
            {"CQS", "Phụ lục 8", "THỐNG KÊ SỐ LIỆU BÁO CÁO XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"}};

    private AppendixHeadings() {
    }
}
