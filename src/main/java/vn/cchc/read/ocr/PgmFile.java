package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cut images handed to Tesseract, as binary PGM files: Tesseract (Leptonica) reads them as it reads a PNG, and they
 * cost nothing to write, where PNG's compression of a page's cells took longer than finding the page's grid.
 */
final class PgmFile {
    static final String SUFFIX = ".pgm";

    private PgmFile() {
    }

    /** Writes a grey image (one byte a pixel, as {@link CellImage} cuts them) to {@code file}. */
    static void write(BufferedImage img, Path file) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        byte[] px = new byte[w * h];
        img.getRaster().getDataElements(0, 0, w, h, px);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            out.write(px);
        }
    }
}
