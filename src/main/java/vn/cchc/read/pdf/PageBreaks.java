package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.vocabulary.PageNumbers;
import vn.cchc.vocabulary.Stt;

/**
 * What a table drawn without lines carries over a page break: its columns when it ran to the foot of the page (the
 * next page may go on with its rows), or its header lines when the break fell inside the header (they go on top of
 * the next page's lines). Page numbers and running headers in the margins are stepped over.
 */
final class PageBreaks {
    /** Share of the page height at the top and bottom that holds margins, page numbers and running headers. */
    private static final float MARGIN_SHARE = 0.1f;

    /** Columns of the table that ran to the bottom of the previous page, or null. */
    private Columns open;
    /** Header lines a page break cut from their table at the foot of the previous page; empty when none. */
    private List<TextLine> pendingHeader = List.of();

    /** The page's lines, with the header lines the last page's foot cut off put back on top of them. */
    List<TextLine> withCutHeader(List<TextLine> pageLines, PageContent page) {
        List<TextLine> cut = pendingHeader;
        pendingHeader = List.of();
        return cut.isEmpty() ? pageLines : withHeaderOnTop(cut, pageLines, page);
    }

    /** The columns of the table the last page ended in, or null; taken once. */
    Columns takeOpen() {
        Columns c = open;
        open = null;
        return c;
    }

    /** A table ended its page: the next may go on with it. */
    void leaveOpen(Columns cols) {
        open = cols;
    }

    /**
     * Steps over a running header in the top margin of a page that may go on with a table; a row that fits the table
     * is not one (a 2 cm top margin, as the decree on official documents sets, puts the first row inside the top
     * tenth of an A4 page). The lines stepped over go to {@code rest}.
     *
     * @return the index of the first line after them
     */
    int skipRunningHeader(List<TextLine> lines, PageContent page, Columns carried, List<TextLine> rest) {
        int i = 0;
        while (i < lines.size() && lines.get(i).baseline() < page.height() * MARGIN_SHARE
                && !goesOn(lines.get(i).phrases(Columns.GUTTER_EM), carried)) {
            rest.add(lines.get(i++));
        }
        return i;
    }

    /** Whether only header lines (no numbered row) follow line {@code start} down to the page's bottom margin. */
    boolean headerRunsToFoot(List<TextLine> lines, int start, PageContent page) {
        int foot = footStart(lines, page);
        if (foot - start > UnruledStrategy.MAX_HEADER_LINES || foot <= start) return false;
        for (int k = start; k < foot; k++) if (UnruledStrategy.startsWithNumber(lines.get(k))) return false;
        return true;
    }

    /**
     * The page broke inside a header starting at line {@code start}: its lines wait for the next page, the page
     * numbers under them go to {@code rest}, and no table stays open (a new one begins: the one above, even if it
     * reached the margin, is over).
     */
    void cutHeader(List<TextLine> lines, int start, PageContent page, List<TextLine> rest) {
        int foot = footStart(lines, page);
        pendingHeader = List.copyOf(lines.subList(start, foot));
        open = null;
        for (int k = foot; k < lines.size(); k++) rest.add(lines.get(k));
    }

    /** Whether a line at the top of a page goes on with a table with these columns: a new row or the cut one's rest. */
    static boolean goesOn(List<TextLine> phrases, Columns c) {
        return fits(phrases, c) || continuesCutRow(phrases, c);
    }

    /** Whether a line at the top of a page continues a table with these columns: a row number where rows start. */
    private static boolean fits(List<TextLine> phrases, Columns c) {
        if (phrases.isEmpty()) return false;
        TextLine first = phrases.get(0);
        return c.columnAt(first) == c.sttCol() && Stt.isRowMark(first.text());
    }

    /**
     * Whether the first line at the top of a page is the rest of the row the page break cut: no row number, and
     * each run of text inside one of the table's columns ("so với năm 2015" under the label, "2024: 77" under the
     * note). A paragraph line runs across the columns, so it is not taken.
     */
    private static boolean continuesCutRow(List<TextLine> phrases, Columns c) {
        if (phrases.isEmpty() || c.columnAt(phrases.get(0)) == c.sttCol()) return false;
        if (phrases.size() == 1 && PageNumbers.is(phrases.get(0).text())) return false;
        for (TextLine p : phrases) {
            int[] ab = c.over(p);
            if (ab[0] != ab[1] || p.left() < c.lefts().get(ab[0]) - 3f) return false;
        }
        return true;
    }

    /** Whether nothing but the bottom margin follows line {@code from}. */
    static boolean onlyMargin(List<TextLine> lines, int from, PageContent page) {
        for (int k = from; k < lines.size(); k++) if (lines.get(k).baseline() < page.height() * (1 - MARGIN_SHARE)) return false;
        return true;
    }

    /**
     * The first of the page numbers in the bottom margin that end the page, or the number of lines. Only page
     * numbers: with a 2 cm margin a table's last line is in the bottom tenth of the page too.
     */
    private static int footStart(List<TextLine> lines, PageContent page) {
        int k = lines.size();
        while (k > 0 && lines.get(k - 1).baseline() > page.height() * (1 - MARGIN_SHARE) && PageNumbers.is(lines.get(k - 1).text())) {
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
        while (at < lines.size() && PageNumbers.is(lines.get(at).text())) at++;
        float anchor = at < lines.size() ? lines.get(at).top() : page.height() * MARGIN_SHARE;
        TextLine last = header.get(header.size() - 1);
        float dy = anchor - 2f - last.baseline();
        List<TextLine> out = new ArrayList<>(lines.subList(0, at));
        for (TextLine l : header) {
            List<Glyph> moved = new ArrayList<>(l.glyphs().size());
            for (Glyph g : l.glyphs()) moved.add(new Glyph(g.text(), g.x(), g.baseline() + dy, g.width(), g.size(), g.bold(), g.ocrConfidence()));
            out.add(new TextLine(moved));
        }
        out.addAll(lines.subList(at, lines.size()));
        return out;
    }
}
