package vn.cchc.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small PDFs drawn with PDFBox for reader tests: each shows one shape of table (ruled, merged header, unruled, cut
 * by a page break) with nothing else to get in the way. ASCII text, since the standard fonts cannot show Vietnamese.
 */
final class TestPdfs {
    static final float ROW = 20f;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestPdfs() {
    }

    /** Column x boundaries of the test tables: STT | label | unit | value | note. */
    static final float[] COLS = {50, 90, 300, 380, 450, 540};

    interface Drawer {
        void draw(PDPageContentStream cs, PDPage page) throws IOException;
    }

    static byte[] pdf(Drawer... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Drawer d : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    d.draw(cs, page);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encrypted() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, page, 50, 100, "secret", false);
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page that is only a picture, as a scanner makes it. */
    static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 80; y += 4) for (int x = 0; x < 60; x++) img.getRaster().setSample(x, y, 0, 40);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Text with its baseline {@code top} points below the top of the page. */
    static void text(PDPageContentStream cs, PDPage page, float x, float top, String s, boolean bold) throws IOException {
        cs.beginText();
        cs.setFont(bold ? BOLD : FONT, 10);
        cs.newLineAtOffset(x, page.getMediaBox().getHeight() - top);
        cs.showText(s);
        cs.endText();
    }

    static void hline(PDPageContentStream cs, PDPage page, float x0, float x1, float top) throws IOException {
        float y = page.getMediaBox().getHeight() - top;
        cs.moveTo(x0, y);
        cs.lineTo(x1, y);
        cs.stroke();
    }

    /** A vertical line drawn as a thin filled rectangle, as some office suites do. */
    static void vline(PDPageContentStream cs, PDPage page, float x, float top0, float top1) throws IOException {
        float h = page.getMediaBox().getHeight();
        cs.addRect(x - 0.25f, h - top1, 0.5f, top1 - top0);
        cs.fill();
    }

    /**
     * The template's header: "STT | Chi tieu | Ket qua thong ke (over Don vi tinh | So lieu) | Ghi chu", two rows,
     * ruled or not. Returns the top of the first body row.
     */
    static float header(PDPageContentStream cs, PDPage page, float top, boolean ruled) throws IOException {
        text(cs, page, COLS[0] + 3, top + 14, "STT", true);
        text(cs, page, COLS[1] + 3, top + 14, "Chi tieu thong ke", true);
        text(cs, page, COLS[2] + 34, top + 14, "Ket qua thong ke", true); // centred over its two columns
        text(cs, page, COLS[4] + 3, top + 14, "Ghi chu", true);
        text(cs, page, COLS[2] + 3, top + ROW + 14, "Don vi tinh", true);
        text(cs, page, COLS[3] + 3, top + ROW + 14, "So lieu", true);
        if (ruled) {
            hline(cs, page, COLS[0], COLS[5], top);
            hline(cs, page, COLS[2], COLS[4], top + ROW); // only under the merged "Ket qua" cell
            for (float x : new float[] {COLS[0], COLS[1], COLS[2], COLS[4], COLS[5]}) vline(cs, page, x, top, top + 2 * ROW);
            vline(cs, page, COLS[3], top + ROW, top + 2 * ROW);
        }
        return top + 2 * ROW;
    }

    /** One body row; each cell's text may hold several lines separated by '\n'. Returns the next row's top. */
    static float row(PDPageContentStream cs, PDPage page, float top, boolean ruled, String... cells) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            String[] ls = cells[c].split("\n");
            lines = Math.max(lines, ls.length);
            for (int k = 0; k < ls.length; k++) {
                if (!ls[k].isEmpty()) text(cs, page, COLS[c] + 3, top + 14 + k * 12, ls[k], false);
            }
        }
        float bottom = top + ROW + (lines - 1) * 12;
        if (ruled) {
            hline(cs, page, COLS[0], COLS[5], top);
            hline(cs, page, COLS[0], COLS[5], bottom);
            for (float x : COLS) vline(cs, page, x, top, bottom);
        }
        return bottom;
    }
}
