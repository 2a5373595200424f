package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.Flag;
import vn.cchc.vocabulary.HeaderDetector;

/**
 * A statistics table's header in a page's text lines, before any cell exists: a line whose runs of text name at
 * least two column roles ("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"), and the header lines turned into
 * rows once the columns are known. Both PDF strategies ask it: the unruled one to start a table, the ruled one to
 * tell a grid whose lines miss a header column.
 */
final class HeaderLines {
    private final HeaderDetector headers = new HeaderDetector();

    /** Whether a line's runs of text (split at gutters) name at least two column roles. */
    boolean isHeader(List<TextLine> phrases) {
        if (phrases.size() < 2) return false;
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < phrases.size(); k++) cells.add(Cell.of(phrases.get(k).text(), k));
        return headers.isRepeatedHeader(new Row(0, cells, null));
    }

    /** Whether some line names at least two column roles, as a statistics table's header does. */
    boolean hasHeaderLine(List<TextLine> lines) {
        for (TextLine l : lines) if (isHeader(l.phrases(Columns.GUTTER_EM))) return true;
        return false;
    }

    /** Whether two header names sit side by side between the same pair of ruled column lines {@code xs}. */
    boolean namesShareColumn(List<TextLine> lines, List<Float> xs) {
        for (TextLine l : lines) {
            List<TextLine> phrases = l.phrases(Columns.GUTTER_EM);
            for (int k = 1; k < phrases.size(); k++) {
                TextLine a = phrases.get(k - 1), b = phrases.get(k);
                if (gridColumn(xs, a.centerX()) != gridColumn(xs, b.centerX())) continue;
                if (namePair(a, b)) return true;
            }
        }
        return false;
    }

    /** Whether some run of a line names a role ("Số liệu" alone on the line above the rest of a header). */
    boolean namesARole(TextLine line) {
        for (TextLine p : line.phrases(Columns.GUTTER_EM)) {
            Row probe = new Row(0, List.of(Cell.of(p.text(), 0), Cell.of("Ghi chú", 1)), null);
            if (headers.isRepeatedHeader(probe)) return true;
        }
        return false;
    }

    /** Whether a table's rows hold a header the detector recognises. */
    boolean recognised(List<Row> rows) {
        return headers.detect(rows).isPresent();
    }

    /** Whether a row repeats a header (every cell a role name). */
    boolean isRepeatedHeader(Row row) {
        return headers.isRepeatedHeader(row);
    }

    /** The roles the header lines give these columns. */
    Optional<ColumnLayout> layout(List<TextLine> headerLines, Columns cols) {
        return headers.detect(rows(headerLines, cols, null));
    }

    private boolean namePair(TextLine a, TextLine b) {
        return headers.isRepeatedHeader(new Row(0, List.of(Cell.of(a.text(), 0), Cell.of(b.text(), 1)), null));
    }

    private static int gridColumn(List<Float> xs, float x) {
        int c = 0;
        for (int i = 0; i < xs.size(); i++) if (x >= xs.get(i)) c = i;
        return c;
    }

    /**
     * The header as rows the header detector understands: words that span several columns ("Kết quả thống kê" over
     * the unit and value columns) with the lines that wrap them form a first row of merged cells; the words under
     * them a second row; each other column's header text goes in the first row.
     */
    List<Row> rows(List<TextLine> headerLines, Columns cols, Integer page) {
        int n = cols.count();
        StringBuilder[] top = new StringBuilder[n], below = new StringBuilder[n];
        int[] span = new int[n];
        for (int c = 0; c < n; c++) {
            top[c] = new StringBuilder();
            below[c] = new StringBuilder();
            span[c] = 1;
        }
        boolean[] spanned = new boolean[n];
        int openSpan = -1; // first column of the spanning cell whose text may still wrap onto the next line
        for (TextLine l : headerLines) {
            List<TextLine> phrases = new ArrayList<>();
            for (TextLine p : l.phrases(Columns.GUTTER_EM)) phrases.addAll(splitNames(p, cols));
            int nextOpen = -1;
            for (TextLine p : phrases) {
                int[] ab = cols.over(p);
                int a = ab[0], b = ab[1];
                if (b > a) {
                    span[a] = b - a + 1;
                    for (int c = a; c <= b; c++) spanned[c] = true;
                    CellText.append(top[a], p.text());
                    nextOpen = a;
                } else if (spanned[a]) {
                    int owner = ownerOf(span, a);
                    // the spanning words wrapped: alone under them on the next line ("Kết quả thống" / "kê")
                    boolean wraps = owner == openSpan && phrasesIn(phrases, cols, owner, owner + span[owner] - 1) == 1;
                    if (wraps) {
                        CellText.append(top[owner], p.text());
                        nextOpen = owner;
                    } else {
                        CellText.append(below[a], p.text());
                    }
                } else {
                    CellText.append(top[a], p.text());
                }
            }
            openSpan = nextOpen;
        }
        List<Cell> first = new ArrayList<>(), second = new ArrayList<>();
        boolean anySpan = false;
        for (int c = 0; c < n; c++) {
            if (span[c] > 1) {
                first.add(new Cell(top[c].toString(), c, span[c], false));
                anySpan = true;
                c += span[c] - 1;
            } else if (!spanned[c]) {
                first.add(Cell.of(top[c].toString(), c));
            }
        }
        for (int c = 0; c < n; c++) second.add(Cell.of(spanned[c] ? below[c].toString() : "", c));
        // a header read by OCR says so, as every row read from a page image does
        boolean ocr = headerLines.stream().flatMap(l -> l.glyphs().stream()).anyMatch(g -> g.ocrConfidence() != null);
        List<Flag> flags = ocr ? List.of(Flag.OCR) : List.of();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, first, page, false, flags));
        if (anySpan) rows.add(new Row(1, second, page, false, flags));
        return rows;
    }

    /**
     * Two header names set close together ("STT  Chỉ tiêu thống kê" when both are centred) read as one run of
     * glyphs; split it where both halves name a role and the run lies over several columns.
     */
    private List<TextLine> splitNames(TextLine p, Columns cols) {
        int[] ab = cols.over(p);
        if (ab[0] == ab[1]) return List.of(p);
        List<TextLine> words = p.phrases(0.15f);
        for (int k = 1; k < words.size(); k++) {
            List<Glyph> left = new ArrayList<>(), right = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) (w < k ? left : right).addAll(words.get(w).glyphs());
            TextLine a = new TextLine(left), b = new TextLine(right);
            if (namePair(a, b)) return List.of(a, b);
        }
        return List.of(p);
    }

    private static int ownerOf(int[] span, int col) {
        for (int c = col; c >= 0; c--) if (span[c] > 1 && c + span[c] - 1 >= col) return c;
        return col;
    }

    private static int phrasesIn(List<TextLine> phrases, Columns cols, int a, int b) {
        int n = 0;
        for (TextLine p : phrases) {
            int c = cols.columnAt(p);
            if (c >= a && c <= b) n++;
        }
        return n;
    }
}
