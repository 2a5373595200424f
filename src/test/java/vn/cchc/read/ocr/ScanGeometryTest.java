package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Page geometry on scans unlike the corpus': a page tilted by only 1° and a table drawn in hairlines. Pages drawn by
 * the test; no Tesseract needed.
 */
class ScanGeometryTest {
    /** A page of running text at 300 dpi, no rulings: only the text lines say how the page is tilted. */
    private static BufferedImage textPage() {
        BufferedImage img = new BufferedImage(2480, 1800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
        for (int i = 0; i < 26; i++) {
            g.drawString("Thực hiện Kế hoạch số 2145/KH-UBND ngày 28/12/2023 về cải cách hành chính năm 2024", 200, 150 + i * 60);
        }
        g.dispose();
        return img;
    }

    @Test
    void aTiltOfAboutOneDegreeIsNotTakenForAStraightPage() {
        GrayImage page = GrayImage.of(textPage());
        for (double tilt : new double[] {-1.0, -0.7, 0.7, 1.0, 1.2}) {
            double found = Deskew.angle(InkMask.of(page.rotated(-tilt)));
            assertEquals(tilt, found, 0.15, "tilt " + tilt);
        }
        assertEquals(0, Deskew.angle(InkMask.of(page)), 0.05, "a straight page");
    }

    /**
     * A 5-column ruled table drawn at 200 dpi in 1-pixel hairlines (a scanner reads a hairline grey, not black), tilted,
     * then brought to 300 dpi and straightened as a scan is: the resampling leaves the hairlines paler still wherever
     * they cross from one pixel column to the next, too pale there to be ink.
     */
    @Test
    void hairlineRulingsOfALowResolutionTiltedScanAreFound() {
        BufferedImage img = new BufferedImage(1650, 1100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(100, 100, 100));
        g.setStroke(new BasicStroke(1));
        int[] xs = {150, 250, 900, 1100, 1300, 1500};
        for (int i = 0; i <= 10; i++) g.drawLine(150, 100 + i * 80, 1500, 100 + i * 80);
        for (int x : xs) g.drawLine(x, 100, x, 900);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
        for (int i = 0; i < 10; i++) {
            g.drawString((i + 1) + ".", 165, 160 + i * 80);
            g.drawString("Số nhiệm vụ được giao", 265, 160 + i * 80);
            g.drawString(String.valueOf(10 * i + 3), 1120, 160 + i * 80);
        }
        g.dispose();
        double tilt = 1.5;
        GrayImage scanned = GrayImage.of(img).rotated(-tilt);
        BufferedImage up = new BufferedImage(2475, 1650, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D u = up.createGraphics();
        u.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        u.drawImage(toImage(scanned), 0, 0, up.getWidth(), up.getHeight(), null);
        u.dispose();
        GrayImage page = GrayImage.of(up);
        double found = Deskew.angle(InkMask.of(page));
        assertEquals(tilt, found, 0.15);
        GrayImage straight = page.rotated(found);
        List<ImageGrid> grids = ImageGrid.find(LineFinder.find(straight, InkMask.of(straight), 80));
        assertEquals(1, grids.size(), grids::toString);
        assertEquals(6, grids.get(0).xs().size(), () -> "every column of the table: " + grids.get(0).xs());
        assertEquals(11, grids.get(0).ys().size(), () -> "every row of the table: " + grids.get(0).ys());
    }

    /**
     * Strokes of letters stacked in two rows of text can meet the ruling between the rows in a short dense vertical run;
     * it crosses two rulings (one of them found twice, a pixel apart) but starts and ends inside the rows: no column.
     * The sides of a one-row table's cells cross only two rulings too, but run from one to the other.
     */
    @Test
    void aShortVerticalRunThroughTwoRowsOfTextIsNoColumn() {
        List<Segment> found = new java.util.ArrayList<>();
        for (int y : new int[] {100, 155, 210, 265, 320}) found.add(new Segment(true, y, 200, 2200));
        found.add(new Segment(true, 208, 450, 660)); // a piece of the ruling at 210
        for (int x : new int[] {200, 400, 1600, 2200}) found.add(new Segment(false, x, 100, 320));
        found.add(new Segment(false, 520, 172, 253)); // "p" over "T" across the ruling at 210, up to 12 px short of 265
        List<ImageGrid> grids = ImageGrid.find(found);
        assertEquals(1, grids.size());
        assertEquals(List.of(200, 400, 1600, 2200), grids.get(0).xs());

        List<Segment> oneRow = new java.util.ArrayList<>();
        for (int y : new int[] {500, 556}) oneRow.add(new Segment(true, y, 200, 2200));
        for (int x : new int[] {200, 400, 1600, 2200}) oneRow.add(new Segment(false, x, 498, 558));
        List<ImageGrid> header = ImageGrid.find(oneRow);
        assertEquals(1, header.size());
        assertEquals(List.of(200, 400, 1600, 2200), header.get(0).xs());
    }

    private static BufferedImage toImage(GrayImage g) {
        BufferedImage img = new BufferedImage(g.width, g.height, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, g.width, g.height, g.px);
        return img;
    }
}
