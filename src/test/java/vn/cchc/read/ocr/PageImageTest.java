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
        List<ImageGrid> grids = ImageGrid.find(LineFinder.find(page, mask, 80));
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
            List<ImageGrid> grids = ImageGrid.find(LineFinder.find(straight, InkMask.of(straight), 80));
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

    /** A 300 dpi value cell on paper: optionally a typed number, and a stamp's ring passing through, in some colour. */
    private static BufferedImage valueCell(String number, Color ring, int ringX) {
        BufferedImage img = new BufferedImage(300, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 232));
        g.fillRect(0, 0, 300, 160);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 54));
        if (number != null) g.drawString(number, 60, 100);
        if (ring != null) {
            g.setColor(ring);
            g.setStroke(new BasicStroke(5));
            g.drawOval(ringX, -120, 400, 400); // the left side of a ring: top to bottom of the cell
        }
        g.dispose();
        return img;
    }

    private static CellImage.Cut cut(BufferedImage cell) {
        GrayImage s = GrayImage.of(cell);
        return CellImage.cutCell(s, InkMask.of(s), 0, 0, s.width, s.height, true);
    }

    @Test
    void stampInkInAnEmptyValueCellIsNoNumber() {
        // red stamp ink: its colour is dropped before anything else
        assertNull(cut(valueCell(null, new Color(205, 45, 55), 100)).image());
        assertEquals(false, cut(valueCell(null, new Color(205, 45, 55), 100)).marked());
        // a stamp in a grey scan: grey all through, no dark core
        assertNull(cut(valueCell(null, new Color(125, 125, 125), 100)).image());
        // dark ink (a signature's stroke): cannot be told from type by its colour, but it runs across the cell
        CellImage.Cut pen = cut(valueCell(null, new Color(35, 35, 60), 100));
        assertEquals(true, pen.marked(), "a dark curve across an empty value cell is a mark, never a digit");
        // the empty cell itself, and a typed number alone
        assertNull(cut(valueCell(null, null, 0)).image());
        CellImage.Cut typed = cut(valueCell("13,7%", null, 0));
        assertNotNull(typed.image());
        assertEquals(false, typed.marked());
    }

    @Test
    void greyRingTouchingADigitLeavesTheDigit() {
        // the ring passes through the "0": the digit's dark core keeps it, the grey ring goes
        CellImage.Cut c = cut(valueCell("0", new Color(125, 125, 125), 50));
        assertNotNull(c.image());
        assertEquals(false, c.marked());
        assertEquals(true, cut(valueCell("0", new Color(35, 35, 60), 50)).marked(), "dark ink run into a digit: unsure");
    }

    @Test
    void headerSaysWhichColumnsHoldNumbers() {
        List<Integer> xs = List.of(300, 450, 1400, 1650, 1900, 2200);
        List<CellKind> k = CellKind.fromHeader(List.of("SIT", "Chỉ tiêu thống kê", "Kết quả thống kê Đơn vị tính",
                "Kết quả thống kê Số liệu", "Ghi chú"), xs);
        assertEquals(List.of(CellKind.STT, CellKind.TEXT, CellKind.TEXT, CellKind.VALUE, CellKind.TEXT), k,
                "a misread 'STT' in a narrow first column is still the row number");
        assertNull(CellKind.fromHeader(List.of("Họ và tên", "Chức vụ", "Ghi chú"), xs.subList(0, 4)));
        // a ruling's remains read as a letter before "Đơn vị tính": still the unit column, under a merged "Kết quả"
        assertEquals(CellKind.TEXT, CellKind.fromHeader(List.of("STT", "Chỉ tiêu thống kê", "Kêt quả thông kê IDơn vị tính",
                "Kêt quả thông kê Sô liệu", "Ghi chú"), xs).get(2));
    }

    @Test
    void valueWordsAsTheReportWritesThem() {
        assertEquals("Không", CellTexts.valueWords("Khong"));
        assertEquals("Có", CellTexts.valueWords("Co"));
        assertEquals("12,5", CellTexts.valueWords("12,5"));
        // the digits' model has no "ô"
        for (String misread : List.of("Kh6ng", "Kh0ng", "Khng")) assertEquals("Không", CellTexts.valueWords(misread));
        assertEquals("Kh6", CellTexts.valueWords("Kh6"));
    }
}
