package vn.cchc.read.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.ReadException;
import vn.cchc.read.Readers;
import vn.cchc.read.Table;

class RtfReaderTest {
    /** Word's way: Windows-1258 bytes with combining tone marks, \\u escapes with a fallback, fields, a merged row. */
    private static final String WORD_STYLE = "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\fnil\\fcharset163 Times New Roman;}"
            + "{\\f1\\fnil\\fcharset0 Arial;}}{\\*\\generator Microsoft Word;}{\\info{\\title Ignored title}}\\uc1"
            + "\\pard\\plain\\f0 UBND T\\'49\\'d2NH TH\\'dd\\'ccA THI\\'caN HU\\'ca\\'ec\\par"
            + "\\pard S\\u7889?: 12/BC-UBND, trang {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par"
            + "\\trowd\\cellx1000\\cellx5000\\cellx6500\\cellx8000\\pard\\intbl\\b STT\\cell Ch\\u7881? ti\\u234?u\\cell "
            + "\\u272?\\u417?n v\\u7883? t\\u237?nh\\cell S\\u7889? li\\u7879?u\\cell\\b0\\row"
            + "\\trowd\\cellx1000\\cellx8000\\pard\\intbl\\b I\\cell C\\'c1C CHI\\'d2 TI\\'caU\\cell\\b0\\row"
            + "\\trowd\\cellx1000\\cellx5000\\cellx6500\\cellx8000\\pard\\intbl 1\\cell S\\'f4\\'ec v\\'e3n b\\'61\\'d2n\\par"
            + " ban h\\'61\\'ccnh\\cell V\\'e3n b\\'61\\'d2n\\cell 2.097\\cell\\row"
            + "\\pard\\par Sau b\\'61\\'d2ng\\par}";

    private static Document read(String rtf) throws Exception {
        return new RtfReader().read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void decodesCodePageBytesUnicodeEscapesAndTables() throws Exception {
        Document d = read(WORD_STYLE);
        assertEquals("UBND TỈNH THỪA THIÊN HUẾ", d.paragraphs().get(0).text());
        assertEquals("Số: 12/BC-UBND, trang 1", d.paragraphs().get(1).text(), "field result kept, instruction dropped");
        assertEquals("Sau bảng", d.paragraphs().get(2).text());
        List<Table> tables = d.tables();
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(3, t.rows().size());
        assertEquals(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"),
                t.rows().get(0).cells().stream().map(Cell::text).toList(), "the ? after \\u is its fallback, skipped");
        assertTrue(t.rows().get(0).cells().get(0).bold());
        Cell section = t.rows().get(1).cells().get(1);
        assertEquals("CÁC CHỈ TIÊU", section.text());
        assertEquals(1, section.gridCol());
        assertEquals(3, section.colSpan(), "a wide cell spans the columns of the other rows");
        assertEquals(List.of("1", "Số văn bản ban hành", "Văn bản", "2.097"),
                t.rows().get(2).cells().stream().map(Cell::text).toList());
        assertTrue(!t.rows().get(2).cells().get(1).bold());
    }

    @Test
    void aReportSavedAsRtfGivesTheSameRecordsAsItsDocx() throws Exception {
        FileExtractor ex = new FileExtractor(Readers.standard());
        FileResult rtf = ex.extract(Path.of(getClass().getResource("/rtf/004-libreoffice.rtf").toURI()), "004.rtf");
        FileResult docx = ex.extract(Path.of("samples/004.docx"), "004.docx");
        assertNull(rtf.error(), rtf.error());
        assertEquals("rtf", rtf.format());
        assertEquals(docx.records().size(), rtf.records().size());
        for (int i = 0; i < docx.records().size(); i++) {
            StatRecord a = docx.records().get(i);
            StatRecord b = rtf.records().get(i);
            assertEquals(List.of(a.stt(), a.label(), a.unit(), a.valueRaw(), String.valueOf(a.indicator()), a.flags()),
                    List.of(b.stt(), b.label(), b.unit(), b.valueRaw(), String.valueOf(b.indicator()), b.flags()), "row " + i);
        }
        assertEquals(docx.metadata(), rtf.metadata());
    }

    @Test
    void notRtfOrEmptyFailsWithAReason() {
        assertEquals("not an RTF file (no {\\rtf header)",
                assertThrows(ReadException.class, () -> read("hello")).getMessage());
        assertEquals("empty file (no text)",
                assertThrows(ReadException.class, () -> read("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}")).getMessage());
    }
}
