package vn.cchc.read.pdf;

import java.io.IOException;

/** Bad PDFs for tests outside this package (the batch must go on past them). */
public final class PdfFixtures {
    private PdfFixtures() {
    }

    public static byte[] encrypted() throws IOException {
        return TestPdfs.encrypted();
    }

    public static byte[] imageOnly() throws IOException {
        return TestPdfs.imageOnly();
    }
}
