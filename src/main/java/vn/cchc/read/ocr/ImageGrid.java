package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ruled table found in a page image: column and row boundaries (pixels) and the rulings that draw them. Rulings
 * that cross each other form one table, as in the PDF reader's ruled-table finder; a cell is merged across columns
 * where the vertical line is missing inside its band, and downwards where the line above it is missing. Short arcs,
 * signature strokes and letters do not cross a ruling at both ends, so a stamp over the edge of a table adds no
 * column.
 */
record ImageGrid(List<Integer> xs, List<Integer> ys, List<Segment> horizontals, List<Segment> verticals) {
    /** How far a line may stop short of the one it meets. */
    private static final int SLACK = 12;
    /** Share of a boundary that must be drawn for the boundary to count: a scanned line has breaks. */
    private static final double DRAWN = 0.6;

    int top() {
        return ys.get(0);
    }

    int bottom() {
        return ys.get(ys.size() - 1);
    }

    int left() {
        return xs.get(0);
    }

    int right() {
        return xs.get(xs.size() - 1);
    }

    static List<ImageGrid> find(List<Segment> found) {
        // a ruling of a table crosses at least two rulings of the other direction (the top and bottom of a cell, the
        // left and right borders); the near-straight part of a stamp's ring, or a signature stroke, crosses one at most.
        // Only rulings count as crossed: a dense run in a line of bold or blurred type crosses no two, and goes first.
        List<Segment> segments = new ArrayList<>(found);
        for (int before = -1; before != segments.size(); ) {
            before = segments.size();
            List<Segment> kept = new ArrayList<>();
            for (Segment s : segments) if (isRuling(s, segments)) kept.add(s);
            segments = kept;
        }
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Segment a = segments.get(i), b = segments.get(j);
                if (a.horizontal() != b.horizontal()) {
                    Segment h = a.horizontal() ? a : b, v = a.horizontal() ? b : a;
                    if (h.covers(v.pos(), SLACK) && v.covers(h.pos(), SLACK)) union(parent, i, j);
                }
            }
        }
        List<ImageGrid> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Segment> hs = new ArrayList<>(), vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (root(parent, i) != root) continue;
                (segments.get(i).horizontal() ? hs : vs).add(segments.get(i));
            }
            List<Integer> ys = positions(hs), xs = positions(vs);
            // at least two columns between three vertical lines: a framed box is a box, not a table
            if (ys.size() >= 2 && xs.size() >= 3) out.add(new ImageGrid(xs, ys, hs, vs));
        }
        out.sort(Comparator.comparingInt(ImageGrid::top));
        return out;
    }

    /**
     * Whether {@code s} crosses enough of the {@code others} to be a ruling of a table. Pieces of one ruling found a
     * pixel or two apart cross a line as one ruling, so crossings are counted by place. A vertical crossing only two
     * rulings is one cell's side and runs from one to the other: the strokes of letters stacked in two rows of text
     * meet the ruling between them and can make a short dense run across it, but it starts and ends inside the rows.
     */
    private static boolean isRuling(Segment s, List<Segment> others) {
        List<Segment> crossed = new ArrayList<>();
        for (Segment o : others) {
            if (o.horizontal() != s.horizontal() && o.covers(s.pos(), SLACK) && s.covers(o.pos(), SLACK)) crossed.add(o);
        }
        List<Integer> at = positions(crossed);
        boolean endsMet = at.stream().anyMatch(p -> Math.abs(p - s.from()) <= SLACK)
                && at.stream().anyMatch(p -> Math.abs(p - s.to()) <= SLACK);
        return at.size() >= 3 || at.size() == 2 && (s.horizontal() || endsMet);
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static List<Integer> positions(List<Segment> segs) {
        List<Integer> ps = new ArrayList<>();
        for (Segment s : segs) ps.add(s.pos());
        ps.sort(Integer::compare);
        List<Integer> out = new ArrayList<>();
        for (int p : ps) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > LineFinder.SAME * 3) out.add(p);
        }
        return out;
    }

    /** Whether the vertical boundary {@code j} is drawn through the band between rows {@code i} and {@code i+1}. */
    boolean hasVertical(int j, int band) {
        return drawn(verticals, xs.get(j), ys.get(band), ys.get(band + 1));
    }

    /** Whether the horizontal boundary {@code i} is drawn over columns {@code a..b}. */
    boolean hasHorizontal(int i, int a, int b) {
        return drawn(horizontals, ys.get(i), xs.get(a), xs.get(b + 1));
    }

    /** Share of {@code from..to} (ends left out: lines meet there) covered by lines near {@code pos}. */
    private static boolean drawn(List<Segment> lines, int pos, int from, int to) {
        int inset = Math.min(SLACK, (to - from) / 4);
        int a = from + inset, b = to - inset;
        if (b <= a) return false;
        List<int[]> spans = new ArrayList<>();
        for (Segment s : lines) {
            if (Math.abs(s.pos() - pos) > LineFinder.SAME * 3) continue;
            int lo = Math.max(a, s.from()), hi = Math.min(b, s.to());
            if (hi > lo) spans.add(new int[] {lo, hi});
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int covered = 0, end = a;
        for (int[] s : spans) {
            if (s[1] <= end) continue;
            covered += s[1] - Math.max(end, s[0]);
            end = s[1];
        }
        return covered >= (b - a) * DRAWN;
    }
}
