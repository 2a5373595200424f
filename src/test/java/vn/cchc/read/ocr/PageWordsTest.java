package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tesseract's word boxes placed on the page, and a text page straightened, without Tesseract. */
class PageWordsTest {
    private static Tesseract.Word word(int image, int block, int line, int left, int top, String text) {
        return new Tesseract.Word(image, block, 1, line, left, top, 40, 30, 93.5, text);
    }

    @Test
    void wordsArePlacedOnThePageFromTheirStripAndKeepTheirLines() {
        List<Tesseract.Word> words = List.of(word(0, 1, 1, 10, 5, "STT"), word(0, 1, 1, 80, 6, "Chỉ"),
                word(0, 2, 1, 10, 60, "1."), word(1, 1, 1, 10, 5, "2."));
        List<PageWords.Placed> placed = PageWords.place(words, List.of(new int[] {100, 200}, new int[] {90, 1500}));
        assertEquals(110, placed.get(0).left());
        assertEquals(205, placed.get(0).top());
        assertEquals(100, placed.get(3).left());
        assertEquals(1505, placed.get(3).top());
        assertEquals(placed.get(0).line(), placed.get(1).line(), "one line of Tesseract's");
        assertNotEquals(placed.get(0).line(), placed.get(2).line(), "another block");
        assertNotEquals(placed.get(0).line(), placed.get(3).line(), "another strip");
    }

    @Test
    void pixelsAt300DpiBecomePoints() {
        PageWords.Placed p = PageWords.place(List.of(word(0, 1, 1, 0, 0, "44")), List.<int[]>of(new int[] {300, 600})).get(0);
        ScanWord w = PageWords.word("44", p, 96);
        assertEquals(72, w.left(), 0.001);
        assertEquals(144, w.top(), 0.001);
        assertEquals(40 * 72f / 300, w.width(), 0.001);
        assertEquals(30 * 72f / 300, w.height(), 0.001);
        assertEquals(96, w.confidence());
    }

    @Test
    void numbersAreReadAgainButNotWords() {
        for (String n : List.of("1.", "2.2.1", "99,6", "13,7%", "2.097", "(5)", "2015")) assertTrue(PageWords.isNumber(n), n);
        for (String w : List.of("Không", "-", "%", "VBQPPL", "863/BC-SKHĐT", "S.1")) assertFalse(PageWords.isNumber(w), w);
    }

    /** A page of text lines without any ruling, tilted as a scanner tilts it: the tilt is found from the text alone. */
    @Test
    void aTextPageWithoutRulingsIsStraightened() {
        BufferedImage img = new BufferedImage(2480, 3000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.rotate(Math.toRadians(1.2), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        for (int i = 0; i < 30; i++) {
            g.drawString("1." + i + "   Số văn bản chỉ đạo công tác cải cách hành chính      Văn bản      " + i, 250, 300 + i * 80);
        }
        g.dispose();
        assertEquals(1.2, Deskew.angle(InkMask.of(GrayImage.of(img))), 0.1);
    }
}
