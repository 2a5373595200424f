package vn.cchc.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.cchc.read.Paragraph;
import vn.cchc.read.PageProgress;
import vn.cchc.read.ReadException;
import vn.cchc.read.ocr.OcrEngine;
import vn.cchc.read.ocr.OcrOptions;

/**
 * The pages of a scan are reported done as each is read (the progress line's "OCR page 2/6"), not all at the end,
 * with the real Tesseract on small pages of one line of type.
 */
class OcrProgressTest {
    private static final int PAGES = 6;
    /** One word a page, told apart without digits (a number would be read a second time: a slower test). */
    private static final List<String> WORDS = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot");

    @BeforeAll
    static void tesseract() {
        Tesseracts.require();
    }

    @AfterEach
    void stopListening() {
        PageProgress.clear();
    }

    /** A page of one typed word at 300 dpi. */
    private static BufferedImage page(int n) {
        BufferedImage img = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 60));
        g.drawString(WORDS.get(n - 1), 100, 180);
        g.dispose();
        return img;
    }

    /** Every call the reading makes out of the engine, in order: renders, and progress as the listener hears it. */
    private static final class Events implements PageProgress.Listener {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void starting(int total) {
            seen.add("starting " + total);
        }

        @Override
        public void read(int done, int total) {
            seen.add("done " + done + "/" + total);
        }

        BufferedImage render(int index) {
            seen.add("render " + (index + 1));
            return page(index + 1);
        }

        List<String> progress() {
            return seen.stream().filter(s -> !s.startsWith("render")).collect(Collectors.toList());
        }
    }

    private static List<OcrEngine.Page> read(int jobs, Events events) throws IOException, ReadException {
        PageProgress.listen(events);
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) numbers.add(n);
        return new OcrEngine(new OcrOptions(OcrOptions.Mode.AUTO, "vie", jobs)).read(events::render, numbers);
    }

    @Test
    void eachPageIsReportedAsItIsDoneWhileLaterPagesAreStillToCome() throws IOException, ReadException {
        Events events = new Events();
        List<OcrEngine.Page> pages = read(1, events);
        assertEquals(progress(), events.progress());
        // only a few pages are held rendered at a time: with one job, the last page is rendered only after the first
        // is done. Reported at the end, every "done" would come after every render.
        assertTrue(events.seen.indexOf("done 1/6") < events.seen.indexOf("render 6"), events.seen::toString);
        assertPagesInOrder(pages);
    }

    @Test
    void pagesReadSideBySideCountUpOnceEach() throws IOException, ReadException {
        Events events = new Events();
        List<OcrEngine.Page> pages = read(2, events);
        assertEquals(progress(), events.progress());
        assertPagesInOrder(pages);
    }

    /** What the listener is to hear: the number of pages, then one more page done at a time. */
    private static List<String> progress() {
        List<String> out = new ArrayList<>(List.of("starting " + PAGES));
        for (int n = 1; n <= PAGES; n++) out.add("done " + n + "/" + PAGES);
        return out;
    }

    /** The pages come back in order, each with its own text. */
    private static void assertPagesInOrder(List<OcrEngine.Page> pages) {
        assertEquals(PAGES, pages.size());
        for (int n = 1; n <= PAGES; n++) {
            OcrEngine.Page p = pages.get(n - 1);
            assertEquals(n, p.number());
            String text = p.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
                    .collect(Collectors.joining(" "));
            assertTrue(text.contains(WORDS.get(n - 1)), () -> "page " + p.number() + ": " + text);
        }
    }
}
