package vn.cchc.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.ocr.ScanPage;
import vn.cchc.read.ocr.ScanWord;
import vn.cchc.vocabulary.Flag;

/**
 * OCR'd word boxes to glyphs, and scanned pages of words laid out by the unruled-table logic, without Tesseract: the
 * words are placed as Tesseract places them (ink boxes in points, a line number per line it found).
 */
class ScanLayoutTest {
    /** A 13 pt Times digit is about 8.8 pt tall. */
    private static final float DIGIT = 8.8f;

    /** Words of a phrase from {@code x} on, flat-bottomed on {@code baseline}, about 6 pt a letter, word spaces of 3 pt. */
    private static List<ScanWord> phrase(String text, float x, float baseline, int line, double conf) {
        List<ScanWord> out = new ArrayList<>();
        for (String w : text.split(" ")) {
            float width = 6 * w.length();
            out.add(new ScanWord(w, x, baseline - DIGIT, width, DIGIT, line, conf));
            x += width + 3;
        }
        return out;
    }

    @Test
    void fontSizeComesFromTheHeightOfDigits() {
        List<ScanWord> words = new ArrayList<>();
        for (int i = 1; i <= 5; i++) words.addAll(phrase(String.valueOf(i * 11), 100, 100 + 20 * i, i, 95));
        words.add(new ScanWord("Được", 200, 80, 30, 14, 0, 95)); // accents and a dot below make a word taller
        assertEquals(DIGIT / ScanGlyphs.DIGIT_EM, ScanGlyphs.fontSize(words), 0.01);
    }

    @Test
    void baselineIsCorrectedForDescendersDotsBelowAndDashes() {
        float size = 13;
        assertEquals(100, ScanGlyphs.baseline(new ScanWord("tiêu", 0, 90, 20, 10, 0, 95), size), 0.01);
        assertEquals(100 - ScanGlyphs.DESCENDER_EM * size, ScanGlyphs.baseline(new ScanWord("quy", 0, 90, 20, 10, 0, 95), size), 0.01);
        assertEquals(100 - ScanGlyphs.DOT_BELOW_EM * size, ScanGlyphs.baseline(new ScanWord("việc", 0, 90, 20, 10, 0, 95), size), 0.01);
        // a dash is a stroke at mid-height of a lower-case letter
        assertEquals(97 + ScanGlyphs.DASH_EM * size, ScanGlyphs.baseline(new ScanWord("-", 0, 96, 5, 2, 0, 95), size), 0.01);
    }

    @Test
    void wordsOfOneLineShareABaselineAndKeepTheirConfidence() {
        List<ScanWord> words = new ArrayList<>(phrase("Số văn bản", 100, 200, 7, 91));
        words.add(new ScanWord("quy", 160, 200 - DIGIT, 18, DIGIT + 2.7f, 7, 42)); // its descender reaches lower
        words.add(new ScanWord("10", 300, 200 - DIGIT, 12, DIGIT, 8, 96)); // another Tesseract line, same row
        List<Glyph> glyphs = ScanGlyphs.of(words);
        assertEquals(5, glyphs.size());
        for (Glyph g : glyphs.subList(0, 4)) assertEquals(200, g.baseline(), 0.01);
        assertEquals(42, glyphs.get(3).ocrConfidence());
        assertEquals(1, TextLine.group(glyphs).size(), "one row of the page");
        assertEquals("Số văn bản quy 10", TextLine.group(glyphs).get(0).text());
    }

    @Test
    void specksReadAsPunctuationAreLeftOutButDashesAndPercentsStay() {
        assertTrue(ScanGlyphs.isSpeck("."));
        assertTrue(ScanGlyphs.isSpeck(":"));
        assertTrue(ScanGlyphs.isSpeck("_"));
        assertFalse(ScanGlyphs.isSpeck("-"));
        assertFalse(ScanGlyphs.isSpeck("%"));
        assertFalse(ScanGlyphs.isSpeck("1."));
        assertTrue(ScanGlyphs.tiny(new ScanWord("Ề", 90, 340, 1.4f, 1.4f, 0, 0), 13), "a dot read as a letter");
        assertFalse(ScanGlyphs.tiny(new ScanWord("-", 400, 340, 4.5f, 0.8f, 0, 90), 13), "a dash is as wide as a digit");
    }

    @Test
    void wordsRunTogetherAreCutAndStainsAtTheirEndsDropped() {
        // "Cơ quan," and the value "0" next to it, run together by a stain between them: two words a gutter apart
        List<ScanWord> parts = ScanGlyphs.split(new ScanWord("quan,>-0", 400, 100, 48, 9, 3, 40), 13);
        assertEquals(List.of("quan,", "-0"), parts.stream().map(ScanWord::text).toList());
        assertEquals(430, parts.get(0).left() + parts.get(0).width(), 0.01);
        assertTrue(parts.get(1).left() - 430 >= Columns.GUTTER_EM * 13, "a column gutter between them");
        assertEquals(448, parts.get(1).left() + parts.get(1).width(), 0.01, "the right edge stays");
        assertEquals(40, parts.get(1).confidence());
        ScanWord stained = ScanGlyphs.trimmed(new ScanWord("„vụ", 351, 100, 36, 9, 3, 90));
        assertEquals("vụ", stained.text());
        assertEquals(363, stained.left(), 0.01);
        assertEquals("Không", ScanGlyphs.trimmed(new ScanWord("Không", 0, 0, 30, 9, 0, 90)).text());
    }

    @Test
    void aRowNumberReadWithACommaIsARowNumber() {
        List<ScanWord> words = List.of(new ScanWord("4,", 90, 100, 8, 9, 1, 90), new ScanWord("Thanh", 130, 100, 30, 9, 1, 90),
                new ScanWord("99,", 400, 100, 15, 9, 1, 90));
        assertEquals(List.of("4.", "Thanh", "99,"), ScanGlyphs.rowNumbers(words).stream().map(ScanWord::text).toList(),
                "only the first word of a line");
    }

    /** An unruled statistics table as OCR reads it: a header, a numbered row, a row whose label wraps. */
    private static List<ScanWord> table(float top, int firstLine, double valueConf) {
        List<ScanWord> w = new ArrayList<>();
        float y = top;
        w.addAll(phrase("STT", 72, y, firstLine, 95));
        w.addAll(phrase("Chỉ tiêu thống kê", 110, y, firstLine, 95));
        w.addAll(phrase("Đơn vị tính", 330, y, firstLine, 95));
        w.addAll(phrase("Số liệu", 400, y, firstLine, 95));
        w.addAll(phrase("Ghi chú", 470, y, firstLine, 95));
        y += 20;
        w.addAll(phrase("1.", 72, y, firstLine + 1, 96));
        w.addAll(phrase("Số văn bản chỉ đạo CCHC", 110, y, firstLine + 1, 93));
        w.addAll(phrase("Văn bản", 330, y, firstLine + 1, 94));
        w.addAll(phrase("6", 400, y, firstLine + 1, 96));
        y += 20;
        w.addAll(phrase("2.", 72, y, firstLine + 2, 96));
        w.addAll(phrase("Tỷ lệ hoàn thành Kế hoạch", 110, y, firstLine + 2, 90));
        w.addAll(phrase("%", 330, y, firstLine + 2, 92));
        w.addAll(phrase("99,6", 400, y, firstLine + 2, valueConf));
        y += 16;
        w.addAll(phrase("CCHC năm", 110, y, firstLine + 3, 88));
        return w;
    }

    @Test
    void unruledTableIsReadFromWordBoxesWithOcrFlagsAndConfidences() {
        List<ScanWord> words = new ArrayList<>(phrase("BÁO CÁO", 250, 80, 0, 95));
        words.addAll(table(150, 1, 40));
        List<Block> blocks = new ScanLayout().blocks(List.of(new ScanPage(1, 612, 792, words, List.of())));
        assertEquals(new Paragraph("BÁO CÁO", 1), blocks.get(0));
        Table t = (Table) blocks.get(1);
        assertEquals(2, blocks.size(), blocks::toString);
        Row header = t.rows().get(0);
        assertEquals("STT", header.textAt(0));
        assertEquals(List.of(Flag.OCR), header.flags(), "a header read by OCR says so too");
        Row first = t.rows().get(t.rows().size() - 2), second = t.rows().get(t.rows().size() - 1);
        assertEquals("1.", first.textAt(0));
        assertEquals("6", first.textAt(3));
        assertEquals(List.of(Flag.OCR), first.flags());
        assertEquals(96.0, first.cellAt(3).ocrConfidence());
        assertEquals("Tỷ lệ hoàn thành Kế hoạch CCHC năm", second.textAt(1), "the wrapped label joins its row");
        assertEquals(40.0, second.cellAt(3).ocrConfidence(), "the value keeps its word's low confidence");
        assertEquals(88.0, second.cellAt(1).ocrConfidence(), "a cell is as sure as its least sure word");
        assertNull(second.cellAt(4).ocrConfidence(), "an empty cell has no reading");
    }

    @Test
    void tableGoesOnOverAPageBreakAndGridTablesStayInPlace() {
        List<ScanWord> first = new ArrayList<>(table(600, 0, 95));
        List<ScanWord> second = new ArrayList<>(phrase("3.", 72, 90, 0, 96));
        second.addAll(phrase("Số TTHC được công bố", 110, 90, 0, 94));
        second.addAll(phrase("TTHC", 330, 90, 0, 94));
        second.addAll(phrase("12", 400, 90, 0, 96));
        Table grid = new Table(0, List.of(new Row(0, List.of(Cell.of("STT", 0), Cell.of("Nội dung", 1)), 2)), 2);
        List<Block> blocks = new ScanLayout().blocks(List.of(new ScanPage(1, 612, 792, first, List.of()),
                new ScanPage(2, 612, 792, second, List.of(new ScanPage.Grid(300, 500, grid)))));
        assertEquals(2, blocks.size(), blocks::toString);
        Table joined = (Table) blocks.get(0);
        Row last = joined.rows().get(joined.rows().size() - 1);
        assertEquals("3.", last.textAt(0));
        assertEquals(2, last.page());
        Table placed = (Table) blocks.get(1);
        assertEquals(1, placed.index(), "tables numbered across the document");
        assertEquals(grid.rows(), placed.rows());
    }

    /**
     * OCR sees no bold, so a heading set in capitals is told from the running text it follows at a body line's pitch
     * by its capitals: "BIỂU MẪU 01 / BIỂU THỐNG KÊ ... CHỈ ĐẠO, ĐIỀU HÀNH" is a paragraph of its own, not the tail of
     * the report's last sentence (which named another area, and gave the table its section).
     */
    @Test
    void aHeadingInCapitalsIsAParagraphOfItsOwnThoughOcrSeesNoBold() {
        List<ScanWord> words = new ArrayList<>(phrase("tiếp nhận 4.215 hồ sơ thủ tục hành chính.", 72, 100, 0, 95));
        words.addAll(phrase("(Kèm theo Báo cáo số 517/BC-UBND)", 72, 112, 1, 95));
        words.addAll(phrase("BIỂU MẪU 01", 72, 124, 2, 95));
        words.addAll(phrase("BIỂU THỐNG KÊ SỐ LIỆU CÔNG TÁC CHỈ ĐẠO", 72, 136, 3, 95));
        words.addAll(phrase("Thực hiện Kế hoạch", 72, 148, 4, 95));
        List<Block> blocks = new ScanLayout().blocks(List.of(new ScanPage(1, 612, 792, words, List.of())));
        assertEquals(List.of(new Paragraph("tiếp nhận 4.215 hồ sơ thủ tục hành chính. (Kèm theo Báo cáo số 517/BC-UBND)", 1),
                new Paragraph("BIỂU MẪU 01 BIỂU THỐNG KÊ SỐ LIỆU CÔNG TÁC CHỈ ĐẠO", 1),
                new Paragraph("Thực hiện Kế hoạch", 1)), blocks);
    }

    private static Row gridRow(int page, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cells.add(Cell.of(texts[i], i));
        return new Row(0, cells, page, false, List.of(Flag.OCR));
    }

    /**
     * A grid row the page break cut: its label's last words ("quyết của huyện") open the next page's grid, in small
     * letters, with no number and no value. They go back to their row, and the next page's grid starts with its first
     * row of its own.
     */
    @Test
    void aGridRowCutByThePageBreakIsJoinedAgain() {
        Table one = new Table(0, List.of(gridRow(1, "TT", "Nội dung", "ĐVT", "Số liệu"),
                gridRow(1, "1.4", "Tổng số TTHC thuộc thẩm quyền giải", "Thủ tục", "345").withIndex(1)), 1);
        Table two = new Table(0, List.of(gridRow(2, "", "quyết của huyện", "", ""),
                gridRow(2, "-", "Số TTHC cấp huyện", "Thủ tục", "236").withIndex(1)), 2);
        List<Block> blocks = new ScanLayout().blocks(List.of(
                new ScanPage(1, 612, 792, List.of(), List.of(new ScanPage.Grid(400, 780, one))),
                new ScanPage(2, 612, 792, List.of(), List.of(new ScanPage.Grid(20, 400, two)))));
        assertEquals(2, blocks.size(), blocks::toString);
        Table first = (Table) blocks.get(0), second = (Table) blocks.get(1);
        assertEquals("Tổng số TTHC thuộc thẩm quyền giải quyết của huyện", first.rows().get(1).textAt(1));
        assertEquals("345", first.rows().get(1).textAt(3));
        assertEquals(1, second.rows().size());
        assertEquals("-", second.rows().get(0).textAt(0));
        assertEquals(0, second.rows().get(0).index());
    }

    @Test
    void aNextPageGridStartingWithARowOfItsOwnIsLeftAsRead() {
        Table one = new Table(0, List.of(gridRow(1, "1.4", "Tổng số TTHC", "Thủ tục", "345")), 1);
        Table two = new Table(0, List.of(gridRow(2, "", "Số TTHC cấp huyện", "Thủ tục", "236")), 2);
        List<Block> blocks = new ScanLayout().blocks(List.of(
                new ScanPage(1, 612, 792, List.of(), List.of(new ScanPage.Grid(400, 780, one))),
                new ScanPage(2, 612, 792, List.of(), List.of(new ScanPage.Grid(20, 400, two)))));
        assertEquals(one.rows(), ((Table) blocks.get(0)).rows());
        assertEquals(two.rows(), ((Table) blocks.get(1)).rows());
    }

    private static Row textRow(int page, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cells.add(Cell.of(texts[i], i));
        return new Row(0, cells, page, false, List.of());
    }

    private static PageContent page(int n) {
        return new PageContent(n, 612, 792, List.of(), List.of(), 1);
    }

    /**
     * A PDF mixing text and scanned pages: a table of a text page runs onto the scanned page after it, and the break
     * cut a row ("giải" | "quyết của huyện"). The rest opening the scan's grid goes back to its row on the text page.
     */
    @Test
    void aRowCutByATextToScanPageBreakIsJoinedAgain() {
        PageTable text = new PageTable(List.of(textRow(1, "TT", "Nội dung", "ĐVT", "Số liệu"),
                textRow(1, "1.4", "Tổng số TTHC thuộc thẩm quyền giải", "Thủ tục", "345")), 400, 780,
                List.of(50f, 80f, 300f, 380f, 460f), true, false);
        Table scan = new Table(0, List.of(gridRow(2, "", "quyết của huyện", "", ""),
                gridRow(2, "-", "Số TTHC cấp huyện", "Thủ tục", "236").withIndex(1)), 2);
        List<Block> blocks = new TablesAcrossPages().assemble(List.of(page(1), page(2)),
                List.of(List.of(PagePiece.table(text)), List.of(PagePiece.placed(20, 400, scan))));
        assertEquals(2, blocks.size(), blocks::toString);
        Table first = (Table) blocks.get(0), second = (Table) blocks.get(1);
        assertEquals("Tổng số TTHC thuộc thẩm quyền giải quyết của huyện", first.rows().get(1).textAt(1));
        assertEquals("345", first.rows().get(1).textAt(3));
        assertEquals(List.of("-"), second.rows().stream().map(r -> r.textAt(0)).toList());
        assertEquals(0, second.rows().get(0).index());
    }

    /** The other way: a scanned page's grid cut a row, and the text page after it opens with the rest. */
    @Test
    void aRowCutByAScanToTextPageBreakIsJoinedAgain() {
        Table scan = new Table(0, List.of(gridRow(1, "TT", "Nội dung", "ĐVT", "Số liệu"),
                gridRow(1, "1.4", "Tổng số TTHC thuộc thẩm quyền giải", "Thủ tục", "345").withIndex(1)), 1);
        PageTable text = new PageTable(List.of(textRow(2, "", "quyết của huyện", "", ""),
                textRow(2, "-", "Số TTHC cấp huyện", "Thủ tục", "236")), 20, 400,
                List.of(50f, 80f, 300f, 380f, 460f), true, false);
        List<Block> blocks = new TablesAcrossPages().assemble(List.of(page(1), page(2)),
                List.of(List.of(PagePiece.placed(400, 780, scan)), List.of(PagePiece.table(text))));
        assertEquals(2, blocks.size(), blocks::toString);
        Table first = (Table) blocks.get(0), second = (Table) blocks.get(1);
        assertEquals("Tổng số TTHC thuộc thẩm quyền giải quyết của huyện", first.rows().get(1).textAt(1));
        assertEquals(List.of("-"), second.rows().stream().map(r -> r.textAt(0)).toList());
        assertEquals(0, second.rows().get(0).index());
    }

    /** A scan's grid opening with a row of its own after a text page's table is left as read. */
    @Test
    void aScanGridAfterATextTableStartingWithARowOfItsOwnIsLeftAsRead() {
        PageTable text = new PageTable(List.of(textRow(1, "1.4", "Tổng số TTHC", "Thủ tục", "345")), 400, 780,
                List.of(50f, 80f, 300f, 380f, 460f), true, false);
        Table scan = new Table(0, List.of(gridRow(2, "", "Số TTHC cấp huyện", "Thủ tục", "236")), 2);
        List<Block> blocks = new TablesAcrossPages().assemble(List.of(page(1), page(2)),
                List.of(List.of(PagePiece.table(text)), List.of(PagePiece.placed(20, 400, scan))));
        assertEquals(text.rows(), ((Table) blocks.get(0)).rows());
        assertEquals(scan.rows(), ((Table) blocks.get(1)).rows());
    }

    /**
     * A grid holding only a table's header row ends a scanned page, and the break cut the header: the last word of a
     * wrapped column name ("2025" of "6 tháng đầu năm 2025") opens the next page's grid, with no row number and no
     * label. It is the header's rest, not a row of data with the value 2025.
     */
    @Test
    void aHeaderRowCutByThePageBreakOfAScanIsJoinedAgain() {
        Table one = new Table(0, List.of(gridRow(1, "STT", "Nội dung chỉ tiêu", "ĐVT", "Cùng kỳ năm 2024", "6 tháng đầu năm", "Ghi chú")), 1);
        Table two = new Table(0, List.of(gridRow(2, "", "", "", "", "2025", ""),
                gridRow(2, "1", "Tỷ lệ thực hiện Kế hoạch giải ngân", "%", "35,2%", "38,6%", "").withIndex(1)), 2);
        List<Block> blocks = new ScanLayout().blocks(List.of(
                new ScanPage(1, 612, 792, List.of(), List.of(new ScanPage.Grid(700, 780, one))),
                new ScanPage(2, 612, 792, List.of(), List.of(new ScanPage.Grid(20, 400, two)))));
        Table first = (Table) blocks.get(0), second = (Table) blocks.get(1);
        assertEquals("6 tháng đầu năm 2025", first.rows().get(0).textAt(4));
        assertEquals(List.of("1"), second.rows().stream().map(r -> r.textAt(0)).toList());
    }
}
