package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;

/**
 * The corpus PDFs (as exported from Word, and the same documents with every table border removed) against gold,
 * and against the same report read as text.
 */
class GoldenPdfTest {
    private static Path corpus(String file) throws Exception {
        return Path.of(GoldenPdfTest.class.getResource("/corpus/" + file).toURI());
    }

    private static FileResult extract(String file) throws Exception {
        return new FileExtractor(Readers.standard()).extract(corpus(file), file);
    }

    @ParameterizedTest
    @CsvSource({"000,000.pdf", "004,004.pdf", "000,000-unruled.pdf", "004,004-unruled.pdf", "000,000-unruled-centred.pdf"})
    void everyGoldRowIsReadExactly(String name, String file) throws Exception {
        FileResult r = extract(file);
        GoldRows.assertReadsExactly(GoldRows.load(name), r, file);
        for (StatRecord o : r.records()) assertNotNull(o.page(), o.label());
    }

    /** The same report as TXT and as PDF (ruled or not) gives the same (section, stt, label, value) rows. */
    @ParameterizedTest
    @ValueSource(strings = {"000.pdf", "004.pdf", "000-unruled.pdf", "004-unruled.pdf", "000-unruled-centred.pdf"})
    void pdfAgreesWithText(String pdf) throws Exception {
        List<String> text = keys(extract(pdf.substring(0, 3) + ".txt"));
        List<String> fromPdf = keys(extract(pdf));
        assertEquals(text, fromPdf);
    }

    private static List<String> keys(FileResult r) {
        List<String> out = new ArrayList<>();
        for (StatRecord o : r.records()) out.add(o.section() + " | " + o.stt() + " | " + o.label() + " | " + o.valueRaw());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted", "scanned"})
    void aBadPdfFailsAloneAndTheBatchGoesOn(String kind, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve(kind + ".pdf");
        Files.write(bad, kind.equals("encrypted") ? vn.cchc.read.pdf.PdfFixtures.encrypted() : vn.cchc.read.pdf.PdfFixtures.imageOnly());
        // without OCR: a scan has nothing to read (with OCR it is read, see vn.cchc.ocr.ScanExtractionTest)
        FileExtractor fx = new FileExtractor(Readers.standard(new vn.cchc.read.ocr.OcrOptions(vn.cchc.read.ocr.OcrOptions.Mode.NEVER, "vie", 1)));
        FileResult failed = fx.extract(bad, bad.toString());
        FileResult good = fx.extract(corpus("004.pdf"), "004.pdf");
        assertNotNull(failed.error());
        assertTrue(failed.error().equals("no text layer: scanned document") || failed.error().startsWith("encrypted PDF"),
                failed.error());
        assertNull(good.error());
    }
}
