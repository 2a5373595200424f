package vn.cchc.read.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A PDF's page count, for the database's {@code report.pages}: only the page tree is read, not the content. */
public final class PdfPages {
    private PdfPages() {
    }

    /** The number of pages, or null when the file cannot be opened (encrypted, damaged): unknown, not zero. */
    public static Integer count(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
