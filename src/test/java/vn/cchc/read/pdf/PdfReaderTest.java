package vn.cchc.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.vocabulary.ColumnRole;
import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.table.StatTable;
import vn.cchc.table.StatisticsTables;

class PdfReaderTest {
    private static Document read(byte[] pdf) throws Exception {
        return new PdfReader().read(new ByteArrayInputStream(pdf));
    }

    private static Document readResource(String name) throws Exception {
        try (InputStream in = PdfReaderTest.class.getResourceAsStream("/corpus/" + name)) {
            return new PdfReader().read(in);
        }
    }

    @Test
    void ruledTableWithMergedHeaderCellAndWrappedLabel() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.text(cs, page, 50, 60, "Phu luc 2", true);
            float top = TestPdfs.header(cs, page, 80, true);
            top = TestPdfs.row(cs, page, top, true, "1.", "So van ban chi dao\nda ban hanh", "Van ban", "03", "");
            TestPdfs.row(cs, page, top, true, "2.", "Ty le hoan thanh", "%", "30", "ghi chu");
        }));
        Table t = doc.tables().get(0);
        assertEquals(4, t.rows().size());
        Row head = t.rows().get(0);
        Cell merged = head.cellAt(2);
        assertEquals("Ket qua thong ke", merged.text());
        assertEquals(2, merged.colSpan(), "one merged cell, not copied");
        assertTrue(head.cellAt(0).bold());
        assertEquals("Don vi tinh", t.rows().get(1).textAt(2));
        assertEquals("", t.rows().get(1).textAt(0), "STT runs down into the second header row");
        Row first = t.rows().get(2);
        assertEquals("So van ban chi dao da ban hanh", first.textAt(1), "wrapped lines joined");
        assertEquals("03", first.textAt(3));
        assertEquals(1, first.page());
        assertEquals("ghi chu", t.rows().get(3).textAt(4));
        assertEquals(new Paragraph("Phu luc 2", 1), doc.blocks().get(0));
    }

    @Test
    void tableCutByPageBreakIsOneTableWithRepeatedHeaderMarked() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 600, true);
            top = TestPdfs.row(cs, page, top, true, "1.", "Mot", "Van ban", "1", "");
            TestPdfs.text(cs, page, 250, 30, "Running header", false);
            TestPdfs.text(cs, page, 290, 810, "7", false); // page number
        }, (cs, page) -> {
            TestPdfs.text(cs, page, 250, 30, "Running header", false);
            float top = TestPdfs.header(cs, page, 60, true);
            TestPdfs.row(cs, page, top, true, "2.", "Hai", "Van ban", "2", "");
        }));
        assertEquals(1, doc.tables().size(), doc.blocks().toString());
        List<Row> rows = doc.tables().get(0).rows();
        assertEquals(6, rows.size());
        assertTrue(rows.get(3).headerRepeat() && rows.get(4).headerRepeat());
        assertEquals("Hai", rows.get(5).textAt(1));
        assertEquals(2, rows.get(5).page());
        assertTrue(doc.paragraphs().isEmpty(), "page number and running header dropped: " + doc.paragraphs());
    }

    @Test
    void pageBreakUnderTheFirstHeaderRowKeepsTheColumnsItsMergedCellHid() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            // only the first header row fits: its "Ket qua thong ke" cell spans unit and value, so no line parts them
            float top = 760;
            TestPdfs.text(cs, page, TestPdfs.COLS[0] + 3, top + 14, "STT", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[1] + 3, top + 14, "Chi tieu thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 34, top + 14, "Ket qua thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[4] + 3, top + 14, "Ghi chu", true);
            TestPdfs.hline(cs, page, TestPdfs.COLS[0], TestPdfs.COLS[5], top);
            TestPdfs.hline(cs, page, TestPdfs.COLS[0], TestPdfs.COLS[5], top + TestPdfs.ROW);
            for (int c : new int[] {0, 1, 2, 4, 5}) TestPdfs.vline(cs, page, TestPdfs.COLS[c], top, top + TestPdfs.ROW);
        }, (cs, page) -> {
            float top = TestPdfs.row(cs, page, 60, true, "", "", "Don vi tinh", "So lieu", "");
            TestPdfs.row(cs, page, top, true, "1.", "Tong so van ban", "Van ban", "12", "");
        }));
        assertEquals(1, doc.tables().size(), doc.blocks().toString());
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Van ban", rows.get(0).unit());
        assertEquals("12", rows.get(0).valueRaw());
    }

    @Test
    void rowAndItsNumberCutByThePageBreakAreJoined() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 700, true);
            top = TestPdfs.row(cs, page, top, true, "3.1.", "Mot", "Van ban", "1", "");
            TestPdfs.row(cs, page, top, true, "3.2.", "So van ban co kien nghi da", "Van", "0", "");
        }, (cs, page) -> {
            float top = TestPdfs.header(cs, page, 60, true);
            top = TestPdfs.row(cs, page, top, true, "2", "duoc xu ly xong", "ban", "", "");
            TestPdfs.row(cs, page, top, true, "4.", "Bon", "Van ban", "4", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("3.2.2", rows.get(1).stt());
        assertEquals("So van ban co kien nghi da duoc xu ly xong", rows.get(1).label());
        assertEquals("Van ban", rows.get(1).unit());
        assertEquals("0", rows.get(1).valueRaw());
        assertEquals(1, rows.get(1).page());
    }

    @Test
    void rowCutByThePageBreakBeforeAYearIsJoined() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 720, true);
            TestPdfs.row(cs, page, top, true, "1.5.", "Ty le cat giam so voi nam", "%", "10", "Nam 2015:");
        }, (cs, page) -> {
            float top = TestPdfs.row(cs, page, 60, true, "4.", "2015", "", "", "55");
            TestPdfs.row(cs, page, top, true, "2.", "Hai", "Van ban", "2", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("1.5.4.", rows.get(0).stt());
        assertEquals("Ty le cat giam so voi nam 2015", rows.get(0).label());
        assertEquals("Nam 2015: 55", rows.get(0).note());
    }

    @Test
    void headerRowCutByThePageBreakIsJoined() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.row(cs, page, 780, true, "S", "Chi tieu", "Don vi", "So", "Ghi");
        }, (cs, page) -> {
            float top = TestPdfs.row(cs, page, 60, true, "TT", "thong ke", "tinh", "lieu", "chu");
            TestPdfs.row(cs, page, top, true, "1.", "Tong so van ban", "Van ban", "12", "");
        }));
        assertEquals("S TT", doc.tables().get(0).rows().get(0).textAt(0));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("12", rows.get(0).valueRaw());
    }

    @Test
    void unruledTableGoesOnInTheTopMarginOfTheNextPage() throws Exception {
        // a 2 cm top margin puts the first line of the next page inside the top tenth of the page; that line is
        // the rest of the row the page break cut, and the centred page number above it is not
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 700, false);
            top = TestPdfs.row(cs, page, top, false, "1.", "Mot", "Van ban", "1", "");
            TestPdfs.row(cs, page, top, false, "2.", "Ty le cat giam so voi", "%", "10", "");
        }, (cs, page) -> {
            TestPdfs.text(cs, page, 290, 30, "2", false);
            float top = TestPdfs.row(cs, page, 50, false, "", "nam 2015", "", "", "");
            top = TestPdfs.row(cs, page, top, false, "3.", "Ba", "Van ban", "3", "");
            TestPdfs.row(cs, page, top, false, "4.", "Bon", "Van ban", "4", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(List.of("1.", "2.", "3.", "4."), rows.stream().map(StatRow::stt).toList(), doc.blocks().toString());
        assertEquals("Ty le cat giam so voi nam 2015", rows.get(1).label());
    }

    @Test
    void unruledHeaderCutByThePageBreakGoesOnTopOfTheNextPage() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.text(cs, page, 50, 700, "Running text before the table", false);
            float top = 770;
            TestPdfs.text(cs, page, TestPdfs.COLS[0] + 3, top + 14, "STT", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[1] + 3, top + 14, "Chi tieu thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 34, top + 14, "Ket qua thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[4] + 3, top + 14, "Ghi chu", true);
        }, (cs, page) -> {
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 3, 60 + 14, "Don vi tinh", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[3] + 3, 60 + 14, "So lieu", true);
            float top = TestPdfs.row(cs, page, 80, false, "1.", "Tong so van ban", "Van ban", "12", "");
            TestPdfs.row(cs, page, top, false, "2.", "Kiem tra", "Van ban", "11", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(2, rows.size(), doc.blocks().toString());
        assertEquals("Van ban", rows.get(0).unit());
        assertEquals("12", rows.get(0).valueRaw());
        assertEquals("Running text before the table", doc.paragraphs().get(0).text());
    }

    @Test
    void unruledHeaderCutInTheBottomMarginRightUnderAnotherTable() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 640, false);
            top = TestPdfs.row(cs, page, top, false, "1.", "Mot", "Van ban", "1", "");
            TestPdfs.row(cs, page, top, false, "2.", "Hai", "Van ban", "2", "");
            TestPdfs.text(cs, page, 50, 775, "BIEU MAU THONG KE SO LIEU CAI CACH THE CHE", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[0] + 3, 790, "STT", true); // in the bottom tenth of the page
            TestPdfs.text(cs, page, TestPdfs.COLS[1] + 3, 790, "Chi tieu thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 34, 790, "Ket qua thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[4] + 3, 790, "Ghi chu", true);
        }, (cs, page) -> {
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 3, 60 + 14, "Don vi tinh", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[3] + 3, 60 + 14, "So lieu", true);
            TestPdfs.row(cs, page, 80, false, "1.", "Tong so van ban", "Van ban", "12", "");
        }));
        List<StatTable> found = new StatisticsTables().find(doc);
        assertEquals(2, found.size(), doc.blocks().toString());
        assertEquals(2, found.get(0).rows().size());
        assertEquals("12", found.get(1).rows().get(0).valueRaw());
        assertEquals("Van ban", found.get(1).rows().get(0).unit());
        assertEquals(Section.THECHE, found.get(1).rows().get(0).section());
    }

    @Test
    void unnumberedRowWithItsOwnValueAtTheTopOfAPageIsARowOfItsOwn() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 720, true);
            TestPdfs.row(cs, page, top, true, "2.5", "Ty le TTHC thanh toan truc tuyen", "%", "0", "");
        }, (cs, page) -> {
            float top = TestPdfs.row(cs, page, 60, true, "", "Tong so TTHC co nghia vu tai chinh", "Thu tuc", "12", "");
            TestPdfs.row(cs, page, top, true, "3.", "Ba", "Van ban", "3", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("Ty le TTHC thanh toan truc tuyen", rows.get(0).label());
        assertEquals("12", rows.get(1).valueRaw());
    }

    @Test
    void unnumberedRowCutByThePageBreakIsJoined() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 720, true);
            TestPdfs.row(cs, page, top, true, "", "Tong so PAKN da tiep nhan (truc tiep", "PAKN", "0", "");
        }, (cs, page) -> {
            float top = TestPdfs.row(cs, page, 60, true, "", "hoac do co quan chuyen den)", "", "", "");
            TestPdfs.row(cs, page, top, true, "3.", "Ba", "Van ban", "3", "");
        }));
        List<StatRow> rows = new StatisticsTables().find(doc).get(0).rows();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("Tong so PAKN da tiep nhan (truc tiep hoac do co quan chuyen den)", rows.get(0).label());
    }

    @Test
    void pageNumberTypedUnderATableDoesNotEndIt() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 500, true);
            top = TestPdfs.row(cs, page, top, true, "1.", "Mot", "Van ban", "1", "");
            TestPdfs.text(cs, page, 290, top + 30, "12", false);
        }, (cs, page) -> {
            TestPdfs.row(cs, page, 100, true, "2.", "Hai", "Van ban", "2", "");
        }));
        assertEquals(1, doc.tables().size(), doc.blocks().toString());
        assertEquals(4, doc.tables().get(0).rows().size());
    }

    @Test
    void unruledTableFromAlignment() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.text(cs, page, 50, 60, "Bieu mau thong ke cong tac chi dao dieu hanh", true);
            float top = TestPdfs.header(cs, page, 80, false);
            top = TestPdfs.row(cs, page, top, false, "1.", "So van ban chi dao\nda ban hanh", "Van ban", "03", "");
            top = TestPdfs.row(cs, page, top, false, "2.", "Ty le hoan thanh", "%", "30", "");
            TestPdfs.row(cs, page, top, false, "2.1", "So nhiem vu", "Nhiem\nvu", "32", "");
            TestPdfs.text(cs, page, 50, 400, "Noi nhan: nhu tren; luu van thu.", false);
        }));
        Table t = doc.tables().get(0);
        List<StatTable> found = new StatisticsTables().find(doc);
        assertEquals(1, found.size());
        assertTrue(found.get(0).layout().has(ColumnRole.UNIT), t.rows().toString());
        List<StatRow> rows = found.get(0).rows();
        assertEquals(3, rows.size(), t.rows().toString());
        assertEquals("So van ban chi dao da ban hanh", rows.get(0).label());
        assertEquals("03", rows.get(0).valueRaw());
        assertEquals("Nhiem vu", rows.get(2).unit());
        assertEquals("32", rows.get(2).valueRaw());
        assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().startsWith("Noi nhan")), "text after the table");
    }

    @Test
    void tableRuledOnlyAcrossIsReadByAlignment() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.hline(cs, page, 50, 540, 80);
            float top = TestPdfs.header(cs, page, 80, false);
            TestPdfs.hline(cs, page, 50, 540, top);
            top = TestPdfs.row(cs, page, top, false, "1.", "So van ban", "Van ban", "03", "");
            top = TestPdfs.row(cs, page, top, false, "2.", "Ty le hoan thanh", "%", "30", "");
            TestPdfs.hline(cs, page, 50, 540, top);
        }));
        List<StatTable> found = new StatisticsTables().find(doc);
        assertEquals(1, found.size(), doc.blocks().toString());
        assertEquals("30", found.get(0).rows().get(1).valueRaw());
        assertEquals("%", found.get(0).rows().get(1).unit());
    }

    @Test
    void partlyRuledTableWithAMissingInnerBorderIsReadByAlignment() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            float top = TestPdfs.header(cs, page, 80, false);
            top = TestPdfs.row(cs, page, top, false, "1.", "So van ban", "Van ban", "03", "");
            float bottom = TestPdfs.row(cs, page, top, false, "2.", "Ty le hoan thanh", "%", "30", "");
            for (float y : new float[] {80, 120, top, bottom}) TestPdfs.hline(cs, page, 50, 540, y);
            for (int c : new int[] {0, 1, 2, 4, 5}) TestPdfs.vline(cs, page, TestPdfs.COLS[c], 80, bottom); // no line at COLS[3]
        }));
        List<StatTable> found = new StatisticsTables().find(doc);
        assertEquals(1, found.size(), doc.blocks().toString());
        assertEquals("Van ban", found.get(0).rows().get(0).unit());
        assertEquals("03", found.get(0).rows().get(0).valueRaw());
    }

    @Test
    void unruledHeaderWithANameCentredAboveTheOthers() throws Exception {
        Document doc = read(TestPdfs.pdf((cs, page) -> {
            TestPdfs.text(cs, page, 50, 40, "Bieu mau thong ke cai cach the che", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[1] + 3, 80, "Chi tieu thong ke", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[0] + 3, 92, "STT", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[2] + 3, 92, "Don vi tinh", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[3] + 3, 92, "So lieu", true);
            TestPdfs.text(cs, page, TestPdfs.COLS[4] + 3, 92, "Ghi chu", true);
            float top = TestPdfs.row(cs, page, 96, false, "1.", "So van ban", "Van ban", "03", "");
            TestPdfs.row(cs, page, top, false, "2.", "Ty le", "%", "30", "");
        }));
        List<StatTable> found = new StatisticsTables().find(doc);
        assertEquals(1, found.size(), doc.blocks().toString());
        assertEquals("So van ban", found.get(0).rows().get(0).label());
        assertEquals("30", found.get(0).rows().get(1).valueRaw());
        assertTrue(doc.paragraphs().get(0).text().startsWith("Bieu mau"));
    }

    @Test
    void encryptedPdfFailsWithOneLineReason() throws Exception {
        ReadException e = assertThrows(ReadException.class, () -> read(TestPdfs.encrypted()));
        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
    }

    @Test
    void corruptPdfFailsWithOneLineReason() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage".getBytes();
        ReadException e = assertThrows(ReadException.class, () -> read(junk));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void truncatedPdfFailsOrReadsWhatIsThereButNeverCrashes() throws Exception {
        byte[] whole;
        try (InputStream in = PdfReaderTest.class.getResourceAsStream("/corpus/000.pdf")) {
            whole = in.readAllBytes();
        }
        for (int len : new int[] {100, whole.length / 3, whole.length - 200}) {
            byte[] cut = Arrays.copyOf(whole, len);
            try {
                read(cut);
            } catch (ReadException e) {
                assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void blankPdfHasNoText() {
        ReadException e = assertThrows(ReadException.class, () -> read(TestPdfs.pdf((cs, page) -> { })));
        assertEquals("no text in PDF", e.getMessage());
    }

    @Test
    void imageOnlyPdfIsAScan() {
        ReadException e = assertThrows(ReadException.class, () -> read(TestPdfs.imageOnly()));
        assertEquals("no text layer: scanned document", e.getMessage());
    }

    @Test
    void corpusPdfKeepsPagesAndNfcText() throws Exception {
        Document doc = readResource("000.pdf");
        assertTrue(doc.blocks().stream().allMatch(b -> b.page() != null && b.page() >= 1));
        assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().equals("Phụ lục 2")));
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                assertTrue(r.page() >= 1);
                for (Cell c : r.cells()) {
                    assertEquals(java.text.Normalizer.normalize(c.text(), java.text.Normalizer.Form.NFC), c.text());
                }
            }
        }
    }

    @Test
    void readerIsRegistered() {
        assertEquals("pdf", vn.cchc.read.Readers.standard()
                .forType(org.apache.tika.mime.MediaType.application("pdf")).orElseThrow().format());
    }
}
