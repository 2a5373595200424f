package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.text.Fold;
import vn.cchc.vocabulary.HeaderDetector;
import vn.cchc.vocabulary.PageNumbers;
import vn.cchc.vocabulary.Stt;

/**
 * Joins the pieces of each page into the document's blocks, a table that a page break split back into one: the
 * next page's first table goes on with it when its columns are the same, its repeated header rows are marked, and a
 * row the break cut in two is joined again.
 */
final class TablesAcrossPages {
    /** Columns of the same table on consecutive pages are drawn at the same x, give or take rounding. */
    private static final float SAME_COLUMN = 3f;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*%?");

    private final HeaderDetector headers = new HeaderDetector();

    /** Pages to blocks, joining a table that runs over a page break. */
    List<Block> assemble(List<PageContent> pages, List<List<PagePiece>> laidOut) {
        List<Block> blocks = new ArrayList<>();
        List<Row> openRows = null; // rows of the table that ended the previous page
        PageTable openTable = null;
        int openPage = 0;
        int tableIndex = 0;
        int placedEndedPage = -2; // the page (index) whose last piece, bar page numbers, was a table read elsewhere
        for (int i = 0; i < pages.size(); i++) {
            int page = pages.get(i).number();
            List<PagePiece> pieces = laidOut.get(i);
            for (int k = 0; k < pieces.size(); k++) {
                PagePiece piece = pieces.get(k);
                if (piece.placed() != null) {
                    // a table read elsewhere (an OCR'd grid) ends the open one and stays as it was read
                    boolean tableEndedPageBefore = placedEndedPage == i - 1 || openTable != null && k == 0;
                    if (openTable != null) blocks.add(new Table(tableIndex++, renumber(openRows), openPage));
                    openTable = null;
                    List<Row> rows = piece.placed().rows();
                    // a grid opening the page after a table (a grid read by OCR, or a text page's table before a
                    // scanned page) may start with the rest of that table's last row
                    if (k == 0 && tableEndedPageBefore && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Table before) {
                        rows = joinCutRow(blocks, before, rows);
                    }
                    blocks.add(new Table(tableIndex++, rows, page, piece.placed().columns()));
                    placedEndedPage = i;
                    continue;
                }
                boolean placedEnded = placedEndedPage == i - 1 && !blocks.isEmpty();
                if (!(piece.text() != null && PageNumbers.is(piece.text()))) placedEndedPage = -2;
                if (piece.isTable() && k == 0 && openTable != null && openTable.ruled() && piece.table().ruled()
                        && openTable.refinedBy(piece.table(), SAME_COLUMN)) {
                    // the page broke under a merged header cell that hid a column line: the rows so far move to
                    // the finer grid, and the table goes on as below
                    openRows = new ArrayList<>(new PageTable(openRows, openTable.top(), openTable.bottom(),
                            openTable.columns(), true, false).rowsOn(piece.table(), SAME_COLUMN));
                    openTable = new PageTable(List.of(), openTable.top(), openTable.bottom(), piece.table().columns(), true, false);
                }
                if (piece.isTable() && k == 0 && openTable != null && openTable.sameColumns(piece.table(), SAME_COLUMN)) {
                    appendContinuation(openRows, piece.table());
                    openTable = piece.table();
                    continue;
                }
                if (openTable != null && onlyPageNumbersFrom(pieces, k)) {
                    continue; // a page number typed under the table, away from the margin, does not end it
                }
                if (openTable != null) {
                    blocks.add(new Table(tableIndex++, renumber(openRows), openPage));
                    openTable = null;
                }
                if (piece.isTable()) {
                    openTable = piece.table();
                    openRows = new ArrayList<>(piece.table().rows());
                    openPage = page;
                    // a text page's table after a scanned page that ended in a grid: its first row may be the rest
                    // of the grid's last row
                    if (k == 0 && placedEnded && blocks.get(blocks.size() - 1) instanceof Table before) {
                        openRows = new ArrayList<>(joinCutRow(blocks, before, openRows));
                    }
                } else if (!piece.text().isEmpty()) {
                    blocks.add(new Paragraph(piece.text(), page));
                }
            }
            // a table still open here ended its page (any other piece after it closed it), so the next page may
            // continue it
        }
        if (openTable != null) blocks.add(new Table(tableIndex, renumber(openRows), openPage));
        return blocks;
    }

    /**
     * Two tables on consecutive pages, one of them (or both) a grid OCR read, the second starting with the rest of the
     * first's last row (a label's last words, in small letters, with no number and no value): the page break cut that
     * row, and it is joined again as between text pages. The tables are left apart otherwise; the table stage joins a
     * table going on. Returns the second table's rows without the rest it gave back.
     */
    private List<Row> joinCutRow(List<Block> blocks, Table before, List<Row> rows) {
        if (rows.isEmpty() || before.rows().isEmpty()) return rows;
        Row last = before.rows().get(before.rows().size() - 1), first = rows.get(0);
        if (!(lowerCaseRest(first) || headerRest(last, first)) || !sameGrid(last, first)) return rows;
        List<Row> joined = new ArrayList<>(before.rows());
        joined.set(joined.size() - 1, mergeCells(last, first));
        blocks.set(blocks.size() - 1, new Table(before.index(), joined, before.page(), before.columns()));
        return renumber(rows.subList(1, rows.size()));
    }

    /**
     * A table's header row at the foot of a page and, opening the next page, a row with no row number and no label of
     * its own ("| | | | 2025 |" under "... | 6 tháng đầu năm | ..."): the rest of the header, which the page break cut
     * (a header's last words wrapped in a narrow column), not a row of data.
     */
    private boolean headerRest(Row last, Row first) {
        if (!first.textAt(0).isBlank() || first.isBlank() || headers.rolesNamed(last) < 3) return false;
        String label = first.textAt(1).strip();
        return label.isEmpty() || Character.isLowerCase(label.charAt(0));
    }

    private static boolean onlyPageNumbersFrom(List<PagePiece> pieces, int from) {
        for (int k = from; k < pieces.size(); k++) {
            PagePiece p = pieces.get(k);
            if (p.text() == null || !PageNumbers.is(p.text())) return false;
        }
        return true;
    }

    /**
     * Adds the part of a table drawn on the next page: rows repeating the table's first rows are its repeated
     * header, and a first row without a number in the first column is the rest of a row the page break cut.
     */
    private void appendContinuation(List<Row> rows, PageTable next) {
        List<Row> more = next.rows();
        int lastIndex = rows.size() - 1;
        int k = 0;
        while (k < more.size() && (more.get(k).headerRepeat() || k < rows.size() && k < 4 && sameText(rows.get(k), more.get(k)))) k++;
        for (int j = 0; j < k; j++) {
            Row r = more.get(j);
            rows.add(new Row(0, r.cells(), r.page(), true, r.flags()));
        }
        if (k < more.size() && lastIndex >= 0) {
            Row first = more.get(k);
            Row last = rows.get(lastIndex);
            boolean headerCut = headerCutShort(last, first);
            // a first row without a number is the rest of the cut row, unless it has a value of its own: the
            // template's unnumbered sub-rows ("Tổng số TTHC có yêu cầu nghĩa vụ tài chính | Thủ tục | 0")
            boolean restOfRow = first.textAt(0).isBlank() && !last.textAt(0).isBlank() && !bothHaveNumbers(last, first);
            boolean cut = next.continuesRow() || restOfRow || numberCutShort(last, first) || headerCut
                    || lowerCaseRest(first);
            if (cut && !first.isBlank() && !last.headerRepeat() && (headerCut || !headers.isRepeatedHeader(first))
                    && sameGrid(first, last)) {
                rows.set(lastIndex, mergeCells(last, first));
                k++;
            }
        }
        rows.addAll(more.subList(k, more.size()));
    }

    /**
     * "3.2." at the foot of a page and "2." over a lower-case (or numeric) label at the top of the next: a narrow number cell
     * and its row cut by the page break, not a new row "2.".
     */
    private static boolean numberCutShort(Row last, Row first) {
        if (!Stt.mayContinue(last.textAt(0), first.textAt(0))) return false;
        for (Cell c : first.cells()) {
            if (c.gridCol() == 0 || c.isBlank()) continue;
            char ch = c.text().charAt(0);
            return Character.isLowerCase(ch) || ch == '(' || Character.isDigit(ch); // "... so với năm" / "2015"
        }
        return false;
    }

    /**
     * "S | Chỉ tiêu | Đơn vị | Số" at the foot of a page and "TT | thống kê | tính | liệu" at the top of the next: a
     * header row the page break cut, which names more roles joined than either half does.
     */
    private boolean headerCutShort(Row last, Row first) {
        if (!sameGrid(last, first)) return false;
        int joined = headers.rolesNamed(mergeCells(last, first));
        return joined >= 3 && joined > Math.max(headers.rolesNamed(last), headers.rolesNamed(first));
    }

    /**
     * A first row with no number and no value whose text starts in lower case ("hoặc do cơ quan ... chuyển đến)"):
     * labels start with a capital, so it is the rest of the row above, numbered or not.
     */
    private static boolean lowerCaseRest(Row first) {
        if (!first.textAt(0).isBlank()) return false;
        String text = null;
        for (Cell c : first.cells()) {
            if (c.gridCol() == 0 || c.isBlank()) continue;
            if (NUMBER.matcher(c.text().strip()).matches()) return false;
            if (text == null) text = c.text().strip();
        }
        return text != null && (Character.isLowerCase(text.charAt(0)) || text.charAt(0) == '(');
    }

    /** Whether two rows hold a number each in the same column, past the first (their values). */
    private static boolean bothHaveNumbers(Row a, Row b) {
        for (Cell c : a.cells()) {
            if (c.gridCol() == 0 || !NUMBER.matcher(c.text().strip()).matches()) continue;
            Cell other = b.cellAt(c.gridCol());
            if (other != null && other.gridCol() == c.gridCol() && NUMBER.matcher(other.text().strip()).matches()) return true;
        }
        return false;
    }

    private static boolean sameText(Row a, Row b) {
        return rowKey(a).equals(rowKey(b)) && !rowKey(a).isEmpty();
    }

    private static String rowKey(Row r) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : r.cells()) sb.append(Fold.fold(c.text())).append('|');
        return sb.toString();
    }

    private static boolean sameGrid(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) return false;
        for (int i = 0; i < a.cells().size(); i++) {
            if (a.cells().get(i).gridCol() != b.cells().get(i).gridCol()) return false;
        }
        return true;
    }

    private static Row mergeCells(Row top, Row rest) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < top.cells().size(); i++) {
            Cell a = top.cells().get(i), b = rest.cells().get(i);
            StringBuilder sb = new StringBuilder(a.text());
            CellText.append(sb, b.text());
            cells.add(new Cell(sb.toString(), a.gridCol(), a.colSpan(), a.bold() && (b.bold() || b.isBlank()), null,
                    leastSure(a.ocrConfidence(), b.ocrConfidence())));
        }
        // what the reader was unsure of in either part (a row read by OCR) holds for the whole row
        java.util.Set<vn.cchc.vocabulary.Flag> flags = new java.util.LinkedHashSet<>(top.flags());
        flags.addAll(rest.flags());
        return new Row(top.index(), cells, top.page(), top.headerRepeat(), List.copyOf(flags));
    }

    private static Double leastSure(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
    }

    private static List<Row> renumber(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.withIndex(out.size()));
        return out;
    }
}
