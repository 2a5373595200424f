package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The image steps before Tesseract, on pages drawn by the test: no Tesseract needed. */
class PageImageTest {
    /** A 5-column, 6-row ruled table at 300 dpi, a line broken in places, a round stamp over its right edge. */
    static BufferedImage table() {
        BufferedImage img = new BufferedImage(2480, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        int[] xs = {300, 450, 1400, 1650, 1900, 2200};
        for (int i = 0; i <= 6; i++) {
            int y = 200 + i * 150;
            if (i == 3) {
                // a line broken by the scanner in three places
                g.drawLine(300, y, 800, y);
                g.drawLine(808, y, 1500, y);
                g.drawLine(1509, y, 2200, y);
            } else {
                g.drawLine(300, y, 2200, y);
            }
        }
        for (int x : xs) g.drawLine(x, 200, x, 1100);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        for (int i = 0; i < 6; i++) {
            g.drawString((i + 1) + ".", 320, 290 + i * 150);
            g.drawString("Số nhiệm vụ được giao", 470, 290 + i * 150);
            g.drawString(String.valueOf(10 * i), 1920, 290 + i * 150);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(5));
        g.drawOval(2050, 500, 360, 360); // the stamp, over the last column and past the table's edge
        g.dispose();
        return img;
    }

    @Test
    void gridIsFoundThroughBrokenLinesAndAStamp() {
        GrayImage page = GrayImage.of(table());
        InkMask mask = InkMask.of(page);
        List<ImageGrid> grids = ImageGrid.find(LineFinder.find(mask, 80));
        assertEquals(1, grids.size());
        ImageGrid g = grids.get(0);
        assertEquals(6, g.xs().size(), g.xs()::toString);
        assertEquals(7, g.ys().size(), g.ys()::toString);
        for (int band = 0; band < 6; band++) {
            for (int j = 1; j < 5; j++) assertEquals(true, g.hasVertical(j, band));
        }
        assertEquals(true, g.hasHorizontal(3, 0, 4), "the broken line still separates the rows");
    }

    @Test
    void tiltOfAScanIsMeasuredAndUndone() {
        GrayImage page = GrayImage.of(table());
        for (double tilt : new double[] {-2.5, -1, 1.5, 3}) {
            GrayImage tilted = page.rotated(-tilt); // a line falling to the right by `tilt` degrees
            double found = Deskew.angle(InkMask.of(tilted));
            assertEquals(tilt, found, 0.15, "tilt " + tilt);
            GrayImage straight = tilted.rotated(found);
            List<ImageGrid> grids = ImageGrid.find(LineFinder.find(InkMask.of(straight), 80));
            assertEquals(1, grids.size(), "tilt " + tilt);
            assertEquals(6, grids.get(0).xs().size(), "tilt " + tilt);
        }
    }

    @Test
    void cellImageDropsRulingRemainsAndSpecks() {
        GrayImage page = GrayImage.of(table());
        InkMask mask = InkMask.of(page);
        // an empty cell with only a piece of its ruling and a speck: nothing to read
        BufferedImage speck = new BufferedImage(200, 140, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = speck.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 140);
        g.setColor(Color.BLACK);
        g.fillRect(20, 134, 90, 4);
        g.fillRect(100, 60, 2, 2);
        g.dispose();
        GrayImage s = GrayImage.of(speck);
        assertNull(CellImage.cut(s, InkMask.of(s), 0, 0, 200, 140, true));
        assertNotNull(CellImage.cut(page, mask, 1906, 206, 2194, 344, true), "a cell with a number");
    }

    @Test
    void headerSaysWhichColumnsHoldNumbers() {
        List<Integer> xs = List.of(300, 450, 1400, 1650, 1900, 2200);
        List<CellKind> k = CellKind.fromHeader(List.of("SIT", "Chỉ tiêu thống kê", "Kết quả thống kê Đơn vị tính",
                "Kết quả thống kê Số liệu", "Ghi chú"), xs);
        assertEquals(List.of(CellKind.STT, CellKind.TEXT, CellKind.TEXT, CellKind.VALUE, CellKind.TEXT), k,
                "a misread 'STT' in a narrow first column is still the row number");
        assertNull(CellKind.fromHeader(List.of("Họ và tên", "Chức vụ", "Ghi chú"), xs.subList(0, 4)));
    }

    @Test
    void valueWordsAsTheReportWritesThem() {
        assertEquals("Không", CellTexts.valueWords("Khong"));
        assertEquals("Có", CellTexts.valueWords("Co"));
        assertEquals("12,5", CellTexts.valueWords("12,5"));
    }
}
