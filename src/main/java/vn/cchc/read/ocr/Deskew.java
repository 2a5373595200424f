package vn.cchc.read.ocr;

/**
 * The tilt of a scanned page, from the rows of its ink: text lines and table rulings are horizontal on a straight
 * page, so the angle that makes the ink's horizontal projection the most peaked is the tilt (the projection-profile
 * method). A 1–3° tilt is normal for a scan or a photo; larger angles are not searched.
 */
final class Deskew {
    static final double MAX_DEGREES = 4.0;
    /** Below this a rotation changes no pixel row over a page width worth the resampling blur. */
    static final double NEGLIGIBLE_DEGREES = 0.04;
    private static final int STRIDE = 2;

    private Deskew() {
    }

    /**
     * The angle in degrees by which the page's lines fall to the right (positive: a line's right end is lower),
     * which {@link GrayImage#rotated} undoes.
     */
    static double angle(InkMask mask) {
        Samples samples = Samples.of(mask);
        if (samples.n < 200) return 0;
        double best = 0, bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = samples.score(a, mask.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02) {
            double s = samples.score(a, mask.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /**
     * The ink pixels the tilt is measured on: every {@link #STRIDE}th pixel of every {@code STRIDE}th row, at most a
     * quarter of them (the first ones, row by row: a page black all over says nothing more), kept column by column.
     * Rotating a column moves all of its pixels by the same amount, so each angle costs one offset per column and an
     * increment per pixel, not a multiplication per pixel.
     */
    static final class Samples {
        /** The sampled columns' distance from the page's middle. */
        final int[] columnX;
        /** Per column, where its rows start in {@link #rows} (one more entry: the end). */
        final int[] starts;
        /** The sampled rows' numbers ({@code y}), column by column, top to bottom. */
        final int[] rows;
        final int n;

        private Samples(int[] columnX, int[] starts, int[] rows, int n) {
            this.columnX = columnX;
            this.starts = starts;
            this.rows = rows;
            this.n = n;
        }

        static Samples of(InkMask mask) {
            int cols = (mask.width + STRIDE - 1) / STRIDE;
            int cap = mask.width * mask.height / (STRIDE * STRIDE) / 4 + 16;
            int[] count = new int[cols];
            int n = 0;
            for (int y = 0; y < mask.height && n < cap; y += STRIDE) {
                for (int x = 0, c = 0; x < mask.width && n < cap; x += STRIDE, c++) {
                    if (mask.ink[y * mask.width + x]) {
                        count[c]++;
                        n++;
                    }
                }
            }
            int[] starts = new int[cols + 1];
            for (int c = 0; c < cols; c++) starts[c + 1] = starts[c] + count[c];
            int[] fill = java.util.Arrays.copyOf(starts, cols);
            int[] rows = new int[n];
            int taken = 0;
            for (int y = 0; y < mask.height && taken < n; y += STRIDE) {
                for (int x = 0, c = 0; x < mask.width && taken < n; x += STRIDE, c++) {
                    if (mask.ink[y * mask.width + x]) {
                        rows[fill[c]++] = y;
                        taken++;
                    }
                }
            }
            int[] columnX = new int[cols];
            for (int c = 0; c < cols; c++) columnX[c] = c * STRIDE - mask.width / 2;
            return new Samples(columnX, starts, rows, n);
        }

        /** How peaked the rows' projection is at {@code degrees}: the sum of the squares of its bins. */
        double score(double degrees, int height) {
            double t = Math.tan(Math.toRadians(degrees));
            int pad = (int) (Math.abs(t) * 4000) + 2;
            // bins as tall as the sampling step: one-pixel bins would leave every other one empty at 0° only (the
            // samples' rows are all even there), doubling that angle's score, which beat a text page's true tilt
            int[] bins = new int[(height + 2 * pad) / STRIDE + 1];
            for (int c = 0; c < columnX.length; c++) {
                int from = starts[c], to = starts[c + 1];
                if (from == to) continue;
                double shift = columnX[c] * t;
                // a sample's bin is its row's, y / STRIDE, plus the column's offset: the whole part of d (rows are
                // multiples of STRIDE). Near a whole number, rounding may tip one sample's bin: those columns are
                // binned sample by sample, exactly as the sum is written
                double d = (pad - shift) / STRIDE + 0.5;
                double frac = d - Math.floor(d);
                if (d >= 1e-6 && frac > 1e-6 && frac < 1 - 1e-6) {
                    int offset = (int) Math.floor(d);
                    for (int i = from; i < to; i++) {
                        int y = rows[i] / STRIDE + offset;
                        if (y < bins.length) bins[y]++;
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        int y = (int) ((rows[i] - shift + pad) / STRIDE + 0.5);
                        if (y >= 0 && y < bins.length) bins[y]++;
                    }
                }
            }
            double s = 0;
            for (int b : bins) s += (double) b * b;
            return s;
        }
    }
}
