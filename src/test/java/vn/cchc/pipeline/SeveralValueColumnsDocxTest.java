package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/**
 * Word reports with two value columns, as provinces type them: last year's figures beside this year's, the plan beside
 * the result under a merged "Số liệu" header, and quarter columns in a yearly report whose header cannot say which is
 * the report's period. The value must be the report's own figure, the other kept in {@code values}/{@code
 * prev_value}, and a choice the header does not make flagged {@code value_column_guessed}.
 */
class SeveralValueColumnsDocxTest {
    @TempDir
    Path dir;

    /** STT, label, unit, then one text per value column. */
    private static final String[][] ROWS = {
            {"1.", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)", "Văn bản", "4", "6"},
            {"2.", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "80", "90,48"},
            {"2.1", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "20", "21"},
            {"2.2", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "16", "19"},
            {"3.", "Kiểm tra CCHC", "", "", ""},
            {"3.1", "Số sở, ngành đã kiểm tra", "Cơ quan, đơn vị", "2", "-"},
            {"3.2", "Số UBND cấp huyện đã kiểm tra", "Cơ quan, đơn vị", "3", "5"}};

    @Test
    void lastYearBesideThisYear() throws IOException {
        List<StatRecord> rec = read("nam-2024.docx", "Công tác cải cách hành chính năm 2024", "Cùng kỳ năm 2023", "Năm 2024", false);
        assertValues(rec, "2023", "2024");
        for (StatRecord r : rec) {
            assertFalse(r.flags().contains(Flag.VALUE_COLUMN_GUESSED), r.stt() + " " + r.flags());
            assertEquals(r.values().get("2023"), r.prevValue(), r.stt() + ": last year's figure is prev_value");
        }
        StatRecord docs = row(rec, "1.");
        assertEquals(0, new BigDecimal("6").compareTo(docs.value()));
        assertEquals(0, new BigDecimal("4").compareTo(docs.prevValue()));
        assertEquals(0, new BigDecimal("2").compareTo(row(rec, "3.1").prevValue()));
        assertNull(row(rec, "3.1").value(), "'-' this year: no value, though last year had one");
    }

    @Test
    void planBesideResultUnderAMergedHeader() throws IOException {
        List<StatRecord> rec = read("ke-hoach.docx", "Công tác cải cách hành chính Quý I năm 2024", "Kế hoạch", "Thực hiện", true);
        assertValues(rec, "ke_hoach", "thuc_hien");
        for (StatRecord r : rec) {
            assertFalse(r.flags().contains(Flag.VALUE_COLUMN_GUESSED), r.stt() + " " + r.flags());
            assertNull(r.prevValue(), r.stt() + ": a plan is not last year's figure");
        }
        assertEquals(0, new BigDecimal("90.48").compareTo(row(rec, "2.").value()));
        assertEquals(0, new BigDecimal("80").compareTo(row(rec, "2.").values().get("ke_hoach")));
    }

    @Test
    void quarterColumnsInAYearlyReportAreAGuessSaidSo() throws IOException {
        List<StatRecord> rec = read("quy.docx", "Công tác cải cách hành chính năm 2024", "Quý I", "Quý II", false);
        assertValues(rec, "2024-Q1", "2024-Q2");
        for (StatRecord r : rec) {
            if (r.value() != null) assertTrue(r.flags().contains(Flag.VALUE_COLUMN_GUESSED), r.stt() + " " + r.flags());
        }
        assertEquals(0, new BigDecimal("6").compareTo(row(rec, "1.").value()), "the latest quarter, flagged");
    }

    /** The first page prints one "Số liệu" column, the next page (its own header) last year's beside this year's. */
    @Test
    void aContinuationUnderItsOwnHeaderIsReadByItsOwnValueColumns() throws IOException {
        List<StatRecord> rec = readPieces("tiep-theo.docx",
                new String[][] {{"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"}, {"1.", ROWS[0][1], ROWS[0][2], "4", ""}},
                new String[][] {{"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Cùng kỳ năm 2023", "Năm 2024", "Ghi chú"},
                        {"2.1", ROWS[2][1], ROWS[2][2], "20", "21", ""}, {"2.2", ROWS[3][1], ROWS[3][2], "16", "19", ""}});
        assertEquals(3, rec.size(), rec.toString());
        assertEquals("4", row(rec, "1.").valueRaw(), "the single column of the first page");
        assertEquals(0, new BigDecimal("21").compareTo(row(rec, "2.1").value()), "this year's, not last year's");
        assertEquals(0, new BigDecimal("16").compareTo(row(rec, "2.2").prevValue()));
        assertEquals(0, new BigDecimal("19").compareTo(row(rec, "2.2").values().get("2024")));
        assertTrue(rec.stream().noneMatch(r -> r.flags().contains(Flag.VALUE_COLUMN_GUESSED)));
    }

    /**
     * Pages after the first without a header: one that only lacks the empty note column is read by the first
     * page's columns; one with a single value column where the first page had two cannot say whose it is.
     */
    @Test
    void aHeaderlessContinuationOfAnotherShapeIsReadByPositionOrMarkedGuessed() throws IOException {
        List<StatRecord> rec = readPieces("khong-tieu-de.docx",
                new String[][] {{"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Cùng kỳ năm 2023", "Năm 2024", "Ghi chú"},
                        {"1.", ROWS[0][1], ROWS[0][2], "4", "6", ""}},
                new String[][] {{"2.1", ROWS[2][1], ROWS[2][2], "20", "21"}},
                new String[][] {{"2.2", ROWS[3][1], ROWS[3][2], "19"}});
        assertEquals(3, rec.size(), rec.toString());
        StatRecord same = row(rec, "2.1");
        assertEquals(0, new BigDecimal("21").compareTo(same.value()));
        assertEquals(0, new BigDecimal("20").compareTo(same.prevValue()));
        assertFalse(same.flags().contains(Flag.VALUE_COLUMN_GUESSED), same.flags().toString());
        StatRecord other = row(rec, "2.2");
        assertTrue(other.flags().contains(Flag.VALUE_COLUMN_GUESSED), other.flags().toString());
        assertTrue(other.value() == null || other.value().compareTo(new BigDecimal("19")) == 0, "never another number");
    }

    /** Every row's value is the second column's, the first is kept under its key. */
    private static void assertValues(List<StatRecord> rec, String firstKey, String secondKey) {
        assertEquals(ROWS.length, rec.size(), rec.toString());
        for (String[] g : ROWS) {
            StatRecord r = row(rec, g[0]);
            assertEquals(g[1], r.label());
            assertEquals(g[4], r.valueRaw(), g[0]);
            Map<String, BigDecimal> values = r.values();
            if (g[3].isEmpty() && g[4].isEmpty()) continue;
            assertEquals(List.of(firstKey, secondKey), values.keySet().stream().sorted().toList(), g[0]);
            assertEquals(r.value(), values.get(secondKey), g[0]);
        }
    }

    private static StatRecord row(List<StatRecord> rec, String stt) {
        return rec.stream().filter(r -> r.stt().equals(stt)).findFirst().orElseThrow(() -> new AssertionError("no row " + stt));
    }

    private List<StatRecord> read(String name, String title, String first, String second, boolean mergedHeader)
            throws IOException {
        Path p = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            for (String line : new String[] {"UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 125/BC-SNV",
                    "Quảng Trị, ngày 10 tháng 12 năm 2024", "BÁO CÁO", title, "Phụ lục 2",
                    "THỐNG KÊ SỐ LIỆU BÁO CÁO CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"}) {
                doc.createParagraph().createRun().setText(line);
            }
            int headerRows = mergedHeader ? 2 : 1;
            XWPFTable t = doc.createTable(headerRows + ROWS.length, 6);
            if (mergedHeader) {
                String[] top = {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "", "Ghi chú"};
                String[] below = {"", "", "", first, second, ""};
                for (int c = 0; c < 6; c++) {
                    set(t.getRow(0).getCell(c), top[c]);
                    set(t.getRow(1).getCell(c), below[c]);
                }
                for (int c : new int[] {0, 1, 2, 5}) {
                    tcPr(t.getRow(0).getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
                    tcPr(t.getRow(1).getCell(c)).addNewVMerge().setVal(STMerge.CONTINUE);
                }
                tcPr(t.getRow(0).getCell(3)).addNewGridSpan().setVal(BigInteger.TWO);
                t.getRow(0).removeCell(4);
                t.getRow(0).getCtRow().removeTc(4);
            } else {
                String[] h = {"STT", "Chỉ tiêu thống kê", "Đơn vị tính", first, second, "Ghi chú"};
                for (int c = 0; c < 6; c++) set(t.getRow(0).getCell(c), h[c]);
            }
            for (int i = 0; i < ROWS.length; i++) {
                XWPFTableRow r = t.getRow(headerRows + i);
                for (int c = 0; c < 5; c++) set(r.getCell(c), ROWS[i][c]);
                set(r.getCell(5), "");
            }
            doc.write(out);
        }
        FileResult r = new FileExtractor(Readers.standard()).extract(p, name);
        assertNull(r.error());
        return r.records();
    }

    /** The tables as given, one under the other with only an empty paragraph between (a page break by hand). */
    private List<StatRecord> readPieces(String name, String[][]... pieces) throws IOException {
        Path p = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            for (String line : new String[] {"UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 125/BC-SNV",
                    "Quảng Trị, ngày 10 tháng 12 năm 2024", "BÁO CÁO", "Công tác cải cách hành chính năm 2024",
                    "Phụ lục 2", "THỐNG KÊ SỐ LIỆU BÁO CÁO CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"}) {
                doc.createParagraph().createRun().setText(line);
            }
            for (String[][] piece : pieces) {
                XWPFTable t = doc.createTable(piece.length, piece[0].length);
                for (int r = 0; r < piece.length; r++) {
                    for (int c = 0; c < piece[r].length; c++) set(t.getRow(r).getCell(c), piece[r][c]);
                }
                doc.createParagraph();
            }
            doc.write(out);
        }
        FileResult r = new FileExtractor(Readers.standard()).extract(p, name);
        assertNull(r.error());
        return r.records();
    }

    private static CTTcPr tcPr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }

    private static void set(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }
}
