package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rulings of a page image: long, dense runs of ink along a pixel row or column. A scanned line is broken here and
 * there, a bit thick and not quite straight, so a run may jump small gaps and may drift by a pixel either side; it
 * must be almost solid ink, which a line of text (letters and spaces) never is, and long, which the arcs of a round
 * stamp or the strokes of a signature are not.
 *
 * <p>A ruling may also be drawn in two grey pixels side by side: a hairline scanned at 150–200 dpi and tilted is
 * resampled (by the scanner, by rendering, by deskewing) into two half-grey pixel rows wherever it crosses from one to
 * the next, neither dark enough to be ink, and the line would fall apart into pieces too short to be a ruling. Two
 * neighbouring grey pixels across the line that together are as dark as ink count as ink. The grey edge of a bold
 * letter lies next to black, not next to more grey, so type does not thicken into rulings.
 */
final class LineFinder {
    /** Gaps a scanned ruling may have and still be one line (about 1 mm at 300 dpi). */
    static final int MAX_GAP = 10;
    /** Share of a run that must be ink. */
    private static final double MIN_FILL = 0.88;
    /** Pieces of one line drawn a few pixels apart (thickness, drift) are one line. */
    static final int SAME = 5;
    /** Half of a split hairline is at least this much darker than the paper (noise and JPEG ripples are less). */
    private static final int GREY_CONTRAST = 30;

    private LineFinder() {
    }

    /**
     * Horizontal and vertical rulings of {@code page} at least {@code minLength} pixels long, pieces of one line joined;
     * {@code m} is the page's ink mask.
     */
    static List<Segment> find(GrayImage page, InkMask m, int minLength) {
        List<Segment> raw = new ArrayList<>();
        boolean[][] ink = lineInk(page, m);
        for (int y = 0; y < m.height; y++) runs(ink[0], m.width, m.height, y, minLength, true, raw);
        columnRuns(ink[1], m.width, m.height, minLength, raw);
        return join(raw);
    }

    /**
     * The ink, and the grey pixels that with a grey neighbour across a horizontal line ({@code [0]}) or across a vertical
     * line ({@code [1]}) are as dark as ink together: a hairline split between two pixel rows (columns). Both in one
     * pass: most pixels are paper, and the test that says so is the same for both.
     */
    private static boolean[][] lineInk(GrayImage page, InkMask m) {
        boolean[] across = m.ink.clone(), along = m.ink.clone();
        int w = m.width, h = m.height;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int blockEnd = -1, paper = 255, limit = 0;
            for (int x = 0; x < w; x++) {
                int i = row + x;
                if (m.ink[i]) continue;
                if (x > blockEnd) {
                    paper = m.paper(x, y);
                    limit = m.inkLimit(x, y);
                    blockEnd = x + InkMask.BLOCK - 1 - x % InkMask.BLOCK; // the paper is known per block
                }
                int g = page.px[i] & 0xFF;
                if (paper - g < GREY_CONTRAST) continue;
                if (y + 1 < h && splitWith(page, m, i + w, g, paper, limit) || y > 0 && splitWith(page, m, i - w, g, paper, limit)) {
                    across[i] = true;
                }
                if (x + 1 < w && splitWith(page, m, i + 1, g, paper, limit) || x > 0 && splitWith(page, m, i - 1, g, paper, limit)) {
                    along[i] = true;
                }
            }
        }
        return new boolean[][] {across, along};
    }

    /** Whether pixel {@code j}, grey but not ink, and a grey pixel {@code g} beside it are together as dark as ink. */
    private static boolean splitWith(GrayImage page, InkMask m, int j, int g, int paper, int limit) {
        if (m.ink[j]) return false;
        int h = page.px[j] & 0xFF;
        return paper - h >= GREY_CONTRAST && (paper - g) + (paper - h) >= paper - limit;
    }

    /**
     * The runs along row {@code pos} of an ink array {@code w} wide and {@code h} high; {@code horizontal} says what the
     * rows are on the page.
     */
    private static void runs(boolean[] ink, int w, int h, int pos, int minLength, boolean horizontal, List<Segment> out) {
        int start = -1, last = -1, inked = 0;
        int row = pos * w, above = pos > 0 ? row - w : -1, below = pos + 1 < h ? row + w : -1;
        for (int i = 0; i <= w; i++) {
            // one pixel either side across the line: a slightly tilted line moves from one pixel row to the next
            boolean on = i < w && (ink[row + i]
                    || start >= 0 && (above >= 0 && ink[above + i] || below >= 0 && ink[below + i]));
            if (on) {
                if (start < 0 || i - last > MAX_GAP) {
                    emit(horizontal, pos, start, last, inked, minLength, out);
                    start = i;
                    inked = 0;
                }
                last = i;
                inked++;
            }
        }
        emit(horizontal, pos, start, last, inked, minLength, out);
    }

    /**
     * The runs down every column of an ink array {@code w} wide and {@code h} high, as {@link #runs} finds them along a
     * row: the columns are walked side by side, row after row, each with its own run in progress, so the array is read
     * along memory (a transposed copy, read row by row, cost more than the runs).
     */
    private static void columnRuns(boolean[] ink, int w, int h, int minLength, List<Segment> out) {
        int[] start = new int[w], last = new int[w], inked = new int[w];
        java.util.Arrays.fill(start, -1);
        java.util.Arrays.fill(last, -1);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                // one pixel either side across the line: a slightly tilted line moves from one pixel column to the next
                boolean on = ink[row + x] || start[x] >= 0 && (x > 0 && ink[row + x - 1] || x + 1 < w && ink[row + x + 1]);
                if (!on) continue;
                if (start[x] < 0 || y - last[x] > MAX_GAP) {
                    emit(false, x, start[x], last[x], inked[x], minLength, out);
                    start[x] = y;
                    inked[x] = 0;
                }
                last[x] = y;
                inked[x]++;
            }
        }
        for (int x = 0; x < w; x++) emit(false, x, start[x], last[x], inked[x], minLength, out);
    }

    private static void emit(boolean horizontal, int pos, int start, int last, int inked, int minLength, List<Segment> out) {
        if (start < 0 || last - start + 1 < minLength) return;
        if (inked < (last - start + 1) * MIN_FILL) return;
        out.add(new Segment(horizontal, pos, start, last));
    }

    /** Runs on neighbouring pixel rows (one thick line) and collinear pieces (a broken line) become one segment. */
    static List<Segment> join(List<Segment> raw) {
        List<Segment> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(Segment::horizontal).thenComparingInt(Segment::pos).thenComparingInt(Segment::from));
        List<Segment> out = new ArrayList<>();
        List<Segment> open = new ArrayList<>(); // lines being built, whose last run is within SAME of pos
        List<int[]> sums = new ArrayList<>(); // per open line: sum of pos weighted by length, total length, last pos
        Boolean kind = null;
        for (Segment s : sorted) {
            if (kind != null && kind != s.horizontal()) {
                flush(open, sums, out, Integer.MAX_VALUE);
            }
            kind = s.horizontal();
            flush(open, sums, out, s.pos());
            int hit = -1;
            for (int k = 0; k < open.size(); k++) {
                Segment o = open.get(k);
                if (s.from() <= o.to() + MAX_GAP * 3 && s.to() >= o.from() - MAX_GAP * 3) {
                    hit = k;
                    break;
                }
            }
            if (hit < 0) {
                open.add(s);
                sums.add(new int[] {s.pos() * s.length(), s.length(), s.pos()});
            } else {
                Segment o = open.get(hit);
                open.set(hit, new Segment(s.horizontal(), o.pos(), Math.min(o.from(), s.from()), Math.max(o.to(), s.to())));
                int[] sm = sums.get(hit);
                sm[0] += s.pos() * s.length();
                sm[1] += s.length();
                sm[2] = s.pos();
            }
        }
        flush(open, sums, out, Integer.MAX_VALUE);
        return out;
    }

    private static void flush(List<Segment> open, List<int[]> sums, List<Segment> out, int pos) {
        for (int k = open.size() - 1; k >= 0; k--) {
            int[] sm = sums.get(k);
            if (pos - sm[2] > SAME) {
                Segment o = open.get(k);
                int mean = sm[1] == 0 ? o.pos() : Math.round((float) sm[0] / sm[1]);
                out.add(new Segment(o.horizontal(), mean, o.from(), o.to()));
                open.remove(k);
                sums.remove(k);
            }
        }
    }
}
