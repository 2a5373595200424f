package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs sharing a baseline, left to right. Also used for a run of glyphs inside one line (a phrase). */
record TextLine(List<Glyph> glyphs) {
    /**
     * Reading order inside a line. A diacritic drawn as its own glyph sorts by its centre, which falls inside the
     * letter it belongs to, so it lands right after that letter. A plain key, hence a transitive order.
     */
    private static final Comparator<Glyph> READING = Comparator.comparingDouble(g -> isMark(g) ? g.centerX() : g.x());

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    static TextLine of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(READING);
        return new TextLine(sorted);
    }

    float left() {
        float m = Float.MAX_VALUE;
        for (Glyph g : glyphs) if (!g.isSpace()) m = Math.min(m, g.x());
        return m == Float.MAX_VALUE ? glyphs.get(0).x() : m;
    }

    float right() {
        float m = -Float.MAX_VALUE;
        for (Glyph g : glyphs) if (!g.isSpace()) m = Math.max(m, g.right());
        return m == -Float.MAX_VALUE ? glyphs.get(glyphs.size() - 1).right() : m;
    }

    float baseline() {
        return glyphs.get(glyphs.size() / 2).baseline();
    }

    float size() {
        float m = 0;
        for (Glyph g : glyphs) m = Math.max(m, g.size());
        return m;
    }

    float top() {
        return baseline() - size() * 0.75f;
    }

    float centerX() {
        return (left() + right()) / 2;
    }

    boolean bold() {
        boolean any = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            if (!g.bold()) return false;
            any = true;
        }
        return any;
    }

    boolean isBlank() {
        return glyphs.stream().allMatch(Glyph::isSpace);
    }

    /** The text, with a space wherever the gap between glyphs is wider than letter spacing. */
    String text() {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && !isMark(g) && g.x() - prev.right() > wordGap(g) && !endsWithSpace(sb)) sb.append(' ');
            sb.append(g.text());
            if (!isMark(g)) prev = g;
        }
        return sb.toString().strip();
    }

    /** Splits the line where the gap between glyphs is at least {@code minGap} points (column gutters). */
    List<TextLine> phrases(float minGapEm) {
        List<TextLine> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            if (prev != null && !isMark(g) && g.x() - prev.right() >= minGapEm * g.size()) {
                out.add(new TextLine(run));
                run = new ArrayList<>();
            }
            run.add(g);
            if (!isMark(g)) prev = g;
        }
        if (!run.isEmpty()) out.add(new TextLine(run));
        return out;
    }

    private static float wordGap(Glyph g) {
        return g.size() * 0.15f;
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        return sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1));
    }

    static boolean isMark(Glyph g) {
        String t = g.text();
        return !t.isEmpty() && Character.getType(t.codePointAt(0)) == Character.NON_SPACING_MARK;
    }

    /**
     * Groups glyphs into lines: sorted by baseline (then x, a total order), a new line starting where the baseline
     * moves down by more than a third of the font size.
     */
    static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float base = 0;
        for (Glyph g : sorted) {
            if (!cur.isEmpty() && g.baseline() - base > Math.max(1f, g.size() * 0.35f)) {
                addLine(lines, cur);
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) base = g.baseline();
            cur.add(g);
        }
        addLine(lines, cur);
        return lines;
    }

    private static void addLine(List<TextLine> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return;
        TextLine l = of(glyphs);
        if (!l.isBlank()) lines.add(l);
    }
}
