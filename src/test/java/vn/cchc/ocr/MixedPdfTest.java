package vn.cchc.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.read.Readers;
import vn.cchc.read.ocr.OcrOptions;
import vn.cchc.vocabulary.Flag;

/**
 * A PDF whose pages mix a text layer and a scanned image, with the real Tesseract: pages 15 and 17 of 004.pdf as
 * text, and between them the degraded scan of page 16 (tilted 2°, 200 dpi, JPEG, a stamp). The table of page 15 goes
 * on at the top of the scan, and the scan's last table goes on at the top of page 17: each continuation is joined to
 * the table it belongs to, in page order, and the tables on either side of the scan are never joined over it.
 */
class MixedPdfTest {
    @TempDir
    static Path tmp;

    private static final FileExtractor EXTRACTOR = new FileExtractor(Readers.standard(new OcrOptions(OcrOptions.Mode.AUTO, "vie", 2)));

    private static FileResult result;

    @BeforeAll
    static void readMixedPdf() throws IOException {
        Tesseracts.require();
        Path mixed = tmp.resolve("004-p15-17-mixed.pdf");
        Path textPdf = tmp.resolve("004.pdf");
        try (InputStream in = MixedPdfTest.class.getResourceAsStream("/corpus/004.pdf")) {
            Files.copy(in, textPdf, StandardCopyOption.REPLACE_EXISTING);
        }
        Path scanPdf = tmp.resolve("004-p15-16-degraded.pdf");
        try (InputStream in = MixedPdfTest.class.getResourceAsStream("/ocr/004-p15-16-degraded.pdf")) {
            Files.copy(in, scanPdf, StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument text = Loader.loadPDF(textPdf.toFile());
             PDDocument scan = Loader.loadPDF(scanPdf.toFile());
             PDDocument out = new PDDocument()) {
            out.importPage(text.getPage(14)); // page 15 of the text PDF
            out.importPage(scan.getPage(1)); // the scan of page 16
            out.importPage(text.getPage(16)); // page 17 of the text PDF
            out.save(mixed.toFile());
        }
        result = EXTRACTOR.extract(mixed, "004-p15-17-mixed.pdf");
        assertNull(result.error(), result::error);
    }

    @Test
    void onlyTheImagePageIsOcrd() {
        List<StatRecord> records = result.records();
        for (StatRecord r : records) {
            assertEquals(r.page() == 2, r.flags().contains(Flag.OCR), r::toString);
        }
        assertTrue(records.stream().anyMatch(r -> r.page() == 1) && records.stream().anyMatch(r -> r.page() == 3));
    }

    @Test
    void recordsComeInPageOrder() {
        List<Integer> pages = result.records().stream().map(StatRecord::page).toList();
        assertEquals(pages.stream().sorted().toList(), pages);
    }

    /**
     * 4.2–4.4 at the top of page 17 go on with the civil-service table of the scan (Phụ lục 6), not with the
     * organisation table that ended page 15, whose columns they share (before, they were joined to it over the scan).
     */
    @Test
    void aTableGoingOnAfterTheScanIsJoinedToTheScansTable() {
        for (String stt : List.of("4.2.", "4.3.", "4.4.")) {
            StatRecord r = row(stt, 3);
            assertEquals("CONGVU", r.section(), r::toString);
            assertTrue(r.indicator() != null && r.indicator().startsWith("CONGVU.KY_LUAT"), r::toString);
        }
    }

    /** 3.3 and 3.4 at the top of the scan go on with the organisation table of page 15. */
    @Test
    void aTableGoingOnOntoTheScanIsJoinedToTheTextPagesTable() {
        StatRecord r = row("3.3.", 2);
        assertEquals("TCBM", r.section(), r::toString);
        assertEquals("TCBM.SNCL.DA_TINH_GIAN", r.indicator(), r::toString);
    }

    @Test
    void scoresAgainstTheRowsOfTheThreePages() throws IOException {
        ExpectedRows.Score s = ExpectedRows.load("/ocr/004-p15-17.expected.jsonl").score(result.records());
        System.err.println("004-p15-17-mixed: " + s);
        assertEquals(0, s.wrong(), s::toString);
        assertTrue(s.recall() >= 0.90, s::toString);
    }

    private static StatRecord row(String stt, int page) {
        return result.records().stream().filter(x -> stt.equals(x.stt()) && x.page() == page).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + stt + " on page " + page + " in " + result.records()));
    }
}
