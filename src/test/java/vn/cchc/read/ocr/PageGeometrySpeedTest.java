package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts that make deskewing and line finding cheap give exactly what the plain computation gives: a page's
 * tilt, rulings and cells must not change with them (the OCR would read other images).
 */
class PageGeometrySpeedTest {
    /** A page of ink: rows of "words" (short dashes), two rulings across, one down, specks; tilted by a little. */
    private static GrayImage page(int w, int h, long seed) {
        Random r = new Random(seed);
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (235 + r.nextInt(20));
        double slope = (r.nextDouble() - 0.5) * 0.06;
        for (int line = 60; line < h - 40; line += 45) {
            for (int x = 30; x < w - 30; x++) {
                if ((x / 23) % 3 == 2) continue; // a space between words
                int y = line + (int) Math.round((x - w / 2.0) * slope);
                for (int dy = 0; dy < 12; dy++) if (y + dy >= 0 && y + dy < h && r.nextInt(3) > 0) px[(y + dy) * w + x] = (byte) r.nextInt(80);
            }
        }
        for (int x = 20; x < w - 20; x++) {
            px[40 * w + x] = (byte) 30;
            px[(h - 30) * w + x] = (byte) 120; // a grey hairline: ink only with its neighbour
            px[(h - 29) * w + x] = (byte) 150;
        }
        for (int y = 20; y < h - 20; y++) px[y * w + w / 3] = (byte) (y % 50 == 0 ? 240 : 20); // a broken column line
        for (int k = 0; k < 300; k++) px[r.nextInt(px.length)] = 0;
        return new GrayImage(w, h, px);
    }

    private static GrayImage transposed(GrayImage g) {
        byte[] t = new byte[g.px.length];
        for (int y = 0; y < g.height; y++) for (int x = 0; x < g.width; x++) t[x * g.height + y] = g.px[y * g.width + x];
        return new GrayImage(g.height, g.width, t);
    }

    /** The tilt's score as first written: each sample's bin computed on its own, in floating point. */
    private static double plainScore(InkMask mask, double degrees) {
        List<int[]> samples = new ArrayList<>();
        int cap = mask.width * mask.height / 16;
        for (int y = 0; y < mask.height; y += 2) {
            for (int x = 0; x < mask.width; x += 2) {
                if (mask.ink[y * mask.width + x] && samples.size() < cap + 16) samples.add(new int[] {x - mask.width / 2, y});
            }
        }
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) (Math.abs(t) * 4000) + 2;
        int[] bins = new int[(mask.height + 2 * pad) / 2 + 1];
        for (int[] s : samples) {
            int y = (int) ((s[1] - s[0] * t + pad) / 2 + 0.5);
            if (y >= 0 && y < bins.length) bins[y]++;
        }
        double score = 0;
        for (int b : bins) score += (double) b * b;
        return score;
    }

    @Test
    void theTiltScoreIsThePlainOneAtEveryAngleSearched() {
        for (long seed = 1; seed <= 3; seed++) {
            InkMask mask = InkMask.of(page(900, 700, seed));
            Deskew.Samples samples = Deskew.Samples.of(mask);
            for (double a = -Deskew.MAX_DEGREES; a <= Deskew.MAX_DEGREES + 1e-9; a += 0.02) {
                assertEquals(plainScore(mask, a), samples.score(a, mask.height), "seed " + seed + ", " + a + "°");
            }
        }
    }

    @Test
    void columnsAreFoundAsRowsAre() {
        for (long seed = 1; seed <= 3; seed++) {
            GrayImage page = page(900, 700, seed), turned = transposed(page);
            List<Segment> found = LineFinder.find(page, InkMask.of(page), 60);
            assertFalse(found.isEmpty());
            List<Segment> back = new ArrayList<>();
            for (Segment s : LineFinder.find(turned, InkMask.of(turned), 60)) back.add(new Segment(!s.horizontal(), s.pos(), s.from(), s.to()));
            Comparator<Segment> order = Comparator.comparing(Segment::horizontal).thenComparingInt(Segment::pos).thenComparingInt(Segment::from);
            found.sort(order);
            back.sort(order);
            assertEquals(found, back, "seed " + seed);
        }
    }
}
