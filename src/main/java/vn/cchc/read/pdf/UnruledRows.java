package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Text;
import vn.cchc.vocabulary.Flag;
import vn.cchc.vocabulary.Stt;

/**
 * The body lines of a table drawn without lines, made into rows: a row number in the STT column (or a second value)
 * starts a row, anything else is wrapped text of the row above. It remembers the row numbers of the current table
 * across pages, since a page break may cut a row, or a row number, in two.
 */
final class UnruledRows {
    /** Row numbers met so far in the current table (all but the last row's): a cut-short number repeats one. */
    private final Set<String> seen = new HashSet<>();
    /** The last row's number, or null before the table's first row. */
    private String lastStt;
    private boolean firstRowContinues;

    /** A new table starts: its numbering owes nothing to the one before. */
    void newTable() {
        seen.clear();
        lastStt = null;
    }

    /** Whether the first row of the last {@link #read} is the rest of the row the page break cut. */
    boolean firstRowContinues() {
        return firstRowContinues;
    }

    /** Body lines to rows: a row number (or a second value) starts a row, anything else wraps the row above. */
    List<Row> read(List<TextLine> body, Columns cols, int page) {
        int n = cols.count();
        List<Row> rows = new ArrayList<>();
        StringBuilder[] cur = null;
        boolean[] bold = new boolean[n];
        Double[] conf = new Double[n];
        firstRowContinues = false;
        for (TextLine l : body) {
            StringBuilder[] line = new StringBuilder[n];
            boolean[] lineBold = new boolean[n];
            Double[] lineConf = new Double[n];
            for (int c = 0; c < n; c++) line[c] = new StringBuilder();
            for (TextLine p : l.phrases(Columns.GUTTER_EM)) {
                int c = cols.columnAt(p);
                CellText.append(line[c], p.text());
                lineBold[c] = p.bold();
                lineConf[c] = leastSure(lineConf[c], p);
            }
            String stt = line[cols.sttCol()].toString();
            boolean onlyStt = true;
            for (int c = 0; c < n; c++) if (c != cols.sttCol() && line[c].length() > 0) onlyStt = false;
            boolean numbered = Stt.isRowMark(stt) && !onlyStt
                    && !(cur != null && wrapsNumber(cur[cols.sttCol()].toString(), stt, line, cols));
            boolean secondValue = cur != null && bothValued(cur, line, cols) && !continuesLowerCase(line, cols);
            if (cur == null && rows.isEmpty() && lastStt != null
                    && (stt.isEmpty() || wrapsNumber(lastStt, stt, line, cols))) {
                firstRowContinues = true; // the rest of the row the page break cut
            }
            if (cur == null || numbered || secondValue) {
                if (cur != null) {
                    rows.add(toRow(rows.size(), cur, bold, conf, page));
                    seen.add(Stt.canonical(cur[cols.sttCol()].toString()));
                }
                cur = line;
                bold = lineBold;
                conf = lineConf;
            } else {
                for (int c = 0; c < n; c++) {
                    CellText.append(cur[c], line[c].toString());
                    conf[c] = min(conf[c], lineConf[c]);
                }
            }
        }
        if (cur != null) {
            rows.add(toRow(rows.size(), cur, bold, conf, page));
            // not added to seen: seen holds the numbers before the last row, which tell a cut-short number
            lastStt = firstRowContinues && rows.size() == 1 ? lastStt + cur[cols.sttCol()] : cur[cols.sttCol()].toString();
        }
        return rows;
    }

    /**
     * "2.2." then "1." on the next line, with no value: the row number "2.2.1." wrapped in a narrow column, not a
     * new row "1.".
     */
    private boolean wrapsNumber(String current, String next, StringBuilder[] line, Columns cols) {
        if (!Stt.mayContinue(current, next)) return false;
        if (hasValue(line, cols)) return false;
        // "2.2." already numbered a row above, so this one is cut short; else a lower-case start says the same
        return seen.contains(Stt.canonical(current)) || continuesLowerCase(line, cols);
    }

    /**
     * Whether a line has a value: text in the value column, or, when the header named none (its words garbled or
     * run together), a number in a column past the row number's.
     */
    private static boolean hasValue(StringBuilder[] line, Columns cols) {
        if (cols.valueCol() >= 0) return line[cols.valueCol()].length() > 0;
        for (int c = 0; c < line.length; c++) if (c != cols.sttCol() && NUMBER.matcher(line[c]).matches()) return true;
        return false;
    }

    /**
     * Whether the row so far and the next line both have a value (in the value column, or when the header named none,
     * a number in the same column), the line also other text: a second row, whose value must not join the first's.
     */
    private static boolean bothValued(StringBuilder[] cur, StringBuilder[] line, Columns cols) {
        if (cols.valueCol() >= 0) {
            return line[cols.valueCol()].length() > 0 && cur[cols.valueCol()].length() > 0
                    && hasTextBesides(line, cols.valueCol());
        }
        for (int c = 0; c < line.length; c++) {
            if (c != cols.sttCol() && NUMBER.matcher(line[c]).matches() && NUMBER.matcher(cur[c]).matches()
                    && hasTextBesides(line, c)) return true;
        }
        return false;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*%?");

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

    /**
     * A row of cells; a row with words read by OCR says so ({@link Flag#OCR}) and each cell carries the confidence of
     * its least sure word, as a cell of a ruled scan does, so the table stage can tell a value it cannot trust.
     */
    private static Row toRow(int index, StringBuilder[] texts, boolean[] bold, Double[] conf, int page) {
        List<Cell> cells = new ArrayList<>();
        boolean ocr = false;
        for (int c = 0; c < texts.length; c++) {
            cells.add(new Cell(Text.clean(texts[c].toString()), c, 1, bold[c] && texts[c].length() > 0, null, conf[c]));
            ocr |= conf[c] != null;
        }
        return new Row(index, cells, page, false, ocr ? List.of(Flag.OCR) : List.of());
    }

    /** The least confidence among the OCR'd words of a run and {@code sofar}; null when none was OCR'd. */
    private static Double leastSure(Double sofar, TextLine run) {
        Double m = sofar;
        for (Glyph g : run.glyphs()) m = min(m, g.ocrConfidence());
        return m;
    }

    private static Double min(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
    }
}
