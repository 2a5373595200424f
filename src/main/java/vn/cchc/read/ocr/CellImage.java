package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

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
    /**
     * Taller than any typed character of a table (pixels at 300 dpi: about 5.4 mm, a 16 pt capital with its accents);
     * a mark this tall in a cell is a stamp, a signature or handwriting, not type.
     */
    static final int GLYPH = 64;
    /** A mark this large that fills less of its box than this is a thin curve: a stamp's ring, a signature's loop. */
    private static final double CURVE_FILL = 0.2;
    /**
     * Type has a core darker than this share of the paper's brightness (or than the page's own type, on a faded
     * page); a stamp in a grey scan is about half as bright as the paper all through.
     */
    private static final double CORE_SHARE = 0.40;
    /** Pixels of a core: a speck of noise on a stamp's ring is not one. */
    private static final int CORE_PIXELS = 4;
    /** Dark pixels a piece kept from a grey mark in a strip of text needs: a full stop of small type has more. */
    private static final int RESCUED_CORE = 10;
    /** A digit of the smallest type in a table (7 pt) is this tall (pixels at 300 dpi). */
    private static final int TYPE_HEIGHT = 17;
    /** How far (pixels) the grey edge of a typed stroke reaches from its dark core. */
    private static final int EDGE = 3;

    private CellImage() {
    }

    /**
     * A cell cut out for Tesseract.
     *
     * @param image  the cleaned image, or null when no ink worth reading is left
     * @param marked whether the cell holds marks that are not type: thin curves (removed from the image) or ink taller
     *               than any typed character (left in it). A number read from such a cell is not trusted: the mark may
     *               hide a digit, or be read as one.
     * @param x      where the image's left edge lies on the page (pixels), so the boxes of words read in it can be
     *               placed on the page
     * @param y      where its top edge lies
     */
    record Cut(BufferedImage image, boolean marked, int x, int y) {
        Cut(BufferedImage image, boolean marked) {
            this(image, marked, 0, 0);
        }
    }

    /** The cleaned image of the rectangle, or null when it holds no ink worth reading. */
    static BufferedImage cut(GrayImage img, InkMask mask, int x0, int y0, int x1, int y1, boolean ruled) {
        return cutCell(img, mask, x0, y0, x1, y1, ruled).image();
    }

    /**
     * The rectangle cleaned for Tesseract, and whether it holds marks that are not type.
     *
     * @param ruled whether the rectangle is a cell between rulings (whose remains along its edges are cleared, and
     *              whose curves are removed as marks)
     */
    static Cut cutCell(GrayImage img, InkMask mask, int x0, int y0, int x1, int y1, boolean ruled) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(img.width, x1);
        y1 = Math.min(img.height, y1);
        int w = x1 - x0, h = y1 - y0;
        if (w < 6 || h < 6) return new Cut(null, false);
        int left = x0, top = y0;
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) System.arraycopy(mask.ink, (y0 + y) * mask.width + x0, ink, y * w, w);
        if (ruled) clearEdges(ink, w, h);
        int[] marks = new int[3]; // marks that are not type; the tallest type kept; dashes kept
        int[] box = {w, h, -1, -1}; // the ink kept: its left, top, right and bottom
        double core = Math.max(CORE_SHARE, mask.typeShare + 0.25);
        int kept = dropSpecks(ink, w, h, ruled, marks, box, px -> {
            int x = left + px % w, y = top + px / w;
            return img.at(x, y) <= mask.paper(x, y) * core;
        });
        if (kept < MIN_INK) return new Cut(null, marks[0] > 0);
        if (ruled && marks[1] < TYPE_HEIGHT && marks[2] == 0) {
            // ink, but nothing as tall as a digit of the smallest type, nor a dash: pieces of a stamp or a scratch
            // that Tesseract would take for a "4" or a "1". Not a value, and it may hide one.
            return new Cut(null, true);
        }
        int minX = box[0], minY = box[1], maxX = box[2], maxY = box[3];
        int ow = maxX - minX + 1 + 2 * MARGIN, oh = maxY - minY + 1 + 2 * MARGIN;
        byte[] out = new byte[ow * oh];
        java.util.Arrays.fill(out, (byte) 255);
        // the ink and the pixels touching it, within the ink's box (there is no ink outside it): along the rows, then
        // across three rows
        int bw = maxX - minX + 1, bh = maxY - minY + 1;
        boolean[] along = new boolean[bw * bh];
        for (int y = 0; y < bh; y++) {
            int in = (minY + y) * w + minX, o = y * bw;
            for (int x = 0; x < bw; x++) {
                along[o + x] = ink[in + x] || x > 0 && ink[in + x - 1] || x + 1 < bw && ink[in + x + 1];
            }
        }
        for (int y = minY; y <= maxY; y++) {
            int o = (y - minY) * bw;
            for (int x = minX; x <= maxX; x++) {
                int i = o + x - minX;
                if (!(along[i] || y > minY && along[i - bw] || y < maxY && along[i + bw])) continue;
                // the grey of the ink and of its anti-aliased edge, so Tesseract sees the letters' true shape
                out[(y - minY + MARGIN) * ow + (x - minX + MARGIN)] = img.px[(y0 + y) * img.width + x0 + x];
            }
        }
        return new Cut(new GrayImage(ow, oh, out).toBufferedImage(), marks[0] > 0, x0 + minX - MARGIN, y0 + minY - MARGIN);
    }

    /**
     * What a group of touching ink pixels is, by its size and shape: a speck of noise, the remains of a ruling, a mark
     * that is not type (grey all through, as a stamp in a grey scan: removed; a curve across the cell: removed; ink
     * taller than type: kept), or type. Where a stamp's ring touches type, the type's core keeps them together, and
     * their size makes them a mark.
     */
    private enum Shape { SPECK, PALE, RULING, CURVE, OVERSIZED, TYPE }

    private static Shape shape(int[] group, int n, Box box, int w, int h, boolean ruled, IntPredicate dark, boolean firstLook) {
        if (n <= SPECK) return Shape.SPECK;
        if (!ruled) return inStrip(group, n, box, dark, firstLook);
        int cores = 0;
        for (int k = 0; k < n && cores < CORE_PIXELS; k++) if (dark.test(group[k])) cores++;
        if (cores < CORE_PIXELS) return Shape.PALE; // a grey stamp's ink: no dark core anywhere
        int minX = box.minX(), maxX = box.maxX(), minY = box.minY(), maxY = box.maxY();
        int gw = box.width(), gh = box.height();
        if (rulingPiece(box, w, h)) return Shape.RULING;
        // type sits inside its cell with room to spare; a mark that runs from one side of the cell to the other is
        // passing through it (a stamp's ring, a signature), whatever its size
        if (minY <= 1 && maxY >= h - 2 || minX <= 1 && maxX >= w - 2) return Shape.CURVE;
        // two lines of text touching (a descender on an accent) or letters run together are as large, but fill more
        // of their box than the thin arc of a ring
        if ((gh > GLYPH || gw > GLYPH) && n < CURVE_FILL * gw * gh) return Shape.CURVE;
        if (gh > GLYPH) return Shape.OVERSIZED;
        return Shape.TYPE;
    }

    /**
     * A group in a strip of text (a page without rulings, or the text around its grids). There is no cell edge to tell
     * a passing mark by, and dark marks may be type run together (an underline touching its words), so only a stamp's
     * grey ink is not type: a group large enough to be a letter with no dark core anywhere (its ring, its lettering,
     * as a grey scan renders a red seal) goes; a group with a dark core and much grey ink (a ring or the seal's
     * lettering touching type) is a mark on first look, so the rescue keeps only its dark type and that type's edge.
     * Groups smaller than a digit of the smallest type (a decimal comma, a dot, a tone mark) are never judged by their
     * grey: losing one would change a number.
     */
    private static Shape inStrip(int[] group, int n, Box box, IntPredicate dark, boolean firstLook) {
        int cores = 0;
        for (int k = 0; k < n && cores < RESCUED_CORE; k++) if (dark.test(group[k])) cores++;
        // what the rescue kept of a grey mark: type has a stroke's worth of dark core; a speck of noise on a ring, with
        // the ring's grey around it, has a few pixels (Tesseract reads such a piece as "-" or ".")
        if (!firstLook) return cores >= RESCUED_CORE ? Shape.TYPE : Shape.PALE;
        if (box.width() < TYPE_HEIGHT && box.height() < TYPE_HEIGHT) return Shape.TYPE;
        if (cores < CORE_PIXELS) return Shape.PALE;
        // type's own blurred edge is grey too, and stays: the rescue keeps a few pixels around every dark stroke
        return hasGrey(group, n, dark) ? Shape.CURVE : Shape.TYPE;
    }

    private static boolean rulingPiece(Box b, int w, int h) {
        int gw = b.width(), gh = b.height();
        int edge = INSET * 2;
        boolean flat = gh <= 8 && gw >= 4 * gh && (b.minY() < edge || b.maxY() >= h - edge);
        boolean upright = gw <= 8 && gh >= 4 * gw && (b.minX() < edge || b.maxX() >= w - edge);
        return flat || upright;
    }

    /** The bounding box of a group of touching ink pixels (indices into a cell {@code w} pixels wide). */
    private record Box(int minX, int minY, int maxX, int maxY) {
        static Box of(int[] group, int n, int w) {
            int minX = Integer.MAX_VALUE, maxX = 0, minY = Integer.MAX_VALUE, maxY = 0;
            for (int k = 0; k < n; k++) {
                int x = group[k] % w, y = group[k] / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            return new Box(minX, minY, maxX, maxY);
        }

        int width() {
            return maxX - minX + 1;
        }

        int height() {
            return maxY - minY + 1;
        }
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
     * and close to the edge, where a minus sign, being in the middle of its cell, never is; grey stamp ink; and the
     * thin curves of a stamp or a signature. Returns the ink left; {@code marks[0]} counts the marks that are not type.
     */
    private static int dropSpecks(boolean[] ink, int w, int h, boolean ruled, int[] marks, int[] box, IntPredicate dark) {
        // inside a grid and in a strip of text alike, a mark holding grey ink (a stamp's ring touching type) is set
        // aside for a second look that keeps its type (see shape and inStrip)
        boolean[] rescue = new boolean[ink.length];
        boolean[] any = new boolean[1];
        int left = sort(ink, w, h, ruled, dark, marks, box, rescue, any);
        if (!any[0]) return left;
        // a grey ring touching a digit makes one large mark of both: the digit's dark core, and its grey edge within
        // a few pixels of it, are type; the rest of the ring goes. Dark ink run into type stays one mark.
        boolean[] core = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) core[i] = rescue[i] && dark.test(i);
        boolean[] near = InkMask.dilate(core, w, h, EDGE);
        boolean[] again = new boolean[ink.length];
        for (int i = 0; i < ink.length; i++) again[i] = rescue[i] && near[i];
        int back = sort(again, w, h, ruled, dark, marks, box, null, null);
        for (int i = 0; i < ink.length; i++) ink[i] |= again[i];
        return left + back;
    }

    /**
     * One pass over the groups of touching ink pixels: what is not type is cleared from {@code ink}; marks are counted,
     * or, when {@code rescue} is given, marks that hold grey ink are moved there (and {@code any[0]} set) for a second
     * look. Returns the ink left.
     */
    private static int sort(boolean[] ink, int w, int h, boolean ruled, IntPredicate dark, int[] marks, int[] box,
                            boolean[] rescue, boolean[] any) {
        boolean[] seen = new boolean[ink.length];
        // also the queue of the group's search: pixels are added once, in order. Grown as needed: a strip of text
        // as large as a page has far fewer pixels in its largest group than in the page
        int[] group = new int[Math.min(ink.length, 4096)];
        int left = 0;
        for (int i = 0; i < ink.length; i++) {
            if (!ink[i] || seen[i]) continue;
            int n = 0, head = 0;
            group[n++] = i;
            seen[i] = true;
            while (head < n) {
                int p = group[head++];
                int px = p % w, py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = px + dx, y = py + dy;
                        if (x < 0 || y < 0 || x >= w || y >= h) continue;
                        int q = y * w + x;
                        if (ink[q] && !seen[q]) {
                            seen[q] = true;
                            if (n == group.length) group = java.util.Arrays.copyOf(group, Math.min(ink.length, n * 2));
                            group[n++] = q;
                        }
                    }
                }
            }
            Box b = Box.of(group, n, w); // once per group: its shape and the ink kept both need it
            Shape sh = shape(group, n, b, w, h, ruled, dark, rescue != null);
            boolean mark = sh == Shape.CURVE || sh == Shape.OVERSIZED;
            if (mark && rescue != null && hasGrey(group, n, dark)) {
                for (int k = 0; k < n; k++) {
                    ink[group[k]] = false;
                    rescue[group[k]] = true;
                }
                any[0] = true;
                continue;
            }
            if (mark) marks[0]++;
            if (sh != Shape.TYPE && sh != Shape.OVERSIZED) {
                for (int k = 0; k < n; k++) ink[group[k]] = false;
            } else {
                left += n;
                box[0] = Math.min(box[0], b.minX());
                box[1] = Math.min(box[1], b.minY());
                box[2] = Math.max(box[2], b.maxX());
                box[3] = Math.max(box[3], b.maxY());
                int gw = b.width(), gh = b.height();
                marks[1] = Math.max(marks[1], gh);
                if (gw >= 12 && gh * 2 <= gw) marks[2]++; // "-", a value of its own (none, zero)
            }
        }
        return left;
    }

    /** Whether a fair share of a group is grey, not the dark core of type (more than its blurred edge would be). */
    private static boolean hasGrey(int[] group, int n, IntPredicate dark) {
        int grey = 0;
        for (int k = 0; k < n; k++) if (!dark.test(group[k])) grey++;
        return grey > n / 3;
    }
}
