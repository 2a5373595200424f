package vn.cchc.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.read.Readers;
import vn.cchc.read.ocr.OcrOptions;

/** Without Tesseract (or its Vietnamese model) a scan fails with one line naming the package; the rest still works. */
class MissingTesseractTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void noTesseract() {
        System.setProperty("cchc.tesseract", "/nonexistent/tesseract");
    }

    @AfterEach
    void restore() {
        System.clearProperty("cchc.tesseract");
    }

    private Path copy(String resource, String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void scanFailsWithTheDebianPackagesToInstallAndTextStillWorks() throws IOException {
        FileExtractor x = new FileExtractor(Readers.standard(OcrOptions.defaults()));
        FileResult scan = x.extract(copy("/ocr/004-p13-phone.jpg", "scan.jpg"), "scan.jpg");
        assertTrue(scan.error().contains("apt-get install tesseract-ocr tesseract-ocr-vie"), scan.error());
        assertEquals(1, scan.error().lines().count());
        FileResult text = x.extract(copy("/corpus/004.txt", "004.txt"), "004.txt");
        assertNull(text.error());
        assertTrue(text.records().size() > 100);
    }

    @Test
    void missingLanguageNamesItsPackage() throws IOException {
        System.clearProperty("cchc.tesseract");
        FileExtractor x = new FileExtractor(Readers.standard(new OcrOptions(OcrOptions.Mode.AUTO, "xyz", 1)));
        FileResult scan = x.extract(copy("/ocr/004-p13-phone.jpg", "scan.jpg"), "scan.jpg");
        // on a machine without Tesseract at all the message names both packages instead
        assertTrue(scan.error().contains("tesseract-ocr-xyz"), scan.error());
    }
}
