package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * One cell (or strip of text) cut out of a page for Tesseract: the ink inside it with the rulings' remains, specks of
 * noise and pale marks removed, on white, with a margin. Tesseract reads a clean small image better and much faster
 * than the same text inside a page of grid lines.
 */
final class CellImage {
    /** Pixels kept clear inside a ruling (half a scanned line's thickness and its blur). */
    static final int INSET = 6;
    /** Ink groups this small (a speck at 300 dpi) are noise: a full stop is several times larger. */
    private static final int SPECK = 8;
    /** Less ink than this in a cell is an empty cell. */
    private static final int MIN_INK = 30;
    private static final int MARGIN = 14;

    private CellImage() {
    }

    /**
     * The cleaned image of the rectangle, or null when it holds no ink worth reading.
     *
     * @param ruled whether the rectangle is a cell between rulings (whose remains along its edges are cleared)
     */
    static BufferedImage cut(GrayImage img, InkMask mask, int x0, int y0, int x1, int y1, boolean ruled) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(img.width, x1);
        y1 = Math.min(img.height, y1);
        int w = x1 - x0, h = y1 - y0;
        if (w < 6 || h < 6) return null;
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) ink[y * w + x] = mask.at(x0 + x, y0 + y);
        }
        if (ruled) clearEdges(ink, w, h);
        int kept = dropSpecks(ink, w, h, ruled);
        if (kept < MIN_INK) return null;
        int minX = w, minY = h, maxX = -1, maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!ink[y * w + x]) continue;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        int ow = maxX - minX + 1 + 2 * MARGIN, oh = maxY - minY + 1 + 2 * MARGIN;
        byte[] out = new byte[ow * oh];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (!nearInk(ink, w, h, x, y)) continue;
                // the grey of the ink and of its anti-aliased edge, so Tesseract sees the letters' true shape
                out[(y - minY + MARGIN) * ow + (x - minX + MARGIN)] = img.px[(y0 + y) * img.width + x0 + x];
            }
        }
        return new GrayImage(ow, oh, out).toBufferedImage();
    }

    private static boolean nearInk(boolean[] ink, int w, int h, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && ink[yy * w + xx]) return true;
            }
        }
        return false;
    }

    private static boolean rulingPiece(int[] group, int n, int w, int h) {
        int minX = w, maxX = 0, minY = h, maxY = 0;
        for (int k = 0; k < n; k++) {
            int x = group[k] % w, y = group[k] / w;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        int gw = maxX - minX + 1, gh = maxY - minY + 1;
        int edge = INSET * 2;
        boolean flat = gh <= 8 && gw >= 4 * gh && (minY < edge || maxY >= h - edge);
        boolean upright = gw <= 8 && gh >= 4 * gw && (minX < edge || maxX >= w - edge);
        return flat || upright;
    }

    /** Rows and columns near the edges that are mostly ink are what is left of the cell's rulings. */
    private static void clearEdges(boolean[] ink, int w, int h) {
        int band = INSET * 2;
        for (int y = 0; y < h; y++) {
            if (y >= band && y < h - band) continue;
            int n = 0;
            for (int x = 0; x < w; x++) if (ink[y * w + x]) n++;
            if (n > w * 0.5) for (int x = 0; x < w; x++) ink[y * w + x] = false;
        }
        for (int x = 0; x < w; x++) {
            if (x >= band && x < w - band) continue;
            int n = 0;
            for (int y = 0; y < h; y++) if (ink[y * w + x]) n++;
            if (n > h * 0.5) for (int y = 0; y < h; y++) ink[y * w + x] = false;
        }
    }

    /**
     * Removes groups of touching ink pixels too small to be part of a character, and in a ruled cell the pieces of a
     * ruling that reach into it along an edge (a line a little tilted, or thicker than the grid said): thin, long
     * and close to the edge, where a minus sign, being in the middle of its cell, never is. Returns the ink left.
     */
    private static int dropSpecks(boolean[] ink, int w, int h, boolean ruled) {
        boolean[] seen = new boolean[ink.length];
        int[] group = new int[ink.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int left = 0;
        for (int i = 0; i < ink.length; i++) {
            if (!ink[i] || seen[i]) continue;
            int n = 0;
            queue.add(i);
            seen[i] = true;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                group[n++] = p;
                int px = p % w, py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = px + dx, y = py + dy;
                        if (x < 0 || y < 0 || x >= w || y >= h) continue;
                        int q = y * w + x;
                        if (ink[q] && !seen[q]) {
                            seen[q] = true;
                            queue.add(q);
                        }
                    }
                }
            }
            if (n <= SPECK || ruled && rulingPiece(group, n, w, h)) {
                for (int k = 0; k < n; k++) ink[group[k]] = false;
            } else {
                left += n;
            }
        }
        return left;
    }
}
