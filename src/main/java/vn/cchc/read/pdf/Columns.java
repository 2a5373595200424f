package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;

/**
 * The columns of a table drawn without lines: x-intervals, left to right, separated by gutters, and the roles its
 * header gave them.
 *
 * @param lefts       left edge of each column's text
 * @param rights      right edge of each column's text
 * @param sttCol      the row-number column (the first when the header did not name one)
 * @param valueCol    the value column, or -1
 * @param headerLines how many lines the header took (a header repeated on a new page is as long)
 */
record Columns(List<Float> lefts, List<Float> rights, int sttCol, int valueCol, int headerLines) {
    /** A gap this wide (in ems) between glyphs is a column gutter; word spaces are about a quarter em. */
    static final float GUTTER_EM = 0.55f;

    /** The first and last column a run of text lies over (centred text may stick out of its column a little). */
    int[] over(TextLine p) {
        int a = -1, b = -1;
        for (int i = 0; i < lefts.size(); i++) {
            if (Math.min(p.right(), rights.get(i)) - Math.max(p.left(), lefts.get(i)) > 1f) {
                if (a < 0) a = i;
                b = i;
            }
        }
        if (a < 0) a = b = nearest(p.centerX());
        return new int[] {a, b};
    }

    /** The column a run of text belongs to: the one under its centre, or the nearest. */
    int columnAt(TextLine p) {
        int[] ab = over(p);
        return ab[0] == ab[1] ? ab[0] : nearest(p.centerX());
    }

    private int nearest(float x) {
        int best = 0;
        float bestDist = Float.MAX_VALUE;
        for (int i = 0; i < lefts.size(); i++) {
            float d = x < lefts.get(i) ? lefts.get(i) - x : x > rights.get(i) ? x - rights.get(i) : 0;
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return best;
    }

    int count() {
        return lefts.size();
    }

    List<Float> boundaries() {
        List<Float> b = new ArrayList<>(lefts);
        b.add(rights.get(rights.size() - 1));
        return b;
    }

    /** The same table drawn on another page: as many columns, each overlapping its counterpart. */
    boolean sameAs(Columns other) {
        if (lefts.size() != other.lefts.size()) return false;
        // centred text gives each page slightly different extents: the same table has overlapping columns
        for (int k = 0; k < lefts.size(); k++) {
            float overlap = Math.min(rights.get(k), other.rights.get(k)) - Math.max(lefts.get(k), other.lefts.get(k));
            if (overlap <= 0) return false;
        }
        return true;
    }

    /**
     * Column intervals from the body's glyph runs, completed by header words that sit over a single gutter-free
     * span, with the roles the header names; null when fewer than three columns come out.
     */
    static Columns find(List<TextLine> headerLines, List<TextLine> body, HeaderLines headers) {
        List<float[]> spans = new ArrayList<>();
        for (TextLine l : body) for (TextLine p : l.phrases(GUTTER_EM)) spans.add(new float[] {p.left(), p.right()});
        List<List<float[]>> headerSpans = new ArrayList<>();
        List<float[]> all = new ArrayList<>(spans);
        for (TextLine l : headerLines) {
            List<float[]> line = new ArrayList<>();
            for (TextLine p : l.phrases(GUTTER_EM)) line.add(new float[] {p.left(), p.right()});
            headerSpans.add(line);
            all.addAll(line);
        }
        List<float[]> bodyCols = columns(spans);
        List<float[]> spanningAbove = List.of();
        for (List<float[]> line : headerSpans) {
            List<float[]> spanningHere = new ArrayList<>();
            for (float[] h : line) {
                // a header word over several columns ("Kết quả thống kê") lies over two body columns, or has other
                // columns' text starting under it, or is the only word under such a word on the line above (its
                // wrapped end, "kê")
                int over = 0;
                for (float[] c : bodyCols) if (h[0] < c[1] && h[1] > c[0]) over++;
                boolean spanning = over >= 2;
                for (float[] o : all) if (o[0] > h[0] + 3f && o[0] < h[1] - 3f) spanning = true;
                for (float[] up : spanningAbove) {
                    if (h[0] >= up[0] - 1f && h[1] <= up[1] + 1f && within(line, up) == 1) spanning = true;
                }
                if (spanning) spanningHere.add(h);
                else spans.add(h);
            }
            spanningAbove = spanningHere;
        }
        List<float[]> merged = columns(spans);
        if (merged.size() < 3) return null;
        List<Float> lefts = new ArrayList<>(), rights = new ArrayList<>();
        for (float[] m : merged) {
            lefts.add(m[0]);
            rights.add(m[1]);
        }
        Columns provisional = new Columns(lefts, rights, 0, -1, headerLines.size());
        ColumnLayout layout = headers.layout(headerLines, provisional).orElse(null);
        int stt = layout == null ? 0 : layout.column(ColumnRole.STT).orElse(0);
        int value = layout == null ? -1 : layout.column(ColumnRole.VALUE).orElse(-1);
        return new Columns(lefts, rights, stt, value, headerLines.size());
    }

    private static int within(List<float[]> line, float[] extent) {
        int n = 0;
        for (float[] h : line) if (h[0] >= extent[0] - 1f && h[1] <= extent[1] + 1f) n++;
        return n;
    }

    /**
     * The spans joined into column intervals where they overlap, leaving out a span that alone bridges the gutter
     * between two columns which at least {@link #MIN_SIDE} other spans each keep to. On a scan, specks or a stamp's
     * remains are read with a word ("đơn vị." whose dot is a piece of the ring) or as a word of their own in a gutter,
     * and one such word joined two columns into one (units and values, row numbers and labels): the table lost its
     * layout. The span stays a phrase of its row; only the columns' extents leave it out. Two spans over the same
     * gutter keep the columns joined.
     */
    private static List<float[]> columns(List<float[]> spans) {
        List<float[]> kept = new ArrayList<>(spans);
        int count = merge(kept).size();
        for (int i = 0; i < kept.size(); i++) {
            List<float[]> without = new ArrayList<>(kept);
            float[] s = without.remove(i);
            List<float[]> m = merge(without);
            if (m.size() > count && bridges(s, m, without)) {
                kept = without;
                count = m.size();
                i--;
            }
        }
        return merge(kept);
    }

    /** Whether span {@code s} lies over two or more of the intervals {@code m}, each holding MIN_SIDE spans of its own. */
    private static boolean bridges(float[] s, List<float[]> m, List<float[]> spans) {
        int over = 0;
        for (float[] c : m) {
            if (c[0] > s[1] + 1f || c[1] < s[0] - 1f) continue;
            int inside = 0;
            for (float[] o : spans) if (o[0] >= c[0] && o[1] <= c[1]) inside++;
            if (inside < MIN_SIDE) return false;
            over++;
        }
        return over >= 2;
    }

    /** Spans a column keeps to for a lone span over its gutter to be taken for noise. */
    private static final int MIN_SIDE = 3;

    private static List<float[]> merge(List<float[]> spans) {
        List<float[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] s : sorted) {
            float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1] + 1f) last[1] = Math.max(last[1], s[1]);
            else out.add(new float[] {s[0], s[1]});
        }
        return out;
    }
}
