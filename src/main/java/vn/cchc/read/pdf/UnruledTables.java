package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.table.ColumnLayout;
import vn.cchc.table.ColumnRole;
import vn.cchc.table.HeaderDetector;
import vn.cchc.table.Stt;

/**
 * Tables drawn without lines (or whose lines were lost). A header line naming at least two roles ("STT", "Chỉ tiêu",
 * "Đơn vị tính", "Số liệu", "Ghi chú") starts one; its columns are the x-intervals that the glyph runs below it
 * (and the header's own words) occupy, separated by gutters. A row starts with a row number in the STT column, or
 * with a second value; other lines are wrapped text of the row above. The table ends at a line that does not fit
 * (text in the STT column that is not a row number, a wide vertical gap, a new header) or at the page end, in which
 * case the next page may continue it with the same columns.
 *
 * <p>One instance reads one document, page after page, since a table may continue on the next page.
 */
final class UnruledTables {
    /** A gap this wide (in ems) between glyphs is a column gutter; word spaces are about a quarter em. */
    private static final float GUTTER_EM = 0.55f;
    /** At most this many lines of header (the template's header is four lines when its cells wrap). */
    private static final int MAX_HEADER_LINES = 8;
    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,4}\\.?|[a-zđ][.)]|[-+*•])");

    private static final HeaderDetector HEADER_NAMES = new HeaderDetector();
    private static final int NO_TABLE = -1;
    private final HeaderDetector headers = HEADER_NAMES;

    /** Columns of the table that ran to the bottom of the previous page, or null. */
    private Columns open;
    /** Header lines a page break cut from their table at the foot of the previous page; empty when none. */
    private List<TextLine> pendingHeader = List.of();
    /** Row numbers met so far in the current table, and the last one: a page break may cut a row number too. */
    private final Set<String> seen = new HashSet<>();
    private String lastStt;
    private boolean firstRowContinues;
    /** A page number centred at the top of a page lies over the label column; it does not continue a row. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(trang\\s*)?[-–(]?\\s*\\d{1,3}\\s*[-–)]?");

    /**
     * Column intervals, left to right, and the roles the header gave them.
     *
     * @param lefts  left edge of each column's text
     * @param rights right edge of each column's text
     */
    private record Columns(List<Float> lefts, List<Float> rights, int sttCol, int valueCol, int headerLines) {
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

        List<Float> boundaries() {
            List<Float> b = new ArrayList<>(lefts);
            b.add(rights.get(rights.size() - 1));
            return b;
        }
    }

    List<PageTable> find(List<TextLine> pageLines, PageContent page, List<TextLine> rest) {
        List<PageTable> out = new ArrayList<>();
        List<TextLine> lines = pageLines;
        List<TextLine> cutHeader = pendingHeader;
        pendingHeader = List.of();
        if (!cutHeader.isEmpty()) lines = withHeaderOnTop(cutHeader, pageLines, page);
        Columns carried = open;
        open = null;
        int i = 0;
        if (carried != null) {
            // a running header in the top margin is skipped; a row that fits the table is not (a 2 cm top margin,
            // as the decree on official documents sets, puts the first row inside the top tenth of an A4 page)
            while (i < lines.size() && lines.get(i).baseline() < page.height() * 0.1f
                    && !fits(lines.get(i).phrases(GUTTER_EM), carried)
                    && !continuesCutRow(lines.get(i).phrases(GUTTER_EM), carried)) {
                rest.add(lines.get(i++));
            }
        }
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            List<TextLine> phrases = line.phrases(GUTTER_EM);
            int end = NO_TABLE;
            if (isHeader(phrases)) {
                // a header cell centred vertically puts its name on a line above the others
                int start = i;
                while (start > 0 && !rest.isEmpty() && rest.get(rest.size() - 1) == lines.get(start - 1)
                        && lines.get(start).baseline() - lines.get(start - 1).baseline() <= 1.6f * line.size()
                        && namesARole(lines.get(start - 1))) {
                    rest.remove(rest.size() - 1);
                    start--;
                }
                end = readTable(lines, start, null, carried, page, out);
                if (end == NO_TABLE && headerRunsToFoot(lines, start, page)) {
                    // the page broke inside the header: its lines go on top of the next page's
                    pendingHeader = List.copyOf(lines.subList(start, footStart(lines, page)));
                    open = null; // a new table begins: the one above, even if it reached the margin, is over
                    for (int k = footStart(lines, page); k < lines.size(); k++) rest.add(lines.get(k));
                    return out;
                }
                if (end == NO_TABLE) {
                    for (int k = start; k < i; k++) rest.add(lines.get(k));
                }
            } else if (carried != null && (fits(phrases, carried) || continuesCutRow(phrases, carried))) {
                end = readTable(lines, i, carried, null, page, out);
            }
            if (end == NO_TABLE) {
                rest.add(line); // not a table after all: the line stays running text
                end = i + 1;
            }
            carried = null;
            i = end;
        }
        return out;
    }

    /** Whether some line names at least two column roles, as a statistics table's header does. */
    boolean hasHeaderLine(List<TextLine> lines) {
        for (TextLine l : lines) if (isHeader(l.phrases(GUTTER_EM))) return true;
        return false;
    }

    /** Whether two header names sit side by side between the same pair of ruled column lines {@code xs}. */
    boolean namesShareColumn(List<TextLine> lines, List<Float> xs) {
        for (TextLine l : lines) {
            List<TextLine> phrases = l.phrases(GUTTER_EM);
            for (int k = 1; k < phrases.size(); k++) {
                TextLine a = phrases.get(k - 1), b = phrases.get(k);
                if (gridColumn(xs, a.centerX()) != gridColumn(xs, b.centerX())) continue;
                Row probe = new Row(0, List.of(Cell.of(a.text(), 0), Cell.of(b.text(), 1)), null);
                if (headers.isRepeatedHeader(probe)) return true;
            }
        }
        return false;
    }

    private static int gridColumn(List<Float> xs, float x) {
        int c = 0;
        for (int i = 0; i < xs.size(); i++) if (x >= xs.get(i)) c = i;
        return c;
    }

    private boolean namesARole(TextLine line) {
        for (TextLine p : line.phrases(GUTTER_EM)) {
            Row probe = new Row(0, List.of(Cell.of(p.text(), 0), Cell.of("Ghi chú", 1)), null);
            if (headers.isRepeatedHeader(probe)) return true;
        }
        return false;
    }

    private boolean isHeader(List<TextLine> phrases) {
        if (phrases.size() < 2) return false;
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < phrases.size(); k++) cells.add(Cell.of(phrases.get(k).text(), k));
        return headers.isRepeatedHeader(new Row(0, cells, null));
    }

    /** Whether a line at the top of a page continues a table with these columns: a row number where rows start. */
    private static boolean fits(List<TextLine> phrases, Columns c) {
        if (phrases.isEmpty()) return false;
        TextLine first = phrases.get(0);
        return c.columnAt(first) == c.sttCol()
                && ROW_NUMBER.matcher(first.text()).matches();
    }

    /** Whether only header lines (no numbered row) follow line {@code start} down to the page's bottom margin. */
    private boolean headerRunsToFoot(List<TextLine> lines, int start, PageContent page) {
        int foot = footStart(lines, page);
        if (foot - start > MAX_HEADER_LINES || foot <= start) return false;
        for (int k = start; k < foot; k++) if (startsWithNumber(lines.get(k))) return false;
        return true;
    }

    /**
     * The first of the page numbers in the bottom margin that end the page, or the number of lines. Only page
     * numbers: with a 2 cm margin a table's last line is in the bottom tenth of the page too.
     */
    private static int footStart(List<TextLine> lines, PageContent page) {
        int k = lines.size();
        while (k > 0 && lines.get(k - 1).baseline() > page.height() * 0.9f
                && PAGE_NUMBER.matcher(lines.get(k - 1).text().strip()).matches()) {
            k--;
        }
        return k;
    }

    /**
     * The header lines cut from the previous page, moved to just above this page's first line after any page
     * number (their spacing kept), followed by this page's lines.
     */
    private static List<TextLine> withHeaderOnTop(List<TextLine> header, List<TextLine> lines, PageContent page) {
        int at = 0;
        while (at < lines.size() && PAGE_NUMBER.matcher(lines.get(at).text().strip()).matches()) at++;
        float anchor = at < lines.size() ? lines.get(at).top() : page.height() * 0.1f;
        TextLine last = header.get(header.size() - 1);
        float dy = anchor - 2f - last.baseline();
        List<TextLine> out = new ArrayList<>(lines.subList(0, at));
        for (TextLine l : header) {
            List<Glyph> moved = new ArrayList<>(l.glyphs().size());
            for (Glyph g : l.glyphs()) moved.add(new Glyph(g.text(), g.x(), g.baseline() + dy, g.width(), g.size(), g.bold()));
            out.add(new TextLine(moved));
        }
        out.addAll(lines.subList(at, lines.size()));
        return out;
    }

    /**
     * Whether the first line at the top of a page is the rest of the row the page break cut: no row number, and
     * each run of text inside one of the table's columns ("so với năm 2015" under the label, "2024: 77" under the
     * note). A paragraph line runs across the columns, so it is not taken.
     */
    private static boolean continuesCutRow(List<TextLine> phrases, Columns c) {
        if (phrases.isEmpty() || c.columnAt(phrases.get(0)) == c.sttCol()) return false;
        if (phrases.size() == 1 && PAGE_NUMBER.matcher(phrases.get(0).text().strip()).matches()) return false;
        for (TextLine p : phrases) {
            int[] ab = c.over(p);
            if (ab[0] != ab[1] || p.left() < c.lefts().get(ab[0]) - 3f) return false;
        }
        return true;
    }

    /** Reads one table starting at line {@code start}; returns the index of the first line after it, or NO_TABLE. */
    private int readTable(List<TextLine> lines, int start, Columns carried, Columns continuing, PageContent page,
            List<PageTable> out) {
        int bodyStart = start;
        if (carried == null) {
            while (bodyStart < lines.size() && bodyStart - start < MAX_HEADER_LINES
                    && (bodyStart == start || !startsWithNumber(lines.get(bodyStart)))) {
                bodyStart++;
            }
            if (continuing != null && bodyStart - start > continuing.headerLines()) {
                // the header repeated on a new page is as long as the first one; what follows it is the rest of
                // the row the page break cut
                bodyStart = start + continuing.headerLines();
            }
            if (bodyStart >= lines.size() || bodyStart - start >= MAX_HEADER_LINES) return NO_TABLE;
        }
        float leftLimit = carried != null ? carried.lefts().get(0) : lines.get(start).left();
        for (int k = start; k < bodyStart; k++) leftLimit = Math.min(leftLimit, lines.get(k).left());
        int end = bodyEnd(lines, bodyStart, leftLimit);
        if (end == bodyStart) return NO_TABLE;
        List<TextLine> headerLines = lines.subList(start, bodyStart);
        List<TextLine> body = lines.subList(bodyStart, end);
        Columns cols = carried != null ? carried : columns(headerLines, body);
        if (cols == null) return NO_TABLE;
        if (continuing != null && sameColumns(cols, continuing)) cols = continuing; // the header repeated on a new page
        if (carried == null && cols != continuing) {
            seen.clear();
            lastStt = null;
        }
        // a table going on from the last page has no header lines here, and so no header row
        List<Row> rows = new ArrayList<>(headerLines.isEmpty() ? List.of() : headerRows(headerLines, cols, page.number()));
        rows.addAll(bodyRows(body, cols, page.number()));
        List<Float> bounds = cols.boundaries();
        out.add(new PageTable(rows, lines.get(start).top(), lines.get(end - 1).baseline(), bounds, false,
                firstRowContinues));
        // nothing after the table on this page but footers: the next page may go on with it
        if (end == lines.size() || onlyMargin(lines, end, page)) open = cols;
        return end;
    }

    private static boolean sameColumns(Columns a, Columns b) {
        if (a.lefts().size() != b.lefts().size()) return false;
        // centred text gives each page slightly different extents: the same table has overlapping columns
        for (int k = 0; k < a.lefts().size(); k++) {
            float overlap = Math.min(a.rights().get(k), b.rights().get(k)) - Math.max(a.lefts().get(k), b.lefts().get(k));
            if (overlap <= 0) return false;
        }
        return true;
    }

    private static boolean onlyMargin(List<TextLine> lines, int from, PageContent page) {
        for (int k = from; k < lines.size(); k++) if (lines.get(k).baseline() < page.height() * 0.9f) return false;
        return true;
    }

    private static boolean startsWithNumber(TextLine line) {
        List<TextLine> p = line.phrases(GUTTER_EM);
        return !p.isEmpty() && ROW_NUMBER.matcher(p.get(0).text()).matches() && p.size() > 1;
    }

    /** The first line after the body: a new header, text left of the table, text that is not a row number, or a gap. */
    private int bodyEnd(List<TextLine> lines, int from, float left) {
        float pitch = 0;
        for (int k = from; k < lines.size(); k++) {
            TextLine l = lines.get(k);
            List<TextLine> phrases = l.phrases(GUTTER_EM);
            if (k > from) {
                float delta = l.baseline() - lines.get(k - 1).baseline();
                if (pitch > 0 && delta > Math.max(2.2f * pitch, 2.5f * l.size())) return k;
                pitch = pitch == 0 ? delta : Math.min(pitch, delta);
                if (isHeader(phrases)) return k;
            }
            TextLine first = phrases.get(0);
            if (first.left() < left - l.size()) return k; // outdented: running text (centred numbers may stick out a little)
            if (k > from && phrases.size() == 1 && first.left() < left + 3f && first.text().matches("[-–]?\\s*\\d{1,3}\\s*[-–]?")) {
                // a row number wraps right under its first line; a lone number anywhere else is a page number
                TextLine prev = lines.get(k - 1);
                boolean underNumber = prev.phrases(GUTTER_EM).get(0).left() < left + 3f;
                if (!underNumber || l.baseline() - prev.baseline() > 1.6f * l.size()) return k;
            }
            boolean inFirstColumn = first.left() < left + 3f;
            if (inFirstColumn && !ROW_NUMBER.matcher(first.text()).matches() && !first.text().matches("[.\\d]+")) return k;
        }
        return lines.size();
    }

    /** Column intervals from the body's glyph runs, completed by header words that sit over a single gutter-free span. */
    private Columns columns(List<TextLine> headerLines, List<TextLine> body) {
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
        List<float[]> bodyCols = merge(spans);
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
        List<float[]> merged = merge(spans);
        if (merged.size() < 3) return null;
        List<Float> lefts = new ArrayList<>(), rights = new ArrayList<>();
        for (float[] m : merged) {
            lefts.add(m[0]);
            rights.add(m[1]);
        }
        Columns provisional = new Columns(lefts, rights, 0, -1, headerLines.size());
        Optional<ColumnLayout> layout = headers.detect(new Table(0, headerRows(headerLines, provisional, null), null));
        int stt = layout.flatMap(c -> c.column(ColumnRole.STT)).orElse(0);
        int value = layout.flatMap(c -> c.column(ColumnRole.VALUE)).orElse(-1);
        return new Columns(lefts, rights, stt, value, headerLines.size());
    }

    private static int within(List<float[]> line, float[] extent) {
        int n = 0;
        for (float[] h : line) if (h[0] >= extent[0] - 1f && h[1] <= extent[1] + 1f) n++;
        return n;
    }

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

    /**
     * The header as rows the header detector understands: words that span several columns ("Kết quả thống kê" over
     * the unit and value columns) with the lines that wrap them form a first row of merged cells; the words under
     * them a second row; each other column's header text goes in the first row.
     */
    private static List<Row> headerRows(List<TextLine> headerLines, Columns cols, Integer page) {
        int n = cols.lefts().size();
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
            for (TextLine p : l.phrases(GUTTER_EM)) phrases.addAll(splitNames(p, cols));
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
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, first, page));
        if (anySpan) rows.add(new Row(1, second, page));
        return rows;
    }

    /**
     * Two header names set close together ("STT  Chỉ tiêu thống kê" when both are centred) read as one run of
     * glyphs; split it where both halves name a role and the run lies over several columns.
     */
    private static List<TextLine> splitNames(TextLine p, Columns cols) {
        int[] ab = cols.over(p);
        if (ab[0] == ab[1]) return List.of(p);
        List<TextLine> words = p.phrases(0.15f);
        for (int k = 1; k < words.size(); k++) {
            List<Glyph> left = new ArrayList<>(), right = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) (w < k ? left : right).addAll(words.get(w).glyphs());
            TextLine a = new TextLine(left), b = new TextLine(right);
            Row probe = new Row(0, List.of(Cell.of(a.text(), 0), Cell.of(b.text(), 1)), null);
            if (HEADER_NAMES.isRepeatedHeader(probe)) return List.of(a, b);
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

    /** Body lines to rows: a row number (or a second value) starts a row, anything else wraps the row above. */
    private List<Row> bodyRows(List<TextLine> body, Columns cols, int page) {
        int n = cols.lefts().size();
        List<Row> rows = new ArrayList<>();
        StringBuilder[] cur = null;
        boolean[] bold = new boolean[n];
        firstRowContinues = false;
        for (TextLine l : body) {
            StringBuilder[] line = new StringBuilder[n];
            boolean[] lineBold = new boolean[n];
            for (int c = 0; c < n; c++) line[c] = new StringBuilder();
            for (TextLine p : l.phrases(GUTTER_EM)) {
                int c = cols.columnAt(p);
                CellText.append(line[c], p.text());
                lineBold[c] = p.bold();
            }
            String stt = line[cols.sttCol()].toString();
            boolean onlyStt = true;
            for (int c = 0; c < n; c++) if (c != cols.sttCol() && line[c].length() > 0) onlyStt = false;
            boolean numbered = ROW_NUMBER.matcher(stt).matches() && !onlyStt
                    && !(cur != null && wrapsNumber(cur[cols.sttCol()].toString(), stt, line, cols, seen));
            boolean secondValue = cols.valueCol() >= 0 && cur != null && line[cols.valueCol()].length() > 0
                    && cur[cols.valueCol()].length() > 0 && hasTextBesides(line, cols.valueCol())
                    && !continuesLowerCase(line, cols);
            if (cur == null && rows.isEmpty() && lastStt != null
                    && (stt.isEmpty() || wrapsNumber(lastStt, stt, line, cols, seen))) {
                firstRowContinues = true; // the rest of the row the page break cut
            }
            if (cur == null || numbered || secondValue) {
                if (cur != null) {
                    rows.add(toRow(rows.size(), cur, bold, page));
                    seen.add(Stt.canonical(cur[cols.sttCol()].toString()));
                }
                cur = line;
                bold = lineBold;
            } else {
                for (int c = 0; c < n; c++) CellText.append(cur[c], line[c].toString());
            }
        }
        if (cur != null) {
            rows.add(toRow(rows.size(), cur, bold, page));
            // not added to seen: seen holds the numbers before the last row, which tell a cut-short number
            lastStt = firstRowContinues && rows.size() == 1 ? lastStt + cur[cols.sttCol()] : cur[cols.sttCol()].toString();
        }
        return rows;
    }

    /**
     * "2.2." then "1." on the next line, with no value: the row number "2.2.1." wrapped in a narrow column, not a
     * new row "1.".
     */
    private static boolean wrapsNumber(String current, String next, StringBuilder[] line, Columns cols, Set<String> seen) {
        if (!current.matches("\\d{1,2}(\\.\\d{1,2})*\\.") || !next.matches("\\d{1,2}\\.?")) return false;
        if (cols.valueCol() >= 0 && line[cols.valueCol()].length() > 0) return false;
        // "2.2." already numbered a row above, so this one is cut short; else a lower-case start says the same
        return seen.contains(Stt.canonical(current)) || continuesLowerCase(line, cols);
    }

    /** Labels start with a capital: a line whose first text after the row number is lower case wraps the row above. */
    private static boolean continuesLowerCase(StringBuilder[] line, Columns cols) {
        for (int c = cols.sttCol() + 1; c < line.length; c++) {
            if (line[c].length() > 0) return c != cols.valueCol() && startsLowerCase(line[c]);
        }
        return true;
    }

    private static boolean startsLowerCase(CharSequence s) {
        return Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '(';
    }

    private static boolean hasTextBesides(StringBuilder[] line, int col) {
        for (int c = 0; c < line.length; c++) if (c != col && line[c].length() > 0) return true;
        return false;
    }

    private static Row toRow(int index, StringBuilder[] texts, boolean[] bold, int page) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(new Cell(vn.cchc.read.Text.clean(texts[c].toString()), c, 1, bold[c] && texts[c].length() > 0));
        }
        return new Row(index, cells, page);
    }
}
