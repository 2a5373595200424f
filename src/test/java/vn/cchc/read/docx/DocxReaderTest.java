package vn.cchc.read.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.read.docx.DocxFixture.boldP;
import static vn.cchc.read.docx.DocxFixture.docx;
import static vn.cchc.read.docx.DocxFixture.p;
import static vn.cchc.read.docx.DocxFixture.tbl;
import static vn.cchc.read.docx.DocxFixture.tc;
import static vn.cchc.read.docx.DocxFixture.tr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

class DocxReaderTest {
    private final DocxReader reader = new DocxReader();

    private Document read(byte[] bytes) throws Exception {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    private Document body(String xml) throws Exception {
        return read(docx().body(xml));
    }

    @Test
    void paragraphsAndTablesStayInReadingOrder() throws Exception {
        Document d = body(p("Phụ lục 2") + p("BIỂU MẪU THỐNG KÊ") + tbl(tr(tc("STT"), tc("Chỉ tiêu"))) + p("Phụ lục 3")
                + tbl(tr(tc("a"), tc("b"))));
        assertEquals(5, d.blocks().size());
        assertEquals("Phụ lục 2", ((Paragraph) d.blocks().get(0)).text());
        assertInstanceOf(Table.class, d.blocks().get(2));
        assertEquals("Phụ lục 3", ((Paragraph) d.blocks().get(3)).text());
        assertEquals(List.of(0, 1), d.tables().stream().map(Table::index).toList());
        assertEquals("docx", d.format());
    }

    @Test
    void gridSpanIsOneCellCoveringSeveralColumns() throws Exception {
        Document d = body(tbl(
                tr(tc("STT"), tc("<w:gridSpan w:val=\"2\"/>", p("Kết quả thống kê")), tc("Ghi chú")),
                tr(tc("1."), tc("Văn bản"), tc("03"), tc(""))));
        Row header = d.tables().get(0).rows().get(0);
        assertEquals(3, header.cells().size(), "a merged cell is never copied into each column");
        Cell merged = header.cells().get(1);
        assertEquals(1, merged.gridCol());
        assertEquals(2, merged.colSpan());
        assertEquals("Ghi chú", header.textAt(3));
        assertEquals("03", d.tables().get(0).rows().get(1).textAt(2));
    }

    @Test
    void verticalMergeContinuationHasNoValueOfItsOwn() throws Exception {
        Document d = body(tbl(
                tr(tc("<w:vMerge w:val=\"restart\"/>", p("STT")), tc("Đơn vị tính")),
                tr(tc("<w:vMerge/>", "<w:p/>"), tc("Số liệu"))));
        List<Row> rows = d.tables().get(0).rows();
        assertEquals("STT", rows.get(0).textAt(0));
        assertEquals("", rows.get(1).textAt(0));
        assertEquals("Số liệu", rows.get(1).textAt(1));
    }

    @Test
    void gridBeforeShiftsARowThatStartsLate() throws Exception {
        Document d = body(tbl(
                tr(tc("1"), tc("2"), tc("3")),
                "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("b") + tc("c") + "</w:tr>"));
        Row late = d.tables().get(0).rows().get(1);
        assertEquals(1, late.cells().get(0).gridCol());
        assertEquals("c", late.textAt(2));
        assertEquals("", late.textAt(0));
    }

    @Test
    void legacyHorizontalMergeWidensTheCellOnTheLeft() throws Exception {
        Document d = body(tbl(tr(tc("<w:hMerge w:val=\"restart\"/>", p("Kết quả")), tc("<w:hMerge/>", "<w:p/>"), tc("Ghi chú"))));
        Row r = d.tables().get(0).rows().get(0);
        assertEquals(2, r.cells().size());
        assertEquals(2, r.cells().get(0).colSpan());
        assertEquals(2, r.cells().get(1).gridCol());
    }

    @Test
    void aSliverColumnLeftByADraggedBorderIsNoColumn() throws Exception {
        // grid: STT | label | unit | 40-twip sliver | value; the header's value spans sliver+value, the data row's
        // unit spans unit+sliver: on the raw grid they would disagree on where the value column starts
        String grid = "<w:tblGrid><w:gridCol w:w=\"700\"/><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"1200\"/>"
                + "<w:gridCol w:w=\"40\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>";
        String span2 = "<w:gridSpan w:val=\"2\"/>";
        Document d = body("<w:tbl><w:tblPr/>" + grid
                + tr(tc("STT"), tc("Chỉ tiêu"), tc("Đơn vị tính"), tc(span2, p("Số liệu")))
                + tr(tc("1."), tc("Số văn bản"), tc(span2, p("Văn bản")), tc("03"))
                + tr(tc("2."), tc("Số cuộc"), tc("Cuộc"), tc(""), tc("5")) + "</w:tbl>");
        List<Row> rows = d.tables().get(0).rows();
        assertEquals(List.of("Số liệu", "03", "5"), rows.stream().map(r -> r.textAt(3)).toList());
        assertEquals(List.of("Đơn vị tính", "Văn bản", "Cuộc"), rows.stream().map(r -> r.textAt(2)).toList());
        assertEquals(4, d.tables().get(0).gridWidth());
    }

    @Test
    void aContentControlShowingItsPromptHasNoValue() throws Exception {
        String prompt = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Nhập số liệu</w:t></w:r>"
                + "</w:sdtContent></w:sdt>";
        Document d = body(tbl(tr(tc("1."), tc("", "<w:p>" + prompt + "</w:p>"))));
        assertEquals("", d.tables().get(0).rows().get(0).textAt(1));
    }

    @Test
    void aTitleInATextBoxIsReadOnceAfterItsParagraph() throws Exception {
        String box = "<w:txbxContent><w:p><w:r><w:t>Phụ lục 5</w:t></w:r></w:p></w:txbxContent>";
        String mc = "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + box + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + box + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>";
        Document d = body("<w:p><w:r>" + mc + "<w:t>Trước</w:t></w:r></w:p>" + tbl(tr(tc("a"), tc("b"))));
        assertEquals(List.of("Trước", "Phụ lục 5"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertInstanceOf(Table.class, d.blocks().get(2));
    }

    @Test
    void paragraphsOfACellAreJoinedWithASpace() throws Exception {
        Document d = body(tbl(tr(tc("", p("Số TTHC") + p("được công bố")), tc("x"))));
        assertEquals("Số TTHC được công bố", d.tables().get(0).rows().get(0).textAt(0));
    }

    @Test
    void boldCellsAreThoseWhollyBold() throws Exception {
        Document d = body(tbl(tr(tc("", boldP("I") + boldP("CÔNG TÁC")),
                tc("", "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Số</w:t></w:r><w:r><w:t xml:space=\"preserve\"> liệu</w:t></w:r></w:p>"),
                tc("", "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>thường</w:t></w:r></w:p>"))));
        Row r = d.tables().get(0).rows().get(0);
        assertTrue(r.cells().get(0).bold());
        assertFalse(r.cells().get(1).bold());
        assertFalse(r.cells().get(2).bold());
    }

    @Test
    void boldCanComeFromTheParagraphStyle() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:rPr><w:b/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:basedOn w:val=\"Base\"/></w:style>";
        Document d = read(docx().styles(styles).body(tbl(tr(tc("",
                "<w:p><w:pPr><w:pStyle w:val=\"Section\"/></w:pPr><w:r><w:t>II</w:t></w:r></w:p>"), tc("x")))));
        assertTrue(d.tables().get(0).rows().get(0).cells().get(0).bold());
    }

    @Test
    void headerRowsRepeatedOnEachPageAreMarked() throws Exception {
        Document d = body(tbl("<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("STT") + tc("Chỉ tiêu") + "</w:tr>", tr(tc("1."), tc("x"))));
        List<Row> rows = d.tables().get(0).rows();
        assertTrue(rows.get(0).headerRepeat());
        assertFalse(rows.get(1).headerRepeat());
    }

    @Test
    void onlyTheTopRowsRepeatAsWordDoes() throws Exception {
        String h = "<w:trPr><w:tblHeader/></w:trPr>";
        Document d = body(tbl("<w:tr>" + h + tc("STT") + tc("Chỉ tiêu") + "</w:tr>", tr(tc("1."), tc("a")),
                "<w:tr>" + h + tc("2.") + tc("b") + "</w:tr>")
                + tbl("<w:tr>" + h + tc("1.") + tc("a") + "</w:tr>", "<w:tr>" + h + tc("2.") + tc("b") + "</w:tr>"));
        assertEquals(List.of(true, false, false), d.tables().get(0).rows().stream().map(Row::headerRepeat).toList());
        assertEquals(List.of(false, false), d.tables().get(1).rows().stream().map(Row::headerRepeat).toList());
    }

    @Test
    void hiddenRowsAreNotRead() throws Exception {
        Document d = body(tbl(tr(tc("1."), tc("a")), "<w:tr><w:trPr><w:hidden/></w:trPr>" + tc("2.") + tc("b") + "</w:tr>"));
        assertEquals(1, d.tables().get(0).rows().size());
    }

    @Test
    void aTableFramingContentIsReadAsTheContentItFrames() throws Exception {
        String inner = tbl(tr(tc("STT"), tc("Chỉ tiêu"), tc("Số liệu")), tr(tc("1."), tc("Số văn bản"), tc("3")));
        Document d = body(tbl(tr(tc("", p("Phụ lục 2") + inner + "<w:p/>"))));
        assertEquals(2, d.blocks().size());
        assertEquals("Phụ lục 2", ((Paragraph) d.blocks().get(0)).text());
        Table t = (Table) d.blocks().get(1);
        assertEquals("Số văn bản", t.rows().get(1).textAt(1));
    }

    @Test
    void aOneColumnTableIsATitleBoxReadAsParagraphs() throws Exception {
        Document d = body(tbl(tr(tc("", p("BIỂU MẪU THỐNG KÊ") + p("CẢI CÁCH THỂ CHẾ")))) + tbl(tr(tc("STT"), tc("Chỉ tiêu"))));
        assertEquals(List.of("BIỂU MẪU THỐNG KÊ", "CẢI CÁCH THỂ CHẾ"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(1, d.tables().size());
        assertEquals(0, d.tables().get(0).index());
    }

    @Test
    void aSmallTableNestedInACellIsReadAsTheCellsText() throws Exception {
        String nested = tbl(tr(tc("a"), tc("b")));
        Document d = body(tbl(tr(tc("1"), tc("2"), tc("", p("x") + nested)), tr(tc("3"), tc("4"), tc("5")),
                tr(tc("6"), tc("7"), tc("8"))));
        assertEquals(1, d.tables().size());
        assertEquals("x a b", d.tables().get(0).rows().get(0).textAt(2));
    }

    @Test
    void contentControlsAtEveryLevelAreRead() throws Exception {
        String runSdt = "<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>12</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        String cellSdt = "<w:sdt><w:sdtPr/><w:sdtContent>" + tc("", runSdt) + "</w:sdtContent></w:sdt>";
        String rowSdt = "<w:sdt><w:sdtPr/><w:sdtContent>" + tr(tc("2."), cellSdt) + "</w:sdtContent></w:sdt>";
        Document d = body("<w:sdt><w:sdtPr/><w:sdtContent>" + p("Phụ lục 4") + tbl(tr(tc("1."), tc("3")), rowSdt)
                + "</w:sdtContent></w:sdt>");
        assertEquals("Phụ lục 4", d.paragraphs().get(0).text());
        List<Row> rows = d.tables().get(0).rows();
        assertEquals(2, rows.size());
        assertEquals("12", rows.get(1).textAt(1));
    }

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        Document d = body("<w:p><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>15</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>17</w:t></w:r></w:ins></w:p>"
                + tbl("<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"a\"/></w:trPr>" + tc("gone") + tc("gone") + "</w:tr>", tr(tc("kept"), tc("x"))));
        assertEquals("17", d.paragraphs().get(0).text());
        assertEquals(1, d.tables().get(0).rows().size());
        assertEquals("kept", d.tables().get(0).rows().get(0).textAt(0));
        assertTrue(d.warnings().contains("tracked changes read as if accepted"));
    }

    @Test
    void fieldsShowTheirResultNotTheirCode() throws Exception {
        Document d = body("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> =SUM(ABOVE) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>42</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>");
        assertEquals("42", d.paragraphs().get(0).text());
        assertEquals("7", d.paragraphs().get(1).text());
    }

    @Test
    void hiddenTextAndFootnoteMarkersAreNotText() throws Exception {
        Document d = body("<w:p><w:r><w:t>VBQPPL</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>6</w:t></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t> ẩn</w:t></w:r><w:r><w:tab/><w:t>ban hành</w:t></w:r></w:p>");
        assertEquals("VBQPPL ban hành", d.paragraphs().get(0).text());
    }

    @Test
    void automaticListNumbersAreWrittenOut() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.%3\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String[] levels = {"0", "1", "2", "2", "1", "0", "1"};
        StringBuilder rows = new StringBuilder();
        for (String l : levels) {
            rows.append(tr(tc("", "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + l + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>"),
                    tc("x")));
        }
        Document d = read(docx().numbering(numbering).body(tbl(rows.toString())));
        List<String> stt = d.tables().get(0).rows().stream().map(r -> r.textAt(0)).toList();
        assertEquals(List.of("I", "1.", "1.1", "1.2", "2.", "II", "1."), stt);
    }

    @Test
    void listNumbersMatchWhatLibreOfficeRenders() throws Exception {
        try (var in = getClass().getResourceAsStream("/word/numbered.docx")) {
            Document d = reader.read(in);
            List<String> stt = d.tables().get(0).rows().stream().skip(1).map(r -> r.textAt(0)).toList();
            assertEquals(List.of("I", "1.", "2.", "2.1", "2.2", "II", "1."), stt);
        }
    }

    @Test
    void pagesAreGivenOnlyWhenWordRecordedWhereThePagesBreak() throws Exception {
        Document flat = body(p("a") + tbl(tr(tc("b"), tc("b2"))));
        assertNull(flat.tables().get(0).page());
        Document paged = body(p("a") + tbl(tr(tc("b"), tc("b2")), tr(tc("", "<w:p><w:r><w:lastRenderedPageBreak/><w:t>c</w:t></w:r></w:p>"), tc("c2"))));
        assertEquals(1, paged.paragraphs().get(0).page());
        assertEquals(List.of(1, 2), paged.tables().get(0).rows().stream().map(Row::page).toList());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void notAZipIsRefusedWithOneLine() {
        ReadException e = assertThrows(ReadException.class, () -> read("hello".getBytes()));
        assertEquals("not a DOCX file (no zip signature)", e.getMessage());
    }

    @Test
    void aTruncatedDocxIsCorrupt() {
        byte[] whole = docx().body(p("x".repeat(5000)));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        ReadException e = assertThrows(ReadException.class, () -> read(cut));
        assertTrue(e.getMessage().startsWith("corrupt DOCX"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hi".getBytes());
        }
        ReadException e = assertThrows(ReadException.class, () -> read(bytes.toByteArray()));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aPasswordProtectedDocxSaysSo() throws Exception {
        byte[] encrypted = encrypt(docx().body(p("bí mật")), "matkhau");
        ReadException e = assertThrows(ReadException.class, () -> read(encrypted));
        assertTrue(e.getMessage().startsWith("password-protected"), e.getMessage());
    }

    @Test
    void strictOpenXmlIsRefusedWithAWayOut() throws Exception {
        java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx().body(p("x"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        ReadException e = assertThrows(ReadException.class, () -> read(bytes.toByteArray()));
        assertTrue(e.getMessage().startsWith("Strict Open XML document"), e.getMessage());
    }

    @Test
    void aDocumentWithoutTextIsEmpty() {
        ReadException e = assertThrows(ReadException.class, () -> read(docx().body("<w:p/>")));
        assertEquals("empty document (no text)", e.getMessage());
    }

    /** Encrypts a DOCX the way Word does for "Encrypt with password" (agile encryption in an OLE2 container). */
    static byte[] encrypt(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
