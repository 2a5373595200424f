package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Row;
import vn.cchc.vocabulary.PageNumbers;
import vn.cchc.vocabulary.Stt;

/**
 * Tables drawn without lines (or whose lines were lost). A header line naming at least two roles ("STT", "Chỉ tiêu",
 * "Đơn vị tính", "Số liệu", "Ghi chú") starts one; its {@link Columns} are the x-intervals that the glyph runs below
 * it (and the header's own words) occupy, separated by gutters. A row starts with a row number in the STT column, or
 * with a second value ({@link UnruledRows}); other lines are wrapped text of the row above. The table ends at a line
 * that does not fit (text in the STT column that is not a row number, a wide vertical gap, a new header) or at the
 * page end, in which case the next page may continue it with the same columns ({@link PageBreaks}).
 */
final class UnruledStrategy implements TableStrategy {
    /** At most this many lines of header (the template's header is four lines when its cells wrap). */
    static final int MAX_HEADER_LINES = 8;
    private static final int NO_TABLE = -1;

    private final HeaderLines headers;
    private final UnruledRows rows = new UnruledRows();
    private final PageBreaks breaks = new PageBreaks();

    UnruledStrategy(HeaderLines headers) {
        this.headers = headers;
    }

    @Override
    public Found extract(PageContent page, PageText left) {
        List<PageTable> out = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>();
        List<TextLine> lines = breaks.withCutHeader(left.lines(), page);
        Columns carried = breaks.takeOpen();
        int i = carried == null ? 0 : breaks.skipRunningHeader(lines, page, carried, rest);
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            List<TextLine> phrases = line.phrases(Columns.GUTTER_EM);
            int end = NO_TABLE;
            if (headers.isHeader(phrases)) {
                // a header cell centred vertically puts its name on a line above the others
                int start = i;
                while (start > 0 && !rest.isEmpty() && rest.get(rest.size() - 1) == lines.get(start - 1)
                        && lines.get(start).baseline() - lines.get(start - 1).baseline() <= 1.6f * line.size()
                        && headers.namesARole(lines.get(start - 1))) {
                    rest.remove(rest.size() - 1);
                    start--;
                }
                end = readTable(lines, start, null, carried, page, out);
                if (end == NO_TABLE && breaks.headerRunsToFoot(lines, start, page)) {
                    // the page broke inside the header: its lines go on top of the next page's
                    breaks.cutHeader(lines, start, page, rest);
                    return found(out, rest);
                }
                if (end == NO_TABLE) {
                    for (int k = start; k < i; k++) rest.add(lines.get(k));
                }
            } else if (carried != null && PageBreaks.goesOn(phrases, carried)) {
                end = readTable(lines, i, carried, null, page, out);
            }
            if (end == NO_TABLE) {
                rest.add(line); // not a table after all: the line stays running text
                end = i + 1;
            }
            carried = null;
            i = end;
        }
        return found(out, rest);
    }

    private static Found found(List<PageTable> tables, List<TextLine> rest) {
        return new Found(tables, PageText.ofLines(rest));
    }

    /**
     * Reads one table starting at line {@code start}: a new one under a header, or the rest of the one {@code carried}
     * over from the last page; {@code continuing} is that one when it comes back here under its repeated header.
     *
     * @return the index of the first line after it, or NO_TABLE
     */
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
        Columns cols = carried != null ? carried : Columns.find(headerLines, body, headers);
        if (cols == null) return NO_TABLE;
        if (continuing != null && cols.sameAs(continuing)) cols = continuing; // the header repeated on a new page
        if (carried == null && cols != continuing) rows.newTable();
        // a table going on from the last page has no header lines here, and so no header row
        List<Row> tableRows = new ArrayList<>();
        for (Row h : headerLines.isEmpty() ? List.<Row>of() : headers.rows(headerLines, cols, page.number())) {
            // the header of the table from the last page, repeated: marked so, since an OCR'd copy need not read
            // letter for letter as the first one did
            tableRows.add(cols == continuing ? new Row(h.index(), h.cells(), h.page(), true, h.flags()) : h);
        }
        tableRows.addAll(rows.read(body, cols, page.number()));
        out.add(new PageTable(tableRows, lines.get(start).top(), lines.get(end - 1).baseline(), cols.boundaries(), false,
                rows.firstRowContinues()));
        // nothing after the table on this page but footers: the next page may go on with it
        if (end == lines.size() || PageBreaks.onlyMargin(lines, end, page)) breaks.leaveOpen(cols);
        return end;
    }

    /** Whether a line starts with a row number and goes on with more text (a numbered row, not a stray number). */
    static boolean startsWithNumber(TextLine line) {
        List<TextLine> p = line.phrases(Columns.GUTTER_EM);
        return !p.isEmpty() && Stt.isRowMark(p.get(0).text()) && p.size() > 1;
    }

    /** The first line after the body: a new header, text left of the table, text that is not a row number, or a gap. */
    int bodyEnd(List<TextLine> lines, int from, float left) {
        float pitch = 0;
        for (int k = from; k < lines.size(); k++) {
            TextLine l = lines.get(k);
            List<TextLine> phrases = l.phrases(Columns.GUTTER_EM);
            if (k > from) {
                float delta = l.baseline() - lines.get(k - 1).baseline();
                if (pitch > 0 && delta > Math.max(2.2f * pitch, 2.5f * l.size())) return k;
                pitch = pitch == 0 ? delta : Math.min(pitch, delta);
                if (headers.isHeader(phrases)) return k;
            }
            TextLine first = phrases.get(0);
            if (first.left() < left - l.size()) return k; // outdented: running text (centred numbers may stick out a little)
            if (k > from && phrases.size() == 1 && first.left() < left + 3f && PageNumbers.is(first.text())) {
                // a row number wraps right under its first line; a lone number anywhere else is a page number
                TextLine prev = lines.get(k - 1);
                boolean underNumber = prev.phrases(Columns.GUTTER_EM).get(0).left() < left + 3f;
                if (!underNumber || l.baseline() - prev.baseline() > 1.6f * l.size()) return k;
            }
            boolean inFirstColumn = first.left() < left + 3f;
            if (inFirstColumn && !Stt.isRowMark(first.text()) && !first.text().matches("[.\\d]+")) return k;
        }
        return lines.size();
    }
}
