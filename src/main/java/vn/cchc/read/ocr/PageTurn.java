package vn.cchc.read.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.cchc.read.ReadException;

/**
 * A page scanned turned a quarter: a landscape page (a department's wide statistics table) fed through a portrait
 * scanner, or a sheet photographed sideways. Its text lines run down the image, so nothing on it would be read.
 *
 * <p>Whether a page is turned is told from its ink, at no cost to upright pages: text lines make the ink's profile
 * along the page's height peaked (lines, then gaps) and its profile along the width flat; turned, the other way round.
 * Only a page whose column profile is clearly the more peaked is turned. Which way to turn it (clockwise or not) the
 * ink cannot say; Tesseract reads one band of the page both ways up, in one call, and the way its words are read
 * with confidence is the right one. When neither way is clearly better the page is left as it was scanned.
 */
final class PageTurn {
    /**
     * Rows' peakedness over columns' under which a page is turned. Measured on the unseen-report scans and the test
     * scans: upright pages 1.85–3.4 (tilted, photographed, 100 dpi, fax, black and white), turned ones 0.31–0.52.
     */
    static final double TURNED = 0.8;
    /** A profile bin fuller than this share of the page's extent is a ruling, not text: left out. */
    private static final double RULING = 0.3;

    private PageTurn() {
    }

    /** Strips the page is cut into, each way, so that a tilt of a few degrees does not smear a strip's profile. */
    private static final int STRIPS = 16;

    /**
     * How much more peaked the ink's profiles down the page are than across it (above 1 for an upright page of text):
     * measured in narrow strips, down each vertical strip and across each horizontal one, so that a scan's tilt moves a
     * text line by a few pixels only within a strip, and weighed by the strips' ink.
     */
    static double rowsOverColumns(InkMask m) {
        int sw = Math.max(1, (m.width + STRIPS - 1) / STRIPS), sh = Math.max(1, (m.height + STRIPS - 1) / STRIPS);
        // every other row (a text line is some 30 rows tall at 300 dpi), binned in pairs down the page
        int[][] down = new int[STRIPS][(m.height + 1) / 2], across = new int[STRIPS][m.width];
        for (int y = 0; y < m.height; y += 2) {
            int base = y * m.width;
            int[] row = across[y / sh];
            for (int x = 0; x < m.width; x++) {
                if (m.ink[base + x]) {
                    down[x / sw][y / 2]++;
                    row[x]++;
                }
            }
        }
        // a page with ink in a few strips only (a line or two of type) says nothing about which way its lines run
        if (inked(down) < MIN_INKED_STRIPS || inked(across) < MIN_INKED_STRIPS) return Double.POSITIVE_INFINITY;
        double r = peakedness(down, sw), c = peakedness(across, (sh + 1) / 2);
        return c == 0 ? Double.POSITIVE_INFINITY : r / c;
    }

    /** Strips each way that must hold ink before the page's profiles are compared: half of them. */
    private static final int MIN_INKED_STRIPS = STRIPS / 2;
    /** Words read with confidence that the right way up needs: a band of a page of text holds several lines. */
    private static final int MIN_WORDS = 5;

    private static int inked(int[][] strips) {
        int n = 0;
        for (int[] profile : strips) {
            for (int v : profile) {
                if (v > 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The strips' mean square of their profile over its squared mean (1 for an even profile), weighed by their ink;
     * a bin fuller than {@link #RULING} of the strip's breadth is a ruling and left out.
     */
    private static double peakedness(int[][] strips, int breadth) {
        double sum = 0, weight = 0;
        for (int[] profile : strips) {
            double s = 0, s2 = 0;
            for (int v : profile) {
                if (v > breadth * RULING) continue;
                s += v;
                s2 += (double) v * v;
            }
            if (s == 0) continue;
            sum += s2 * profile.length / s; // (s2 * n / s^2), weighed by s
            weight += s;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    static boolean looksTurned(InkMask m) {
        return rowsOverColumns(m) < TURNED;
    }

    /** The page turned a quarter: clockwise, or anticlockwise. */
    static GrayImage quarter(GrayImage g, boolean clockwise) {
        int w = g.width, h = g.height;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                // clockwise: (x, y) goes to (h - 1 - y, x); anticlockwise: to (y, w - 1 - x); the new width is h
                int to = clockwise ? x * h + (h - 1 - y) : (w - 1 - x) * h + y;
                out[to] = g.px[row + x];
            }
        }
        return new GrayImage(h, w, out);
    }

    /**
     * The turned page set upright, or null when Tesseract cannot tell which way up it goes. A band across the page
     * turned clockwise, from its first line of ink down, is read as it is and upside down.
     */
    static GrayImage upright(GrayImage turned, InkMask mask, Tesseract tesseract, Path workDir, PageImages write)
            throws IOException, ReadException {
        GrayImage cw = quarter(turned, true);
        // the band starts where the ink does (the turned page's first column of ink is the top row of ink turned
        // clockwise): a band of blank paper says nothing either way up
        int first = 0;
        while (first < mask.width && inkIn(mask, first) < 3) first++;
        double from = Math.max(0, first - 10) / (double) mask.width;
        GrayImage band = band(cw, from, Math.min(1, from + 0.25));
        GrayImage flipped = halfTurn(band);
        List<Tesseract.Word> words = tesseract.read(List.of(write.of(band), write.of(flipped)), workDir, Tesseract.Mode.LINES);
        double asIs = 0, upsideDown = 0;
        int asIsWords = 0, upsideDownWords = 0;
        for (Tesseract.Word w : words) {
            if (w.conf() < 60 || w.text().codePoints().filter(Character::isLetterOrDigit).count() < 2) continue;
            if (w.image() == 0) {
                asIs += w.conf() * w.text().length();
                asIsWords++;
            } else {
                upsideDown += w.conf() * w.text().length();
                upsideDownWords++;
            }
        }
        if (asIs > 2 * upsideDown && asIsWords >= MIN_WORDS) return cw;
        if (upsideDown > 2 * asIs && upsideDownWords >= MIN_WORDS) return quarter(turned, false);
        return null;
    }

    private static int inkIn(InkMask m, int x) {
        int n = 0;
        for (int y = 0; y < m.height; y++) if (m.ink[y * m.width + x]) n++;
        return n;
    }

    /** Writes a band for Tesseract. */
    @FunctionalInterface
    interface PageImages {
        Path of(GrayImage img) throws IOException;
    }

    /** Rows {@code from}..{@code to} (shares of the height) of a page. */
    static GrayImage band(GrayImage g, double from, double to) {
        int y0 = (int) (g.height * from), y1 = Math.max(y0 + 1, (int) (g.height * to));
        byte[] out = new byte[(y1 - y0) * g.width];
        System.arraycopy(g.px, y0 * g.width, out, 0, out.length);
        return new GrayImage(g.width, y1 - y0, out);
    }

    /** Upside down. */
    static GrayImage halfTurn(GrayImage g) {
        byte[] out = new byte[g.px.length];
        for (int i = 0; i < out.length; i++) out[i] = g.px[out.length - 1 - i];
        return new GrayImage(g.width, g.height, out);
    }
}
