package vn.cchc.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.read.Readers;
import vn.cchc.read.ocr.OcrOptions;

/**
 * A scan of a report unlike the corpus': a provincial department's landscape report (bench/unseen, Sở Tư pháp Quảng
 * Bình) typed in a sans-serif font with hairline rulings, pages 1–2 printed and scanned as a fax-style TIFF at 200 dpi,
 * tilted 1° (made with {@code MakeScan.java so-tu-phap-quang-binh-9t2024.pdf 1-2 OUT.tif dpi=200 rotate=1}). Page 1
 * ends in a two-row table (header and the first row of "Biểu mẫu 2"), which page 2 continues without a header.
 */
class UnseenReportScanTest {
    private static final FileExtractor EXTRACTOR = new FileExtractor(Readers.standard(new OcrOptions(OcrOptions.Mode.AUTO, "vie", 2)));

    @TempDir
    Path tmp;

    @BeforeAll
    static void tesseract() {
        Tesseracts.require();
    }

    @Test
    void landscapeScanTiltedOneDegreeWithATableContinuedWithoutItsHeader() throws IOException {
        String name = "so-tu-phap-p1-2-tilted.tif";
        Path scan = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ocr/" + name)) {
            Files.copy(in, scan);
        }
        FileResult r = EXTRACTOR.extract(scan, name);
        assertNull(r.error(), r::error);
        ExpectedRows.Score s = ExpectedRows.load("/ocr/so-tu-phap-p1-2.expected.jsonl").score(r.records());
        System.err.println(name + ": " + s);
        assertEquals(0, s.wrong(), s::toString);
        assertTrue(s.recall() >= 0.9, s::toString);
        // the first row on page 2 is read as a row, not overwritten by the header of the table before it
        StatRecord first = r.records().stream().filter(x -> x.page() == 2 && "1.1".equals(x.stt())).findFirst()
                .orElseThrow(() -> new AssertionError("row 1.1 of page 2 missing: " + r.records()));
        assertEquals(0, new BigDecimal(14).compareTo(first.value()), first::toString);
        // the two-row table at the foot of page 1 is found: its section heading row is there
        assertTrue(r.records().stream().anyMatch(x -> x.page() == 1 && x.label().contains("VBQPPL")), r.records()::toString);
    }

    /**
     * Page 2 of the same report scanned alone (as a page photographed or re-sent on its own): it starts in the middle of
     * a table, with no header on the page and no page before it to borrow one from. Its columns hold row numbers, labels,
     * units and one column of numbers, which settles them; the rows read as every other row, values read twice (five
     * values were lost when the headerless table was dropped). Made with {@code MakeScan.java
     * so-tu-phap-quang-binh-9t2024.pdf 2-2 so-tu-phap-p2-alone.pdf dpi=200 rotate=0.8 jpeg=75}.
     */
    @Test
    void aPageScannedAloneThatStartsMidTable() throws IOException {
        String name = "so-tu-phap-p2-alone.pdf";
        Path scan = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ocr/" + name)) {
            Files.copy(in, scan);
        }
        FileResult r = EXTRACTOR.extract(scan, name);
        assertNull(r.error(), r::error);
        ExpectedRows.Score s = ExpectedRows.load("/ocr/so-tu-phap-p2.expected.jsonl").score(r.records());
        System.err.println(name + ": " + s);
        assertEquals(0, s.wrong(), s::toString);
        assertTrue(s.recall() >= 0.9, s::toString);
        StatRecord first = r.records().stream().filter(x -> "1.1".equals(x.stt()) && x.label().contains("VBQPPL")).findFirst()
                .orElseThrow(() -> new AssertionError("row 1.1 above the first header missing: " + r.records()));
        assertEquals(0, new BigDecimal(14).compareTo(first.value()), first::toString);
        assertEquals("Văn bản", first.unit());
    }
}
