package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.ocr.PageOcr.Box;

/** The cells drawn by a grid's rulings: where a ruling is missing, the cells on either side of it are one. */
final class GridCells {
    private GridCells() {
    }

    /** The drawn cells of a grid, merged across a missing vertical line and down a missing horizontal one. */
    static List<Box> of(ImageGrid g) {
        List<Integer> ys = g.ys();
        int bands = ys.size() - 1, cols = g.xs().size() - 1;
        Box[][] owner = new Box[bands][cols];
        List<Box> out = new ArrayList<>();
        int above = -1;
        for (int i = 0; i < bands; i++) {
            if (ys.get(i + 1) - ys.get(i) < PageOcr.MIN_BAND) continue;
            int a = 0;
            for (int j = 1; j <= cols; j++) {
                if (j < cols && !g.hasVertical(j, i)) continue;
                Box box = null;
                if (above >= 0 && !g.hasHorizontal(i, a, j - 1)) {
                    Box up = owner[above][a];
                    if (up != null && up.firstCol() == a && up.lastCol() == j - 1) {
                        out.remove(up);
                        box = new Box(up.firstBand(), i, a, j - 1);
                        for (int k = up.firstBand(); k < i; k++) {
                            for (int c = a; c < j; c++) if (owner[k][c] == up) owner[k][c] = box;
                        }
                    }
                }
                if (box == null) box = new Box(i, i, a, j - 1);
                out.add(box);
                for (int c = a; c < j; c++) owner[i][c] = box;
                a = j;
            }
            above = i;
        }
        return out;
    }

    /** The rows below the first ones that are still header: the lower half of a header cell split in two. */
    static int headerRowsEnd(List<Box> boxes, int end) {
        int out = end;
        for (Box b : boxes) {
            if (b.firstBand() < end) out = Math.max(out, b.lastBand() + 1);
        }
        return out;
    }
}
