package vn.cchc.read.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.cchc.fuzz.Contract;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.table.StatTable;
import vn.cchc.table.StatisticsTables;
import vn.cchc.text.Fold;
import vn.cchc.vocabulary.Flag;

/**
 * Fuzzes the text reader (tab-separated tables, Markdown pipe tables, tables flattened into lines) and the table stage
 * after it. The contract: a file either reads or fails with a one-line reason; a row of a tab or pipe table is one
 * source line, its cells that line's cells, rows in line order; a row rebuilt from flattened lines has its value from
 * its own lines (between its label and the next row's label), never from another row's. Seeds: excerpts of the sample
 * reports in {@code TextReaderFuzzTestInputs/read}.
 */
class TextReaderFuzzTest {
    private static final TextReader READER = new TextReader();
    private static final StatisticsTables TABLES = new StatisticsTables();

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) throws IOException {
        Document doc;
        try {
            doc = READER.read(new ByteArrayInputStream(data));
        } catch (ReadException e) {
            Contract.oneLineReason(e.getMessage());
            return;
        }
        for (String w : doc.warnings()) Contract.oneLineReason(w);
        List<StatTable> stats = TABLES.find(doc);
        String text = utf8(data);
        // another encoding, or legacy code points converted: the lines are not the bytes' lines
        if (text == null || doc.warnings().stream().anyMatch(w -> w.startsWith("text converted"))) return;
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        for (Table t : doc.tables()) {
            if (t.knownColumns().isPresent()) flattenedRowsKeepTheirValues(t, lines);
            else rowsAreLines(t, lines);
        }
        for (StatTable st : stats) {
            for (var r : st.rows()) {
                Row source = doc.tables().stream().filter(t -> t.index() == r.table()).findFirst().orElseThrow()
                        .rows().stream().filter(x -> x.index() == r.row()).findFirst().orElseThrow();
                if (!r.valueRaw().isEmpty() && source.cells().stream().noneMatch(c -> Text.cleanMarkup(c.text()).equals(r.valueRaw()))) {
                    throw new AssertionError("value " + r.valueRaw() + " of row " + r.row() + " is not a cell of it: " + source);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theChecksCatchAValueFromAnotherRow() {
        List<String> lines = List.of("STT\tChỉ tiêu\tĐơn vị tính\tSố liệu", "1.\tSố văn bản ban hành\tVăn bản\t12",
                "2.\tSố cuộc kiểm tra\tCuộc\t7");
        Table ok = READER.parse(String.join("\n", lines)).tables().get(0);
        rowsAreLines(ok, lines);
        Row shifted = new Row(1, List.of(Cell.of("1.", 0), Cell.of("Số văn bản ban hành", 1), Cell.of("7", 3)), null);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> rowsAreLines(new Table(0, List.of(ok.rows().get(0), shifted), null), lines));
        List<String> flat = List.of("STT Chỉ tiêu thống kê Đơn vị tính Số liệu Ghi chú", "1. Số văn bản chỉ đạo đã ban hành",
                "Văn bản 12", "2. Số cuộc kiểm tra đã thực hiện", "Cuộc 7");
        List<Cell> first = List.of(Cell.of("1.", 0), Cell.of("Số văn bản chỉ đạo đã ban hành", 1), Cell.of("Văn bản", 2),
                Cell.of("7", 3));
        List<Cell> second = List.of(Cell.of("2.", 0), Cell.of("Số cuộc kiểm tra đã thực hiện", 1), Cell.of("Cuộc", 2),
                Cell.of("12", 3));
        Table swapped = new Table(0, List.of(new Row(1, first, null), new Row(2, second, null)), null, RecoveredTable.COLUMNS);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> flattenedRowsKeepTheirValues(swapped, flat));
        Table read = READER.parse(String.join("\n", flat)).tables().get(0);
        flattenedRowsKeepTheirValues(read, flat);
        org.junit.jupiter.api.Assertions.assertEquals("12", read.rows().get(0).textAt(3));
    }

    /** Each row of a tab or pipe table is a line of the source holding all its cells, each line read once, in order. */
    static void rowsAreLines(Table t, List<String> lines) {
        int line = -1;
        for (Row r : t.rows()) {
            int found = -1;
            for (int l = line + 1; l < lines.size() && found < 0; l++) {
                if (holdsAll(lines.get(l), r)) found = l;
            }
            if (found < 0) {
                throw new AssertionError("row " + r.index() + " of table " + t.index() + " " + texts(r)
                        + " is no line after line " + (line + 1));
            }
            line = found;
        }
    }

    private static boolean holdsAll(String line, Row r) {
        String raw = bare(line);
        String cleaned = bare(Text.cleanMarkup(line));
        for (Cell c : r.cells()) {
            String cell = bare(c.text());
            if (!cell.isEmpty() && !raw.contains(cell) && !cleaned.contains(cell)) return false;
        }
        return true;
    }

    /**
     * A flattened row's value lies in its own lines: from the line where its label starts to the line where the next
     * row's label starts. Labels are found by their first words; a row whose label the text does not show as such
     * (inherited from the row above, qualified, or joined from several lines) is not an anchor.
     */
    static void flattenedRowsKeepTheirValues(Table t, List<String> lines) {
        List<String> folded = lines.stream().map(l -> words(Text.cleanMarkup(l))).toList();
        int[] start = new int[t.rows().size()];
        int cursor = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            start[i] = -1;
            if (r.flags().contains(Flag.LABEL_FROM_ROW_ABOVE) || r.flags().contains(Flag.NO_LABEL)) continue;
            String head = firstWords(r.textAt(1), 3);
            if (head.split(" ").length < 3) continue;
            for (int l = cursor; l < folded.size(); l++) {
                if ((" " + folded.get(l) + " ").contains(" " + head + " ")) {
                    start[i] = l;
                    cursor = l;
                    break;
                }
            }
        }
        for (int i = 0; i < t.rows().size(); i++) {
            String value = t.rows().get(i).textAt(3);
            if (value.isEmpty() || start[i] < 0) continue;
            int end = lines.size();
            for (int k = i + 1; k < start.length; k++) {
                if (start[k] > start[i]) {
                    end = start[k] + 1; // a value-first row prints its value on its label's first line
                    break;
                }
            }
            boolean own = false;
            for (int l = start[i]; l < end && !own; l++) own = hasToken(Text.cleanMarkup(lines.get(l)), value);
            if (!own) {
                throw new AssertionError("value " + value + " of flattened row " + texts(t.rows().get(i))
                        + " is not in its lines " + (start[i] + 1) + ".." + end);
            }
        }
    }

    private static boolean hasToken(String line, String value) {
        int at = line.indexOf(value);
        while (at >= 0) {
            boolean left = at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1));
            int after = at + value.length();
            boolean right = after >= line.length() || !Character.isLetterOrDigit(line.charAt(after));
            if (left && right) return true;
            at = line.indexOf(value, at + 1);
        }
        return false;
    }

    private static String words(String s) {
        return Fold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String firstWords(String s, int n) {
        String[] w = words(s).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    /** Letters and digits only, NFKC: what survives markup removal, cleaning and the splitting into cells. */
    static String bare(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    /** The text when the bytes are strict UTF-8 (a byte-order mark dropped), else null. */
    private static String utf8(byte[] data) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
