package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.text.TextReader;
import vn.cchc.vocabulary.Flag;

/** Header, title, appendix and body forms, in Documents shaped as each reader gives them. */
class ReportMetadataExtractorTest {
    private final ReportMetadataExtractor extractor = new ReportMetadataExtractor();

    /** A Word header: a borderless two-column table, each cell's paragraphs joined by a space. */
    @Test
    void wordHeaderTableOfAProvincialDepartment() {
        Document doc = doc(table(
                        row("UBND TỈNH THỪA THIÊN HUẾ SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
                        row("Số: 863/BC-SKHĐT", "Thừa Thiên Huế, ngày 08 tháng 3 năm 2024")),
                "BÁO CÁO", "Công tác CCHC gắn với chính quyền số, dịch vụ đô thị thông minh", "Quý I năm 2024.",
                "(Từ ngày 15/12/2023 đến 10/3/2024).",
                "Thực hiện hướng dẫn của Sở Nội vụ tại Công văn số 188/SNV-CCHC ngày 24/02/2022, Sở Kế hoạch và Đầu tư báo cáo như sau:");
        assertEquals(md("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", "so", "863/BC-SKHĐT", "2024-03-08", "2024-Q1"),
                extractor.extract(doc));
    }

    @Test
    void wordHeaderTableInOneRowWithTheNumberInTheIssuerCell() {
        Document doc = doc(table(row("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HẢI –––––––– Số: 282/BC-UBND",
                        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc –––– Hồng Hải, ngày 15 tháng 12 năm 2023")),
                "BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2023",
                "phương hướng nhiệm vụ năm 2024", "của UBND phường Hồng Hải");
        assertEquals(md("UBND phường Hồng Hải", "xa", "282/BC-UBND", "2023-12-15", "2023"), extractor.extract(doc));
    }

    @Test
    void blankNumberAndDateAreNullWithFlags() {
        Document doc = doc(table(row("UỶ BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN Số: /BC-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Quảng Điền, ngày    tháng 3 năm 2024")),
                "BÁO CÁO", "Tình hình thực hiện công tác cải cách hành chính Quý I năm 2024",
                "Kính gửi: Sở Nội vụ tỉnh Thừa Thiên Huế",
                "(Ban hành kèm theo Báo cáo số: /BC-UBND ngày /3/2024 của UBND huyện Quảng Điền)");
        ReportMetadata md = extractor.extract(doc);
        assertEquals(new ReportMetadata("UBND huyện Quảng Điền", "huyen", null, null, "2024-Q1",
                List.of(Flag.NO_REPORT_NUMBER, Flag.NO_REPORT_DATE)), md);
    }

    /** A PDF reads a two-column header line by line, left and right text on one line. */
    @Test
    void pdfHeaderMixingBothColumns() {
        Document doc = lines("""
                UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHƯỜNG HỒNG HẢI Độc lập - Tự do - Hạnh phúc
                Số: 282/BC-UBND Hồng Hải, ngày 15 tháng 12 năm 2023
                BÁO CÁO
                Kết quả thực hiện công tác cải cách hành chính năm 2023
                Thực hiện Công văn số 62/NV ngày 02 tháng 3 năm 2023 của UBND thành phố, UBND phường báo cáo:
                """);
        assertEquals(md("UBND phường Hồng Hải", "xa", "282/BC-UBND", "2023-12-15", "2023"), extractor.extract(doc));
    }

    @Test
    void pdfHeaderAllOnOneLine() {
        Document doc = lines("""
                UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM PHƯỜNG HỒNG HẢI Độc lập - Tự do - Hạnh phúc Số: 282/BC-UBND Hồng Hải, ngày 15 tháng 12 năm 2023
                BÁO CÁO
                Kết quả thực hiện công tác cải cách hành chính năm 2023
                """);
        assertEquals(md("UBND phường Hồng Hải", "xa", "282/BC-UBND", "2023-12-15", "2023"), extractor.extract(doc));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UỶ BAN NHÂN DÂN / PHƯỜNG HỒNG HẢI | UBND phường Hồng Hải | xa",
            "ỦY BAN NHÂN DÂN / XÃ PHONG AN | UBND xã Phong An | xa",
            "UBND THỊ TRẤN SỊA | UBND thị trấn Sịa | xa",
            "ỦY BAN NHÂN DÂN / HUYỆN QUẢNG ĐIỀN | UBND huyện Quảng Điền | huyen",
            "UBND THỊ XÃ HƯƠNG TRÀ | UBND thị xã Hương Trà | huyen",
            "ỦY BAN NHÂN DÂN / THÀNH PHỐ HẠ LONG | UBND thành phố Hạ Long | huyen",
            "UBND QUẬN 3 | UBND quận 3 | huyen",
            "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NINH | UBND tỉnh Quảng Ninh | tinh",
            "ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG | UBND thành phố Đà Nẵng | tinh",
            "UBND TỈNH THỪA THIÊN HUẾ / SỞ KẾ HOẠCH VÀ ĐẦU TƯ | Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế | so",
            "UBND TỈNH QUẢNG NINH / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh | so",
            "UBND TỈNH QUẢNG NAM / SỞ CÔNG THƯƠNG | Sở Công Thương tỉnh Quảng Nam | so",
            "UBND TỈNH QUẢNG NAM / SỞ Y TẾ | Sở Y tế tỉnh Quảng Nam | so",
            "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH / THANH TRA TỈNH | Thanh tra tỉnh Bình Định | so",
            "SỞ NỘI VỤ TỈNH QUẢNG NINH | Sở Nội vụ tỉnh Quảng Ninh | so",
            "UBND TỈNH QUẢNG TRỊ / BAN QUẢN LÝ KHU KINH TẾ | Ban Quản lý khu kinh tế tỉnh Quảng Trị | so",
            "UBND HUYỆN QUẢNG ĐIỀN / UBND XÃ QUẢNG AN | UBND xã Quảng An | xa",
            "UBND HUYỆN QUẢNG ĐIỀN / PHÒNG NỘI VỤ | Phòng Nội vụ huyện Quảng Điền | huyen",
            "UBND HUYỆN PHONG ĐIỀN PHÒNG NỘI VỤ | Phòng Nội vụ huyện Phong Điền | huyen",
            "UBND TỈNH QUẢNG NINH / VĂN PHÒNG UBND TỈNH | Văn phòng UBND tỉnh Quảng Ninh | so",
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ BAN QUẢN LÝ KHU KINH TẾ | Ban Quản lý khu kinh tế tỉnh Quảng Trị | so",
            "UBND TP. HẠ LONG | UBND thành phố Hạ Long | huyen",
            "UBND TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | UBND tỉnh Bà Rịa - Vũng Tàu | tinh"})
    void headerForms(String header, String issuer, String level) {
        List<String> lines = new ArrayList<>(List.of(header.split(" / ")));
        lines.addAll(List.of("Số: 12/BC-UBND", "BÁO CÁO", "Công tác cải cách hành chính Quý I năm 2024"));
        ReportMetadata md = extractor.extract(lines(String.join("\n", lines)));
        assertEquals(List.of(issuer, level), java.util.Arrays.asList(md.issuer(), md.level()));
    }

    /** Without a header the body names the issuer, but never the addressee or the author of a cited document. */
    @Test
    void bodyWithoutHeader() {
        Document doc = lines("""
                BÁO CÁO
                Công tác cải cách hành chính
                Kính gửi: Sở Nội vụ tỉnh Quảng Trị
                Thực hiện Công văn số 188/SNV-CCHC ngày 24/02/2022 của Sở Nội vụ, UBND xã Triệu Phong báo cáo kết quả công tác CCHC Quý II năm 2024 như sau:
                I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
                Kế hoạch số 29/KH-UBND ngày 01/02/2024 của UBND huyện Triệu Phong.
                """);
        assertEquals(new ReportMetadata("UBND xã Triệu Phong", "xa", null, null, "2024-Q2",
                List.of(Flag.NO_REPORT_NUMBER, Flag.NO_REPORT_DATE, Flag.ISSUER_INFERRED)), extractor.extract(doc));
    }

    /** The header's first line is the superior body; the issuing body is printed below it, often over two lines. */
    @Test
    void theIssuerIsTheBodyBelowItsSuperior() {
        for (String header : List.of("UBND HUYỆN PHONG ĐIỀN\nỦY BAN NHÂN DÂN\nXÃ PHONG HIỀN",
                "UBND HUYỆN PHONG ĐIỀN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc\nXÃ PHONG HIỀN",
                "UBND THỊ XÃ HƯƠNG TRÀ\nUBND PHƯỜNG TỨ HẠ")) {
            Document doc = lines(header + "\nSố: 45/BC-UBND\nBÁO CÁO\nCông tác cải cách hành chính 6 tháng đầu năm 2023\n");
            ReportMetadata md = extractor.extract(doc);
            assertEquals("xa", md.level(), header);
            assertTrue(md.issuer().startsWith("UBND xã Phong Hiền") || md.issuer().equals("UBND phường Tứ Hạ"), md.issuer());
            assertFalse(md.flags().contains(Flag.ISSUER_INFERRED));
        }
    }

    /** A body copied without its header: "Ủy ban nhân dân tỉnh báo cáo … trên địa bàn tỉnh Quảng Trị". */
    @Test
    void withoutHeaderTheTerritoryNamesAnUnnamedIssuer() {
        Document doc = lines("""
                KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2024
                Thực hiện Công văn số 581/BNV-CCHC của Bộ Nội vụ, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính quý II năm 2024 trên địa bàn tỉnh Quảng Trị như sau:
                I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
                """);
        ReportMetadata md = extractor.extract(doc);
        assertEquals("UBND tỉnh Quảng Trị", md.issuer());
        assertEquals("tinh", md.level());
        assertTrue(md.flags().contains(Flag.ISSUER_INFERRED), md.flags().toString());
    }

    /** A PDF wraps the appendix line; the issuer's name goes on in the next line. */
    @Test
    void appendixLineWrappedOverTwoLines() {
        Document doc = lines("""
                Trên đây là Báo cáo công tác cải cách hành chính Quý I và phương hướng, nhiệm vụ Quý II năm 2024 của
                UBND huyện Quảng Điền./.
                Nơi nhận:
                DANH SÁCH CÁC PHỤ LỤC
                (Ban hành kèm theo Báo cáo số: 91/BC-UBND ngày 20/3/2024 của UBND huyện
                Quảng Điền)
                Phụ lục 2
                """);
        assertEquals(md("UBND huyện Quảng Điền", "huyen", "91/BC-UBND", "2024-03-20", "2024-Q1"), extractor.extract(doc));
    }

    @Test
    void departmentNamedOnlyInTheAppendixTakesItsProvinceFromThePlaceDateLine() {
        Document doc = lines("""
                Số: 15/BC-SNV
                Hà Nội, ngày 05 tháng 7 năm 2024
                BÁO CÁO
                Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024
                (Ban hành kèm theo Báo cáo số 15/BC-SNV ngày 05/7/2024 của Sở Nội vụ)
                """);
        assertEquals(md("Sở Nội vụ thành phố Hà Nội", "so", "15/BC-SNV", "2024-07-05", "2024-H1"), extractor.extract(doc));
    }

    @Test
    void numberWrappedOntoItsOwnLineIsNotAName() {
        Document doc = lines("""
                ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH KON TUM Độc lập - Tự do - Hạnh phúc
                Số:
                06/BC-UBND
                Kon Tum, ngày 25
                tháng 01 năm 2024
                BÁO CÁO
                Kết quả công tác cải cách hành chính năm 2023
                """);
        assertEquals(md("UBND tỉnh Kon Tum", "tinh", "06/BC-UBND", "2024-01-25", "2023"), extractor.extract(doc));
    }

    @Test
    void levelWithoutANameIsKeptButTheIssuerIsFlagged() {
        Document doc = lines("""
                BÁO CÁO
                Kết quả công tác cải cách hành chính Quý III năm 2024
                Kính gửi:
                - Sở Nội vụ;
                - UBND tỉnh.
                Thực hiện chỉ đạo của UBND tỉnh, UBND huyện báo cáo như sau:
                """);
        assertEquals(new ReportMetadata(null, "huyen", null, null, "2024-Q3",
                List.of(Flag.NO_REPORT_NUMBER, Flag.NO_REPORT_DATE, Flag.NO_ISSUER)), extractor.extract(doc));
    }

    @Test
    void nothingToReadGivesEveryFlag() {
        ReportMetadata md = extractor.extract(lines("Phụ lục 2\nBIỂU MẪU THỐNG KÊ SỐ LIỆU"));
        assertEquals(new ReportMetadata(null, null, null, null, null,
                List.of(Flag.NO_REPORT_NUMBER, Flag.NO_REPORT_DATE, Flag.NO_ISSUER, Flag.NO_LEVEL, Flag.NO_PERIOD)), md);
    }

    private static ReportMetadata md(String issuer, String level, String number, String date, String period) {
        return new ReportMetadata(issuer, level, number, date, period, List.of());
    }

    private static Document lines(String text) {
        return new TextReader().parse(text);
    }

    private static Document doc(Table header, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(header);
        for (String p : paragraphs) blocks.add(new Paragraph(p, 1));
        return new Document("docx", blocks, List.of());
    }

    private static Table table(Row... rows) {
        List<Row> rs = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) rs.add(rows[i].withIndex(i));
        return new Table(0, rs, 1);
    }

    private static Row row(String left, String right) {
        return new Row(0, List.of(Cell.of(left, 0), Cell.of(right, 1)), 1);
    }
}
