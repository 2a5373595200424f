package vn.cchc.read.ocr;

/**
 * Which pixels of a page are ink. The threshold follows the paper's local brightness (a phone photo is darker in one
 * corner than another, a washed-out scan has grey paper), so a pixel is ink when it is much darker than the paper
 * around it, not darker than one fixed grey. A pale grey stamp or watermark stays paper.
 *
 * <p>The mask also keeps the paper's brightness and how dark the page's type is, so a cell can tell a mid-grey mark
 * (a stamp in a grey scan: grey all through) from type (whose strokes have a dark core, only their edge is grey).
 */
final class InkMask {
    /** Side of the square blocks the paper brightness is estimated on (about 4 mm at 300 dpi). */
    static final int BLOCK = 48;
    /** Ink is at most this share of the local paper brightness. */
    private static final double INK_SHARE = 0.62;
    /** ... and at least this much darker than the paper, so noise on dark paper is not ink. */
    private static final int MIN_CONTRAST = 45;

    final int width;
    final int height;
    final boolean[] ink;
    private final int[] paper;
    private final int blocksWide;
    /** How dark the page's type is: the share of the paper's brightness that its darkest tenth of ink reaches. */
    final double typeShare;

    private InkMask(int width, int height, boolean[] ink, int[] paper, int blocksWide, double typeShare) {
        this.width = width;
        this.height = height;
        this.ink = ink;
        this.paper = paper;
        this.blocksWide = blocksWide;
        this.typeShare = typeShare;
    }

    /** The paper's brightness around a pixel. */
    int paper(int x, int y) {
        return paper[(y / BLOCK) * blocksWide + x / BLOCK];
    }

    /** The palest grey that is ink at a pixel. */
    int inkLimit(int x, int y) {
        int p = paper(x, y);
        return (int) Math.min(Math.floor(p * INK_SHARE), p - MIN_CONTRAST);
    }

    boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x];
    }

    static InkMask of(GrayImage img) {
        int bw = (img.width + BLOCK - 1) / BLOCK, bh = (img.height + BLOCK - 1) / BLOCK;
        int[] paper = new int[bw * bh];
        int[] hist = new int[256];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                java.util.Arrays.fill(hist, 0);
                int n = 0;
                // every other pixel of every other row: the bright end of a block is the same from a quarter of it
                for (int y = by * BLOCK; y < Math.min(img.height, (by + 1) * BLOCK); y += 2) {
                    int row = y * img.width;
                    for (int x = bx * BLOCK; x < Math.min(img.width, (bx + 1) * BLOCK); x += 2) {
                        hist[img.px[row + x] & 0xFF]++;
                        n++;
                    }
                }
                // the paper is the bright end of the block: a block is never mostly ink
                int want = n / 10, seen = 0, v = 255;
                while (v > 0 && (seen += hist[v]) < want) v--;
                paper[by * bw + bx] = v;
            }
        }
        // a block filled by a bold heading or a dark stamp takes its paper from its neighbours
        int[] smooth = new int[paper.length];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int best = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx, y = by + dy;
                        if (x >= 0 && y >= 0 && x < bw && y < bh) best = Math.max(best, paper[y * bw + x]);
                    }
                }
                smooth[by * bw + bx] = best;
            }
        }
        // the darkest grey that is ink, per block: both conditions at once
        int[] limit = new int[smooth.length];
        for (int i = 0; i < smooth.length; i++) limit[i] = (int) Math.min(Math.floor(smooth[i] * INK_SHARE), smooth[i] - MIN_CONTRAST);
        boolean[] ink = new boolean[img.width * img.height];
        int[] shares = new int[101];
        int inked = 0;
        for (int y = 0; y < img.height; y++) {
            int row = y * img.width, blocks = (y / BLOCK) * bw;
            // block by block along the row: its limit and paper looked up once, not for every pixel
            for (int bx = 0; bx < bw; bx++) {
                int lim = limit[blocks + bx], bright = Math.max(1, smooth[blocks + bx]);
                for (int x = bx * BLOCK, end = Math.min(img.width, x + BLOCK); x < end; x++) {
                    int g = img.px[row + x] & 0xFF;
                    if (g <= lim) {
                        ink[row + x] = true;
                        shares[Math.min(100, g * 100 / bright)]++;
                        inked++;
                    }
                }
            }
        }
        int seen = 0, share = 0;
        while (share < 100 && (seen += shares[share]) < inked / 10) share++;
        return new InkMask(img.width, img.height, ink, smooth, bw, share / 100.0);
    }

    /** The pixels within {@code r} (square distance) of a set pixel: a running count along rows, then columns. */
    static boolean[] dilate(boolean[] in, int w, int h, int r) {
        boolean[] rows = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            int base = y * w, n = 0;
            for (int x = 0; x < Math.min(r, w); x++) if (in[base + x]) n++;
            for (int x = 0; x < w; x++) {
                if (x + r < w && in[base + x + r]) n++;
                if (x - r - 1 >= 0 && in[base + x - r - 1]) n--;
                rows[base + x] = n > 0;
            }
        }
        // the columns' running counts, kept for a whole row at a time (row order is what the cache likes)
        boolean[] out = new boolean[in.length];
        int[] n = new int[w];
        for (int y = 0; y < Math.min(r, h); y++) for (int x = 0; x < w; x++) if (rows[y * w + x]) n[x]++;
        for (int y = 0; y < h; y++) {
            int add = (y + r) * w, sub = (y - r - 1) * w, base = y * w;
            for (int x = 0; x < w; x++) {
                if (y + r < h && rows[add + x]) n[x]++;
                if (y - r - 1 >= 0 && rows[sub + x]) n[x]--;
                out[base + x] = n[x] > 0;
            }
        }
        return out;
    }

    int count() {
        int n = 0;
        for (boolean b : ink) if (b) n++;
        return n;
    }
}
