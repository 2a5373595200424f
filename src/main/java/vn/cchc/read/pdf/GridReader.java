package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;

/** Puts the glyphs of a ruled table into its cells and reads the cells as rows. */
final class GridReader {
    /** Bands thinner than this are the gap of a double line, not a row. */
    private static final float MIN_BAND = 2f;

    private GridReader() {
    }

    /** One drawn cell: a band (or several, when merged downwards) and a run of columns. */
    private static final class Box {
        final int band;
        final int first;
        final int last;
        final List<Glyph> glyphs = new ArrayList<>();

        Box(int band, int first, int last) {
            this.band = band;
            this.first = first;
            this.last = last;
        }
    }

    static PageTable read(RuledTables.GridTable g, List<Glyph> glyphs, int page) {
        List<Float> xs = g.xs(), ys = g.ys();
        int bands = ys.size() - 1, cols = xs.size() - 1;
        Box[][] owner = new Box[bands][cols];
        int lastBand = -1;
        for (int i = 0; i < bands; i++) {
            if (ys.get(i + 1) - ys.get(i) < MIN_BAND) continue;
            int a = 0;
            for (int j = 1; j <= cols; j++) {
                if (j < cols && g.hasVertical(j, i)) {
                    place(g, owner, i, a, j - 1, lastBand);
                    a = j;
                } else if (j == cols) {
                    place(g, owner, i, a, cols - 1, lastBand);
                }
            }
            lastBand = i;
        }
        for (Glyph gl : glyphs) {
            int band = index(ys, gl.middleY());
            int col = index(xs, gl.centerX());
            if (band < 0 || col < 0) continue;
            Box box = owner[band][col];
            for (int k = band; box == null && k >= 0; k--) box = owner[k][col]; // a double line's gap
            if (box != null) box.glyphs.add(gl);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            if (owner[i][0] == null && allNull(owner[i])) continue;
            List<Cell> cells = new ArrayList<>();
            Box prev = null;
            for (int j = 0; j < cols; j++) {
                Box b = owner[i][j];
                if (b == null || b == prev) continue;
                prev = b;
                if (b.band != i) {
                    cells.add(new Cell("", b.first, b.last - b.first + 1, false)); // merged from the row above
                } else {
                    List<TextLine> lines = TextLine.group(b.glyphs);
                    cells.add(new Cell(CellText.join(lines, xs.get(b.last + 1)), b.first, b.last - b.first + 1, CellText.allBold(lines)));
                }
            }
            rows.add(new Row(rows.size(), cells, page));
        }
        return new PageTable(rows, g.top(), g.bottom(), xs, true, false);
    }

    private static boolean allNull(Box[] row) {
        for (Box b : row) if (b != null) return false;
        return true;
    }

    /** Makes the cell for band i, columns a..b, or extends the cell above when no line separates them. */
    private static void place(RuledTables.GridTable g, Box[][] owner, int i, int a, int b, int above) {
        Box box = null;
        if (above >= 0 && !g.hasHorizontal(i, a, b)) {
            Box up = owner[above][a];
            if (up != null && up.first == a && up.last == b) box = up;
        }
        if (box == null) box = new Box(i, a, b);
        for (int j = a; j <= b; j++) owner[i][j] = box;
    }

    /** Which interval of the sorted boundaries holds v, or -1 outside them. */
    private static int index(List<Float> bounds, float v) {
        if (v < bounds.get(0) || v > bounds.get(bounds.size() - 1)) return -1;
        int i = Collections.binarySearch(bounds, v);
        if (i < 0) i = -i - 2;
        return Math.min(i, bounds.size() - 2);
    }
}
