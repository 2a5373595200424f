package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables on a page: groups of horizontal and vertical rulings that cross each other. Rows are the bands
 * between horizontal lines, columns the gaps between vertical lines; a cell is merged across columns where a
 * vertical line is missing inside its band, and across rows where the line above it is missing.
 */
final class RuledTables {
    /** Positions closer than this are the same line (a border drawn as two overlapping strokes). */
    private static final float SAME = 1.5f;
    /** How far a line may stop short of the one it meets (Word leaves small gaps at the corners). */
    private static final float SLACK = 2.5f;

    private RuledTables() {
    }

    static List<GridTable> find(List<Ruling> rulings) {
        List<Ruling> lines = merge(rulings);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Ruling a = lines.get(i), b = lines.get(j);
                if (a.horizontal() != b.horizontal() && crosses(a.horizontal() ? a : b, a.horizontal() ? b : a)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<GridTable> tables = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Ruling> group = new ArrayList<>();
            for (int i = 0; i < n; i++) if (find(parent, i) == root) group.add(lines.get(i));
            GridTable t = grid(group);
            if (t != null) tables.add(t);
        }
        tables.sort(Comparator.comparingDouble(GridTable::top));
        return tables;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean crosses(Ruling h, Ruling v) {
        return h.covers(v.pos(), SLACK) && v.covers(h.pos(), SLACK);
    }

    private static GridTable grid(List<Ruling> group) {
        List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        List<Float> ys = positions(hs);
        List<Float> xs = positions(vs);
        if (ys.size() < 2 || xs.size() < 2) return null;
        // a framed box, or lines with no column inside (a booktabs-style table ruled only across): the columns
        // must then come from alignment, so the glyphs are left to the unruled reader
        if (xs.size() < 3) return null;
        return new GridTable(xs, ys, hs, vs);
    }

    /** Distinct positions of a set of parallel lines, sorted. */
    private static List<Float> positions(List<Ruling> rs) {
        List<Float> ps = new ArrayList<>();
        for (Ruling r : rs) ps.add(r.pos());
        ps.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float p : ps) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > SAME) out.add(p);
        }
        return out;
    }

    /** Joins collinear pieces of the same line (a border is often drawn cell by cell). */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling r : rulings) if (r.length() >= 2f) sorted.add(r);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::pos).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        List<Ruling> sameLine = new ArrayList<>();
        for (Ruling r : sorted) {
            if (!sameLine.isEmpty()) {
                Ruling first = sameLine.get(0);
                if (first.horizontal() != r.horizontal() || r.pos() - first.pos() > SAME) {
                    out.addAll(joinAlong(sameLine));
                    sameLine.clear();
                }
            }
            sameLine.add(r);
        }
        out.addAll(joinAlong(sameLine));
        return out;
    }

    private static List<Ruling> joinAlong(List<Ruling> sameLine) {
        if (sameLine.isEmpty()) return List.of();
        List<Ruling> byStart = new ArrayList<>(sameLine);
        byStart.sort(Comparator.comparingDouble(Ruling::from));
        float pos = 0;
        for (Ruling r : byStart) pos += r.pos();
        pos /= byStart.size();
        List<Ruling> out = new ArrayList<>();
        float from = byStart.get(0).from(), to = byStart.get(0).to();
        for (Ruling r : byStart) {
            if (r.from() <= to + SLACK) {
                to = Math.max(to, r.to());
            } else {
                out.add(new Ruling(r.horizontal(), pos, from, to));
                from = r.from();
                to = r.to();
            }
        }
        out.add(new Ruling(byStart.get(0).horizontal(), pos, from, to));
        return out;
    }

    /** The grid of one ruled table: column and row boundaries plus the lines that draw them. */
    record GridTable(List<Float> xs, List<Float> ys, List<Ruling> horizontals, List<Ruling> verticals) {
        float top() {
            return ys.get(0);
        }

        float bottom() {
            return ys.get(ys.size() - 1);
        }

        float left() {
            return xs.get(0);
        }

        float right() {
            return xs.get(xs.size() - 1);
        }

        boolean contains(float x, float y) {
            return x >= left() - 1 && x <= right() + 1 && y >= top() - 1 && y <= bottom() + 1;
        }

        /** Whether a vertical line at column boundary {@code j} runs through the band between rows i and i+1. */
        boolean hasVertical(int j, int band) {
            return ruled(verticals, xs.get(j), ys.get(band), ys.get(band + 1), 2f);
        }

        /** Whether a horizontal line at row boundary {@code i} runs over the columns {@code a..b}. */
        boolean hasHorizontal(int i, int a, int b) {
            return ruled(horizontals, ys.get(i), xs.get(a), xs.get(b + 1), 3f);
        }

        /**
         * Whether one of the lines lies at {@code pos} and runs from {@code from} to {@code to}, probed a little inside
         * both ends (at most {@code maxInset}) so that a line stopping at a crossing still counts.
         */
        private static boolean ruled(List<Ruling> lines, float pos, float from, float to, float maxInset) {
            float inset = Math.min(maxInset, (to - from) / 3);
            for (Ruling r : lines) {
                if (Math.abs(r.pos() - pos) <= SAME && r.covers(from + inset, 0.5f) && r.covers(to - inset, 0.5f)) return true;
            }
            return false;
        }
    }
}
