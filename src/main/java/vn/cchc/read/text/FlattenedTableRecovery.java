package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Text;
import vn.cchc.text.Fold;
import vn.cchc.vocabulary.FlattenedHeader;
import vn.cchc.vocabulary.PageNumbers;
import vn.cchc.vocabulary.Stt;

/**
 * Rebuilds statistics tables from flattened text: what a PDF-to-text tool or a copy-and-paste leaves of a table,
 * each cell's text on lines of its own, a label wrapped over several lines with its unit and value after it, row
 * numbers broken ("2." / "1" is 2.1), the header repeated where pages broke.
 *
 * <p>Works on a list of {@link SourceLine}s so any reader can use it: the text reader for plain text, a PDF reader for
 * a page whose table has no usable geometry. A table starts at a flattened header ({@link FlattenedHeader}); each row
 * number ({@link FlatRowStarts}) opens a chunk of lines ({@link FlatChunk}) that {@link FlatRowReader} reads into
 * rows; the table ends at the signature block, the next appendix title or the end of the lines. The rows come out as
 * ordinary model rows whose column roles the table says ({@link RecoveredTable#COLUMNS}): the header was recognised
 * here, so the table stage does not look for one again.
 */
public final class FlattenedTableRecovery {
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2}|[A-E])\\)?$");
    private static final Pattern COLUMN_NUMBERS_LINE = Pattern.compile("^(?:\\(?(?:\\d{1,2}|[A-E])\\)?\\s+){2,}\\(?\\d{1,2}\\)?$");
    private static final int COLUMN_ORDER_RUN = 5;
    private static final Pattern ENDS_IN_VALUE = Pattern.compile("\\s" + UnitLexicon.VALUE + "$");
    /** Lines that end a table: the signature block, a new appendix. */
    private static final List<String> STOP_PREFIXES = List.of("noi nhan", "tm ", "kt ", "phu luc", "bieu mau", "bieu so");
    /** Signers' titles end a table only in capitals, since a label may start "Thủ trưởng ...". */
    private static final List<String> SIGNATURE_TITLES = List.of("nguoi lap bieu", "thu truong", "chu tich", "giam doc",
            "pho chu tich", "pho giam doc");

    private final UnitLexicon lexicon;

    public FlattenedTableRecovery() {
        this(UnitLexicon.standard());
    }

    /** @param lexicon the units that end a label; pass the catalogue's units here once it exists */
    public FlattenedTableRecovery(UnitLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A non-blank line with its position in the caller's list. */
    private record Item(String text, int line, Integer page) {
    }

    /**
     * What the recovery found.
     *
     * @param tables   the tables, in order; empty when there is no flattened statistics header
     * @param warnings tables seen but not read, with why
     */
    public record Result(List<RecoveredTable> tables, List<String> warnings) {
        public Result {
            tables = List.copyOf(tables);
            warnings = List.copyOf(warnings);
        }
    }

    /** The tables found in {@code lines}, in order; empty when there is no flattened statistics header. */
    public List<RecoveredTable> recover(List<SourceLine> lines) {
        return recoverWithWarnings(lines).tables();
    }

    /** As {@link #recover}, with warnings for tables that were found but could not be read. */
    public Result recoverWithWarnings(List<SourceLine> given) {
        List<SourceLine> lines = WrappedValues.join(given); // "10.323." then "108": one value, before anything else
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = Text.cleanMarkup(lines.get(i).text());
            if (!t.isEmpty()) items.add(new Item(t, i, lines.get(i).page()));
        }
        List<RecoveredTable> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int k = 0;
        while (k < items.size()) {
            int headerEnd = headerEnd(items, k);
            if (headerEnd < 0) {
                k++;
                continue;
            }
            int start = k;
            List<FlatChunk> chunks = new ArrayList<>();
            int end = segment(items, headerEnd, chunks);
            // the number column may also have come out whole just above the header
            int before = bareRun(items, Math.max(0, start - COLUMN_ORDER_RUN * 4), start);
            if (Math.max(before, bareRun(items, headerEnd, end)) >= COLUMN_ORDER_RUN) {
                warnings.add("table at line " + (items.get(start).line() + 1) + " not read: its text runs column by column"
                        + " (labels, then units and values), so rows cannot be paired with their values");
                k = Math.max(end, headerEnd);
                continue;
            }
            List<Row> rows = toRows(new FlatRowReader(lexicon).read(chunks));
            if (!rows.isEmpty()) {
                out.add(new RecoveredTable(items.get(start).line(), items.get(end - 1).line() + 1, rows, items.get(start).page()));
            }
            k = Math.max(end, headerEnd);
        }
        return new Result(out, warnings);
    }

    /**
     * The longest run of lines that are only a number, a value or a unit. Read row by row, a table has at most a
     * broken row number and a value in a row; a run of five means the text went down each column in turn.
     */
    private int bareRun(List<Item> items, int from, int to) {
        int best = 0;
        int run = 0;
        for (int k = from; k < to; k++) {
            String t = items.get(k).text();
            boolean bare = t.equals(".") || UnitLexicon.VALUE_LINE.matcher(t).matches() || Stt.isNumber(t)
                    || lexicon.isUnitOnly(t);
            run = bare ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** End (exclusive) of a flattened header starting at item {@code k}, or -1 when none starts there. */
    private static int headerEnd(List<Item> items, int k) {
        int j = k;
        while (j < items.size() && FlattenedHeader.isHeaderLine(items.get(j).text())) j++;
        if (j == k) return -1;
        List<String> texts = items.subList(k, j).stream().map(Item::text).toList();
        if (!FlattenedHeader.namesStatisticsColumns(texts)) return -1;
        return j + columnNumbering(items, j);
    }

    /**
     * How many lines at {@code j} number the header's columns ("(1) (2) (3) (4) (5)" on one line, or "A", "B", "1",
     * "2", "3" one per line), which must not be taken for row numbers or values.
     */
    private static int columnNumbering(List<Item> items, int j) {
        if (j < items.size() && COLUMN_NUMBERS_LINE.matcher(items.get(j).text()).matches()) return 1;
        int n = 0;
        int expected = 1;
        while (j + n < items.size()) {
            Matcher m = COLUMN_NUMBER.matcher(items.get(j + n).text());
            if (!m.matches()) break;
            String c = m.group(1);
            if (Character.isDigit(c.charAt(0))) {
                if (Integer.parseInt(c) != expected) break;
                expected++;
            } else if (expected > 1) {
                break; // letters only before the numbers
            }
            n++;
        }
        return expected > 3 ? n : 0;
    }

    /**
     * Splits the table's lines into chunks at row numbers, from {@code from} to where the table ends.
     *
     * @return the index of the first item after the table
     */
    private int segment(List<Item> items, int from, List<FlatChunk> chunks) {
        FlatRowStarts starts = new FlatRowStarts(lexicon);
        FlatChunk current = null;
        boolean afterHeader = false;
        int k = from;
        while (k < items.size()) {
            Item it = items.get(k);
            if (isStop(it.text())) break;
            int repeatEnd = headerEnd(items, k);
            if (repeatEnd > 0) {
                afterHeader = true; // the header repeated at a page break
                k = repeatEnd;
                continue;
            }
            if (isPageNumber(items, k)) {
                k++;
                continue;
            }
            FlatRowStarts.Start s = starts.at(it.text(), k + 1 < items.size() ? items.get(k + 1).text() : null);
            if (s != null) {
                current = new FlatChunk(s.stt(), s.roman());
                chunks.add(current);
                current.pieces.add(new FlatChunk.Piece(s.rest(), it.text().length(), it.page(), afterHeader));
                afterHeader = false;
                k += s.lines();
                continue;
            }
            if (current == null) {
                current = new FlatChunk("", false);
                chunks.add(current);
            }
            current.pieces.add(new FlatChunk.Piece(it.text(), it.text().length(), it.page(), afterHeader));
            afterHeader = false;
            k++;
        }
        return k;
    }

    /**
     * A page number printed at the top of a page: a lone small number opening a new page, or one just before the
     * repeated header when the row above already ended in its value.
     */
    private static boolean isPageNumber(List<Item> items, int k) {
        if (k == 0 || !PageNumbers.is(items.get(k).text())) return false;
        Item prev = items.get(k - 1);
        Integer page = items.get(k).page();
        if (page != null && prev.page() != null && !page.equals(prev.page())) return true;
        return headerEnd(items, k + 1) > 0 && ENDS_IN_VALUE.matcher(prev.text()).find();
    }

    private static boolean isStop(String text) {
        String f = Fold.fold(text) + " ";
        return STOP_PREFIXES.stream().anyMatch(f::startsWith)
                || isUpperCase(text) && SIGNATURE_TITLES.stream().anyMatch(f::startsWith);
    }

    /** Mostly capital letters: a section title ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH"). */
    static boolean isUpperCase(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 3 && upper >= letters * 0.8;
    }

    /**
     * The recovered rows at the columns of {@link RecoveredTable#COLUMNS}. Their indexes start at 1: the table's
     * header, which the text had but which is not kept as a row, is row 0, as in a table read with its header.
     */
    private static List<Row> toRows(List<FlatRowReader.FlatRow> flat) {
        List<Row> rows = new ArrayList<>();
        for (FlatRowReader.FlatRow r : flat) {
            List<Cell> cells = List.of(Cell.of(r.stt(), 0), Cell.of(r.label(), 1), Cell.of(r.unit(), 2),
                    Cell.of(r.value(), 3), Cell.of(r.note(), 4));
            rows.add(new Row(rows.size() + 1, cells, r.page(), false, r.flags()));
        }
        return rows;
    }

    /** Convenience for tests and callers holding a whole text: its lines, without pages. */
    static List<SourceLine> linesOf(String text) {
        List<SourceLine> out = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) out.add(new SourceLine(l, null));
        return out;
    }
}
