package vn.cchc.read.ocr;

/**
 * Which pixels of a page are ink. The threshold follows the paper's local brightness (a phone photo is darker in one
 * corner than another, a washed-out scan has grey paper), so a pixel is ink when it is much darker than the paper
 * around it, not darker than one fixed grey. A pale grey stamp or watermark stays paper.
 */
final class InkMask {
    /** Side of the square blocks the paper brightness is estimated on (about 4 mm at 300 dpi). */
    private static final int BLOCK = 48;
    /** Ink is at most this share of the local paper brightness. */
    private static final double INK_SHARE = 0.62;
    /** ... and at least this much darker than the paper, so noise on dark paper is not ink. */
    private static final int MIN_CONTRAST = 45;

    final int width;
    final int height;
    final boolean[] ink;

    private InkMask(int width, int height, boolean[] ink) {
        this.width = width;
        this.height = height;
        this.ink = ink;
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
                for (int y = by * BLOCK; y < Math.min(img.height, (by + 1) * BLOCK); y++) {
                    int row = y * img.width;
                    for (int x = bx * BLOCK; x < Math.min(img.width, (bx + 1) * BLOCK); x++) {
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
        boolean[] ink = new boolean[img.width * img.height];
        for (int y = 0; y < img.height; y++) {
            int row = y * img.width, by = y / BLOCK;
            for (int x = 0; x < img.width; x++) {
                int p = smooth[by * bw + x / BLOCK];
                int g = img.px[row + x] & 0xFF;
                ink[row + x] = g <= p * INK_SHARE && p - g >= MIN_CONTRAST;
            }
        }
        return new InkMask(img.width, img.height, ink);
    }

    int count() {
        int n = 0;
        for (boolean b : ink) if (b) n++;
        return n;
    }
}
