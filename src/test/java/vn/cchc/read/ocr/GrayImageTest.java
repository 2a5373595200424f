package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

/** The hand-written image steps give what Java2D's general (and much slower) paths give. */
class GrayImageTest {
    /** A scrap of a scanned table in colour: type, a ruling, a red stamp's arc, a blue pen stroke, pale paper. */
    private static BufferedImage colourScrap(int type) {
        BufferedImage img = new BufferedImage(400, 300, type);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(236, 232, 222));
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(20, 20, 25));
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 40, 390, 40);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        g.drawString("2.097 Không", 20, 120);
        g.setColor(new Color(210, 40, 50, 200));
        g.drawOval(150, 60, 200, 200);
        g.setColor(new Color(40, 60, 200));
        g.drawLine(30, 250, 380, 180);
        g.dispose();
        return img;
    }

    @Test
    void colourLayoutsReadStraightFromTheirPixelsGiveTheGreysOfTheGeneralPath() {
        // TYPE_INT_BGR has no fast path: it goes pixel by pixel through getRGB, the reference
        GrayImage reference = GrayImage.of(colourScrap(BufferedImage.TYPE_INT_BGR));
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_4BYTE_ABGR}) {
            GrayImage fast = GrayImage.of(colourScrap(type));
            assertEquals(reference.width, fast.width);
            for (int i = 0; i < fast.px.length; i++) {
                assertEquals(reference.px[i], fast.px[i], "image type " + type + ", pixel " + i);
            }
        }
    }

    @Test
    void scalingMatchesJava2dBicubicWithinAFewGreyLevels() {
        GrayImage page = GrayImage.of(PageImageTest.table()).scaled(0.25); // a 75 dpi scan of the test table
        for (double f : new double[] {4, 2, 1.5, 0.5}) {
            GrayImage mine = page.scaled(f);
            int w = (int) Math.round(page.width * f), h = (int) Math.round(page.height * f);
            BufferedImage ref = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = ref.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(page.toBufferedImage(), 0, 0, w, h, null);
            g.dispose();
            GrayImage java2d = GrayImage.of(ref);
            assertEquals(w, mine.width);
            assertEquals(h, mine.height);
            int worst = 0;
            long off = 0;
            for (int i = 0; i < mine.px.length; i++) {
                int d = Math.abs((mine.px[i] & 0xFF) - (java2d.px[i] & 0xFF));
                worst = Math.max(worst, d);
                if (d > 1) off++;
            }
            // Java2D rounds its weights more coarsely: a few edge pixels differ by up to 3 grey levels of 255
            assertTrue(worst <= 4, "factor " + f + ": a pixel differs by " + worst);
            assertTrue(off * 100 < mine.px.length, "factor " + f + ": " + off + " pixels differ by more than 1");
        }
    }
}
