package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.cchc.read.text.TextReader;

/**
 * Metadata from a scanned first page: OCR drops the marks of capitals, so the header says "UY BAN NHAN DAN / XA PHONG
 * HIEN" and "THÀNH PHỐ ĐONG HÀ", while the sentences below keep their marks (lines as the OCR reader gives them: a
 * ruled header table read column by column).
 */
class OcrHeaderMetadataTest {
    private final ReportMetadataExtractor extractor = new ReportMetadataExtractor();

    private ReportMetadata read(String text) {
        return extractor.extract(new TextReader().parse(text));
    }

    @Test
    void aCommuneUnderItsDistrictWhoseCapitalsLostTheirMarks() {
        ReportMetadata md = read(String.join("\n",
                "UBND HUYỆN PHONG ĐIEN", "UY BAN NHAN DAN", "XA PHONG HIEN", "Số: 45/BC-UBND",
                "CỌNG HOA XA HỌI CHỦ NGHIA VIỆT NAM", "Đôc lâp - Tư do - Hanh phúc", "Phong Hiền, ngày 12 tháng 6 năm 2023",
                "BAO CAO", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023",
                "Kính gửi: Phòng Nội vụ huyện Phong Điền",
                "Thực hiện Công văn số 312/UBND-NV ngày 20/5/2023 của UBND huyện Phong Điền, UBND xã Phong Hiền báo cáo kết quả như sau:",
                "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023 của UBND xã Phong Hiền./."));
        assertEquals("UBND xã Phong Hiền", md.issuer());
        assertEquals("xa", md.level());
        assertEquals("45/BC-UBND", md.reportNumber());
        assertEquals("2023-06-12", md.reportDate());
        assertEquals("2023-H1", md.period());
    }

    /**
     * A coarse scan (100 dpi): the header's lines naming the commune under its district were misread, so the header
     * names only the district; the appendix line and the closing name the commune, who reported.
     */
    @Test
    void aCommuneWhoseHeaderLinesWereMisreadIsTakenFromItsClosingNotTheDistrictAboveIt() {
        ReportMetadata md = read(String.join("\n",
                "UBND HUYỆN PHONG ĐIỀN", "UY BAN NHAN DAN", "XĂ PHONG HIẺN", "Số: 45/BC-UBND",
                "CỘNG HOA XA HỘI CHỦ NGHIA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phong Hiền, ngày 12 tháng 6 năm 2023",
                "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023",
                "Kính gửi: Phòng Nội vụ huyện Phong Điền",
                "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023 của UBND xã Phong Hiền./.",
                "(Kèm theo Báo cáo số 45/BC-UBND ngày 12/6/2023 của UBND xã Phong Hiền)"));
        assertEquals("UBND xã Phong Hiền", md.issuer());
        assertEquals("xa", md.level());
    }

    /**
     * A phone photo: the ward's line under its district was lost from the header, and OCR spaced the closing's
     * punctuation apart ("An Hải Bắc ./. (Kèm theo"): the name ends at the sentence's end.
     */
    @Test
    void aWardNamedInAClosingWhosePunctuationOcrSpacedApart() {
        ReportMetadata md = read(String.join("\n",
                "UBND QUẬN SƠN TRÀ", "UBND PHUONC AN HAI BAC", "Số: 298/BC-UBND", "An Hải Bắc, ngày 10 tháng 12 năm 2024",
                "BÁO CÁO", "Công tác cải cách hành chính năm 2024",
                "Trên đây là báo cáo công tác cải cách hành chính năm 2024 của UBND phường An Hải Bắc ./. (Kèm theo Báo cáo số 298/BC-UBND)"));
        assertEquals("UBND phường An Hải Bắc", md.issuer());
        assertEquals("xa", md.level());
    }

    /** A district reporting itself, its closing naming it again: the header's council stays. */
    @Test
    void aCouncilNamedAgainInItsClosingStays() {
        ReportMetadata md = read(String.join("\n",
                "UBND TỈNH NGHỆ AN", "UBND HUYỆN NGHI LỘC", "Số: 517/BC-UBND", "Nghi Lộc, ngày 20 tháng 9 năm 2024",
                "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý III năm 2024",
                "Trên đây là báo cáo kết quả quý III năm 2024 của UBND huyện Nghi Lộc./."));
        assertEquals("UBND huyện Nghi Lộc", md.issuer());
    }

    @Test
    void aCityNameWithADroppedMarkIsSpelledAsTheReportSpellsIt() {
        ReportMetadata md = read(String.join("\n",
                "ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐONG HÀ", "Số: 402/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Hà, ngày 05 tháng 12 năm 2023",
                "BÁO CÁO", "Tình hình, kết quả thực hiện công tác cải cách hành chính năm 2023",
                "Kính gửi: Sở Nội vụ tỉnh Quảng Trị",
                "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2023 của UBND thành phố Đông Hà./."));
        assertEquals("UBND thành phố Đông Hà", md.issuer());
        assertEquals("huyen", md.level());
    }

    @Test
    void aDepartmentUnderItsProvinceBothInCapitalsWithMarksLostOrChanged() {
        ReportMetadata md = read(String.join("\n",
                "UBND TINH QUANG BINH", "SƠ TƯ PHAP", "Số: 1287/BC-STP",
                "CONG HOA XA HOI CHỦ NGHIA VIET NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Bình, ngày 25 tháng 9 năm 2024",
                "BAO CAO", "Công tác cải cách hành chính 9 tháng năm 2024",
                "Kính gửi: Sở Nội vụ tỉnh Quảng Bình",
                "Thực hiện Kế hoạch số 2145/KH-UBND ngày 28/12/2023 của UBND tỉnh, Sở Tư pháp báo cáo kết quả như sau:",
                "Trên đây là báo cáo công tác cải cách hành chính 9 tháng năm 2024 của Sở Tư pháp./."));
        assertEquals("Sở Tư pháp tỉnh Quảng Bình", md.issuer());
        assertEquals("so", md.level());
    }

    /** OCR changed a mark of the capitals rather than dropping it ("LỌC" for "LỘC"): the sentences' spelling wins. */
    @Test
    void aDistrictNameWithAChangedMarkIsSpelledAsTheReportSpellsIt() {
        ReportMetadata md = read(String.join("\n",
                "UBND TỈNH NGHỆ AN", "UBND HUYỆN NGHI LỌC", "Số: 517/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghi Lộc, ngày 20 tháng 9 năm 2024",
                "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý III năm 2024",
                "Kính gửi: Sở Nội vụ tỉnh Nghệ An",
                "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2024 của UBND huyện Nghi Lộc./."));
        assertEquals("UBND huyện Nghi Lộc", md.issuer());
        assertEquals("huyen", md.level());
        assertEquals("2024-Q3", md.period());
    }
}
