package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page scanned turned a quarter (a landscape page through a portrait scanner) is told from its ink and set upright
 * with Tesseract's help; upright pages, tilted and photographed ones included, are never taken for turned ones.
 */
class PageTurnTest {
    @TempDir
    Path tmp;

    private static GrayImage pdfPage(String resource, int page) throws Exception {
        try (InputStream in = PageTurnTest.class.getResourceAsStream(resource); PDDocument d = Loader.loadPDF(in.readAllBytes())) {
            return GrayImage.of(new PDFRenderer(d).renderImageWithDPI(page, OcrEngine.DPI, ImageType.GRAY));
        }
    }

    private static GrayImage imageFile(String resource) throws Exception {
        try (InputStream in = PageTurnTest.class.getResourceAsStream(resource); var iis = ImageIO.createImageInputStream(in)) {
            javax.imageio.ImageReader r = ImageIO.getImageReaders(iis).next();
            r.setInput(iis);
            return GrayImage.of(ImageReader.page(r, 0));
        }
    }

    @Test
    void uprightPagesAreNotTakenForTurnedOnes() throws Exception {
        for (GrayImage g : new GrayImage[] {pdfPage("/ocr/000-p1-clean.pdf", 0), pdfPage("/ocr/so-tu-phap-p2-alone.pdf", 0),
                pdfPage("/ocr/004-p15-16-degraded.pdf", 1), imageFile("/ocr/004-p13-phone.jpg"), imageFile("/ocr/000-p12-13-tilted.tif"),
                imageFile("/ocr/004-unruled-p16-redstamp.jpg")}) {
            assertFalse(PageTurn.looksTurned(InkMask.of(g)), () -> "rows over columns " + PageTurn.rowsOverColumns(InkMask.of(g)));
        }
    }

    /** A page of one word, turned or not, is never taken for a turned page: a word says nothing of where lines run. */
    @Test
    void aPageOfOneWordIsNotTakenForATurnedOne() {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1200, 300, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1200, 300);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 60));
        g.drawString("Bravo", 100, 180);
        g.dispose();
        GrayImage page = GrayImage.of(img);
        assertFalse(PageTurn.looksTurned(InkMask.of(page)));
        assertFalse(PageTurn.looksTurned(InkMask.of(PageTurn.quarter(page, true))));
    }

    @Test
    void aQuarterTurnAndBackIsThePage() throws Exception {
        GrayImage g = pdfPage("/ocr/000-p1-clean.pdf", 0);
        GrayImage back = PageTurn.quarter(PageTurn.quarter(g, true), false);
        assertArrayEquals(g.px, back.px);
    }

    /** Turned either way, the page is told turned and set upright, pixel for pixel. */
    @Test
    void aTurnedPageIsSetUpright() throws Exception {
        Optional<String> missing = new Tesseract("vie", 1).unavailable();
        Assumptions.assumeTrue(missing.isEmpty() || "true".equalsIgnoreCase(System.getenv("CI")), "Tesseract not installed");
        Tesseract tesseract = new Tesseract("vie", 1);
        GrayImage g = pdfPage("/ocr/so-tu-phap-p2-alone.pdf", 0);
        int[] n = {0};
        for (boolean clockwise : new boolean[] {true, false}) {
            GrayImage turned = PageTurn.quarter(g, clockwise);
            InkMask mask = InkMask.of(turned);
            assertTrue(PageTurn.looksTurned(mask), () -> "rows over columns " + PageTurn.rowsOverColumns(mask));
            GrayImage upright = PageTurn.upright(turned, mask, tesseract, tmp, i -> {
                Path p = tmp.resolve("band" + n[0]++ + PgmFile.SUFFIX);
                PgmFile.write(i.toBufferedImage(), p);
                return p;
            });
            assertNotNull(upright, "which way up");
            assertArrayEquals(g.px, upright.px);
        }
    }
}
