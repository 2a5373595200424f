package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Text;
import vn.cchc.text.Fold;

/**
 * Rebuilds statistics tables from flattened text: what a PDF-to-text tool or a copy-and-paste leaves of a table,
 * each cell's text on lines of its own, a label wrapped over several lines with its unit and value after it, row
 * numbers broken ("2." / "1" is 2.1), the header repeated where pages broke.
 *
 * <p>Works on a list of {@link SourceLine}s so any reader can use it: the text reader for plain text, a PDF reader for
 * a page whose table has no usable geometry. A table starts at a flattened header ({@link FlattenedHeader}); each row
 * number opens a chunk of lines ({@link FlatChunk}) that {@link FlatRowReader} reads into rows; the table ends at the
 * signature block, the next appendix title or the end of the lines. The rows come out as ordinary model rows under a
 * synthesized header (STT, label, unit, value, note), so the table stage reads them like any other table.
 */
public final class FlattenedTableRecovery {
    private static final Pattern ROMAN = Pattern.compile("^(?<n>X{0,3}(?:IX|IV|V?I{1,3}|V|X))\\.?(?:\\s+(?<rest>.*))?$");
    /** "2.1 Label", "3.3.1", "2." — a number with at least one inner dot, or ending in one. */
    private static final Pattern DECIMAL = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?:\\s+(?<rest>.*))?$");
    private static final Pattern INTEGER = Pattern.compile("^(?<n>\\d{1,2})\\.?(?:\\s+(?<rest>.*))?$");
    /** The first half of a number broken at its dot: "2." or "3.3." alone on a line. */
    private static final Pattern BROKEN_HEAD = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.$");
    private static final Pattern DOT_TAIL = Pattern.compile("^\\.(?<n>\\d{1,2})(?:\\s+(?<rest>.*))?$");
    private static final Pattern BROKEN_TAIL = Pattern.compile("^(?<n>\\d{1,2})(?:\\s+(?<rest>.*))?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2}|[A-E])\\)?$");
    private static final Pattern COLUMN_NUMBERS_LINE = Pattern.compile("^(?:\\(?(?:\\d{1,2}|[A-E])\\)?\\s+){2,}\\(?\\d{1,2}\\)?$");
    private static final Pattern STT_ONLY = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?$");
    private static final int COLUMN_ORDER_RUN = 5;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
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
    public Result recoverWithWarnings(List<SourceLine> lines) {
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
            if (rows.size() > 1) {
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
            boolean bare = t.equals(".") || UnitLexicon.VALUE_LINE.matcher(t).matches() || STT_ONLY.matcher(t).matches()
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
        SttSequence seq = new SttSequence();
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
            Start s = rowStart(items, k, seq);
            if (s != null) {
                current = new FlatChunk(s.stt(), s.roman());
                chunks.add(current);
                seq.accept(s.stt(), s.roman());
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
        if (k == 0 || !PAGE_NUMBER.matcher(items.get(k).text()).matches()) return false;
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

    /** A row number at the start of an item: the number, the text after it, and how many items it took. */
    private record Start(String stt, String rest, boolean roman, int lines) {
    }

    private Start rowStart(List<Item> items, int k, SttSequence seq) {
        String text = items.get(k).text();
        String next = k + 1 < items.size() ? items.get(k + 1).text() : null;

        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            String rest = m.group("rest") == null ? "" : m.group("rest");
            boolean titled = rest.isEmpty() ? next != null && isSectionTitle(next) : isSectionTitle(rest);
            if (titled && seq.plausibleRoman(m.group("n"))) return new Start(m.group("n"), rest, true, 1);
        }
        if (next != null && text.matches("\\d{1,2}(?:\\.\\d{1,2})*") && DOT_TAIL.matcher(next).matches()) {
            Matcher t = DOT_TAIL.matcher(next);
            t.matches();
            String rest = t.group("rest") == null ? "" : t.group("rest");
            return new Start(text + "." + t.group("n"), rest, false, 2); // "2" / ".1": broken before the dot
        }
        if (BROKEN_HEAD.matcher(text).matches() && next != null) {
            Matcher t = BROKEN_TAIL.matcher(next);
            if (t.matches()) {
                String rest = t.group("rest") == null ? "" : t.group("rest");
                return new Start(text + t.group("n"), rest, false, 2);
            }
        }
        if (next != null && next.equals(".") && (DECIMAL.matcher(text).matches() || INTEGER.matcher(text).matches())
                && !text.contains(" ")) {
            return new Start(text, "", false, 2); // "2.2.1" / "." : the closing dot went to a line of its own
        }
        m = DECIMAL.matcher(text);
        if (m.matches()) {
            String rest = m.group("rest");
            if (rest != null && startsWithLetter(rest)) return new Start(m.group("n"), rest, false, 1);
            if (rest == null && next != null && opensLabel(next)) return new Start(m.group("n"), "", false, 1);
        }
        m = INTEGER.matcher(text);
        if (m.matches()) {
            int n = Integer.parseInt(m.group("n"));
            String rest = m.group("rest");
            // "2 cấp" continuing a label starts in lower case; a numbered row's label does not
            boolean labelled = rest != null && Character.isUpperCase(rest.codePointAt(0));
            if (labelled && (seq.plausibleInteger(n) || seq.isFirst())) return new Start(m.group("n"), rest, false, 1);
            if (!seq.plausibleInteger(n)) return null;
            // a lone number is a row number only when a label follows; otherwise it is the value of the row above
            if (rest == null && next != null && opensLabel(next)) return new Start(m.group("n"), "", false, 1);
        }
        return null;
    }

    /** Whether a line can open a label: it starts with a letter and is neither a unit nor a header fragment. */
    private boolean opensLabel(String line) {
        return startsWithLetter(line) && !lexicon.startsWithUnit(line) && !FlattenedHeader.isHeaderLine(line)
                && !ROMAN.matcher(line).matches();
    }

    private static boolean startsWithLetter(String s) {
        return !s.isEmpty() && Character.isLetter(s.codePointAt(0));
    }

    /** A section's title: in capitals ("CẢI CÁCH THỂ CHẾ"), or capitalised with no unit and value ("Cải cách thể chế"). */
    private boolean isSectionTitle(String s) {
        return isUpperCase(s) || !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && lexicon.findTail(s, 0).isEmpty()
                && !UnitLexicon.VALUE_LINE.matcher(s).matches();
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

    private static List<Row> toRows(List<FlatRowReader.FlatRow> flat) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, List.of(Cell.of("STT", 0), Cell.of("Chỉ tiêu", 1), Cell.of("Đơn vị tính", 2),
                Cell.of("Số liệu", 3), Cell.of("Ghi chú", 4)), flat.isEmpty() ? null : flat.get(0).page()));
        for (FlatRowReader.FlatRow r : flat) {
            List<Cell> cells = List.of(Cell.of(r.stt(), 0), Cell.of(r.label(), 1), Cell.of(r.unit(), 2),
                    Cell.of(r.value(), 3), Cell.of(r.note(), 4));
            rows.add(new Row(rows.size(), cells, r.page(), false, r.flags()));
        }
        return rows;
    }

    /**
     * Which row numbers may come next, so a lone "1" that is a value is not taken for a row number. Top-level
     * numbers rise (a skipped one is tolerated); a section (roman) row starts them again.
     */
    private static final class SttSequence {
        private int lastTop;
        private int lastRoman;
        private boolean seenAny;

        /** Before any number: a table may start mid-numbering (a continued appendix). */
        boolean isFirst() {
            return !seenAny;
        }

        boolean plausibleInteger(int n) {
            return n > lastTop && n <= lastTop + 3;
        }

        boolean plausibleRoman(String roman) {
            int n = romanValue(roman);
            return n > lastRoman && (lastRoman == 0 || n <= lastRoman + 2); // a table may start at any section
        }

        void accept(String stt, boolean roman) {
            seenAny = true;
            if (roman) {
                lastRoman = romanValue(stt);
                lastTop = 0;
                return;
            }
            // the highest top-level number so far: "5" may follow "4", "1.1".."1.5" when sub-rows restart numbering
            lastTop = Math.max(lastTop, Integer.parseInt(stt.split("\\.")[0]));
        }

        private static int romanValue(String r) {
            int total = 0;
            int prev = 0;
            for (int i = r.length() - 1; i >= 0; i--) {
                int v = switch (r.charAt(i)) {
                    case 'I' -> 1;
                    case 'V' -> 5;
                    case 'X' -> 10;
                    default -> 0;
                };
                total += v < prev ? -v : v;
                prev = Math.max(prev, v);
            }
            return total;
        }
    }

    /** Convenience for tests and callers holding a whole text: its lines, without pages. */
    static List<SourceLine> linesOf(String text) {
        List<SourceLine> out = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) out.add(new SourceLine(l, null));
        return out;
    }
}
