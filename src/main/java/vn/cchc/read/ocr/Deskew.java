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
        int n = 0;
        int[] xs = new int[mask.width * mask.height / (STRIDE * STRIDE) / 4 + 16];
        int[] ys = new int[xs.length];
        for (int y = 0; y < mask.height; y += STRIDE) {
            for (int x = 0; x < mask.width; x += STRIDE) {
                if (mask.ink[y * mask.width + x] && n < xs.length) {
                    xs[n] = x - mask.width / 2;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) return 0;
        double best = 0, bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, a, mask.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02) {
            double s = score(xs, ys, n, a, mask.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    private static double score(int[] xs, int[] ys, int n, double degrees, int height) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) (Math.abs(t) * 4000) + 2;
        // bins as tall as the sampling step: one-pixel bins would leave every other one empty at 0° only (the samples'
        // rows are all even there), doubling that angle's score, which beat a text page's true tilt
        int[] bins = new int[(height + 2 * pad) / STRIDE + 1];
        for (int i = 0; i < n; i++) {
            int y = (int) ((ys[i] - xs[i] * t + pad) / STRIDE + 0.5); // never negative: pad covers the largest shift
            if (y >= 0 && y < bins.length) bins[y]++;
        }
        double s = 0;
        for (int b : bins) s += (double) b * b;
        return s;
    }
}
