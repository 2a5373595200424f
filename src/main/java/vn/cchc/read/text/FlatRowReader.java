package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Text;
import vn.cchc.text.Fold;

/**
 * Reads the chunks of a flattened table into rows. In a chunk the numbered row's label runs until a unit followed
 * by a value (or, failing that, a value alone on a line); trailing text on the value's line is the note. More units
 * with values in the same chunk are rows without a number (sub-rows); lines between one row's value and the next
 * row's unit are the first row's note or the next row's label, told apart by the repeated header (a page break
 * starts a label) and by width (a wrapped label line fills the label column, a note line is narrow).
 */
final class FlatRowReader {
    /** A unit written alone before its value on a line of its own, to learn units the lexicon lacks ("PAKN 0"). */
    private static final Pattern UNIT_VALUE_LINE = Pattern.compile(
            "^(?<unit>\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,2})\\s+(?<value>" + UnitLexicon.VALUE + ")$");
    /** "Năm 2024" is a date, not a unit and its value. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Set<String> NOT_UNITS = Set.of("nam", "thang", "quy", "ngay", "ky", "giai doan", "tu nam", "den nam");
    private static final Pattern BULLET = Pattern.compile("^[-+*•–]\\s*");
    private static final Pattern TRAILING_VALUE = Pattern.compile("^(?<label>.*\\p{L}\\S*)\\s+(?<value>\\d+(?:[.,]\\d+)*)$");

    /** A recovered row: cells as strings, and what was uncertain. */
    record FlatRow(String stt, String label, String unit, String value, String note, Integer page, List<String> flags) {
        FlatRow {
            flags = List.copyOf(flags);
        }
    }

    private final UnitLexicon givenLexicon;
    private UnitLexicon lexicon;
    /** Lines at least this wide are taken to be wrapped label lines. */
    private int wrapWidth;
    /**
     * Whether the text was read line by line across the columns (a PDF text layer in reading order): a row's first
     * line then holds its label's first line, unit and value, and the label's other lines follow it. Otherwise a
     * label's lines all come before its unit and value (the usual PDF-to-text output).
     */
    private boolean valueFirst;

    FlatRowReader(UnitLexicon lexicon) {
        this.givenLexicon = lexicon;
    }

    List<FlatRow> read(List<FlatChunk> chunks) {
        lexicon = givenLexicon.with(learnUnits(chunks));
        wrapWidth = wrapWidth(chunks);
        valueFirst = isValueFirst(chunks);
        List<Draft> drafts = new ArrayList<>();
        for (FlatChunk c : chunks) readChunk(c, drafts);
        return drafts.stream().map(Draft::toRow).toList();
    }

    /**
     * Units the lexicon lacks but the table itself shows: a short capitalised phrase written before a value on a
     * line of its own, and seen before a value at least twice. "PAKN 0" alone and "Số PAKN đã giải quyết xong PAKN 0"
     * teach "PAKN"; a one-off "Đã thực hiện 0" teaches nothing.
     */
    private Set<String> learnUnits(List<FlatChunk> chunks) {
        Set<String> candidates = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (FlatChunk c : chunks) {
            for (FlatChunk.Piece p : c.pieces) {
                texts.add(p.text());
                Matcher m = UNIT_VALUE_LINE.matcher(p.text());
                if (m.matches() && givenLexicon.findTail(p.text(), 0).isEmpty() && !YEAR.matcher(m.group("value")).matches()
                        && !NOT_UNITS.contains(Fold.fold(m.group("unit")))) {
                    candidates.add(Text.clean(m.group("unit")));
                }
            }
        }
        Set<String> learned = new LinkedHashSet<>();
        for (String unit : candidates) {
            Pattern before = Pattern.compile("(?:^|\\s)" + Pattern.quote(unit) + "\\s+" + UnitLexicon.VALUE + "$");
            long seen = texts.stream().filter(t -> before.matcher(t).find()).count();
            if (seen >= 2) learned.add(unit);
        }
        return learned;
    }

    /** A little over half the width of the widest lines: the label column's wrapped lines reach it, notes do not. */
    private static int wrapWidth(List<FlatChunk> chunks) {
        int[] widths = chunks.stream().flatMap(c -> c.pieces.stream()).mapToInt(FlatChunk.Piece::width).sorted().toArray();
        if (widths.length == 0) return 30;
        int p90 = widths[Math.min(widths.length - 1, (int) Math.floor(widths.length * 0.9))];
        return Math.max(15, (int) Math.round(p90 * 0.55));
    }

    /** A row being built; the label may still be qualified when a unit-only row follows. */
    private static final class Draft {
        final String stt;
        String label;
        String baseLabel;
        String unit;
        final String value;
        String note;
        final Integer page;
        final List<String> flags = new ArrayList<>();
        final boolean section;

        Draft(String stt, String label, String unit, String value, String note, Integer page, boolean section) {
            this.stt = stt;
            this.label = Text.clean(label);
            this.baseLabel = this.label;
            this.unit = unit;
            this.value = value;
            this.note = Text.clean(note);
            this.page = page;
            this.section = section;
        }

        void setUnit(String newUnit) {
            unit = Text.clean(newUnit);
        }

        void addNote(String more) {
            String m = Text.clean(more);
            if (!m.isEmpty()) note = note.isEmpty() ? m : note + " " + m;
        }

        FlatRow toRow() {
            return new FlatRow(stt, label, unit, value, note, page, flags);
        }
    }

    private void readChunk(FlatChunk chunk, List<Draft> out) {
        List<FlatChunk.Piece> pieces = chunk.pieces.stream().filter(p -> !p.text().isBlank()).toList();
        Integer page = chunk.pieces.isEmpty() ? null : chunk.pieces.get(0).page();
        if (chunk.roman) {
            // the title: lines in capitals, or for a title in ordinary case its first line and the lines continuing it
            StringBuilder title = new StringBuilder();
            int i = 0;
            boolean capitals = !pieces.isEmpty() && FlattenedTableRecovery.isUpperCase(pieces.get(0).text());
            while (i < pieces.size() && !lexicon.startsWithUnit(pieces.get(i).text())
                    && (capitals ? FlattenedTableRecovery.isUpperCase(pieces.get(i).text())
                    : i == 0 || Character.isLowerCase(pieces.get(i).text().codePointAt(0)))) {
                title.append(' ').append(pieces.get(i).text());
                i++;
            }
            out.add(new Draft(chunk.stt, title.toString(), "", "", "", page, true));
            if (i < pieces.size()) readContent(pieces.subList(i, pieces.size()), "", out);
            return;
        }
        if (pieces.isEmpty()) {
            if (!chunk.stt.isEmpty()) {
                Draft d = new Draft(chunk.stt, "", "", "", "", page, false);
                d.flags.add("no_label");
                out.add(d);
            }
            return;
        }
        readContent(pieces, chunk.stt, out);
    }

    /** The lines of one chunk joined with newlines, with where each line starts. */
    private static final class Joined {
        final List<FlatChunk.Piece> pieces;
        final String text;
        final int[] starts;

        Joined(List<FlatChunk.Piece> pieces) {
            this.pieces = pieces;
            StringBuilder b = new StringBuilder();
            starts = new int[pieces.size() + 1];
            for (int i = 0; i < pieces.size(); i++) {
                starts[i] = b.length();
                b.append(pieces.get(i).text()).append('\n');
            }
            starts[pieces.size()] = b.length();
            text = b.toString();
        }

        int lineOf(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? Math.min(i, pieces.size() - 1) : -i - 2;
        }

        /** Text of lines [from, to), joined by spaces. */
        String lines(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) b.append(pieces.get(i).text()).append(' ');
            return b.toString().strip();
        }

        /** The rest of a line after an offset in it. */
        String restOfLine(int offset) {
            int line = lineOf(offset);
            return text.substring(offset, starts[line + 1]).strip();
        }
    }

    /** Most numbered rows have their value on the first line and their label continued below it. */
    private boolean isValueFirst(List<FlatChunk> chunks) {
        int valueFirstRows = 0;
        int labelFirstRows = 0;
        for (FlatChunk c : chunks) {
            List<FlatChunk.Piece> ps = c.pieces.stream().filter(p -> !p.text().isBlank()).toList();
            if (c.roman || c.stt.isEmpty() || ps.size() < 2) continue;
            String first = ps.get(0).text();
            boolean onFirst = lexicon.findTail(first, 0).isPresent() || lexicon.findSplitTail(first).isPresent();
            if (onFirst && continuesLabel(ps.get(1).text())) {
                valueFirstRows++;
            } else if (!onFirst && lexicon.findTail(new Joined(ps).text, 0).isPresent()) {
                labelFirstRows++;
            }
        }
        return valueFirstRows > labelFirstRows;
    }

    /** A line that can only continue the line above: it starts with a lower-case word or an opening bracket. */
    private static boolean continuesLabel(String s) {
        return !s.isEmpty() && (Character.isLowerCase(s.codePointAt(0)) || s.charAt(0) == '(');
    }

    private static boolean startsUpperCase(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /**
     * Rows of a table read line by line across its columns: a line with a unit and value opens a row (the first
     * line opens the numbered one), and the lines below it continue its label, its unit (the words a narrow unit
     * column pushed down) and its note, which the text no longer tells apart: with a note on the first line, the
     * rest goes to the note and the row is flagged.
     */
    private void readValueFirst(List<FlatChunk.Piece> pieces, String stt, List<Draft> out) {
        Draft current = null;
        String unitRest = null;
        String answerSeparator = " ";
        for (int i = 0; i < pieces.size(); i++) {
            String text = pieces.get(i).text();
            UnitLexicon.Tail tail = lexicon.findTail(text, 0).orElse(null);
            if (current == null || tail != null) {
                String unit = null;
                unitRest = null;
                if (tail == null) {
                    UnitLexicon.SplitTail split = lexicon.findSplitTail(text).orElse(null);
                    if (split != null && restFollows(pieces, i + 1, split.rest())) {
                        tail = split.tail();
                        unitRest = split.rest();
                    }
                }
                if (tail != null) {
                    unit = tail.unit();
                    answerSeparator = text.startsWith(";", tail.unitEnd()) ? "; " : " ";
                    current = new Draft(current == null ? stt : "", text.substring(0, tail.unitStart()), unit, tail.value(),
                            text.substring(tail.valueEnd()), pieces.get(i).page(), false);
                } else {
                    current = rowWithTrailingValue(pieces, i, stt);
                }
                out.add(current);
                continue;
            }
            if (unitRest != null) {
                String without = removeWords(text, unitRest);
                if (!without.equals(text)) {
                    text = without;
                    unitRest = null;
                }
            }
            if (current.unit.contains("=")) {
                if (text.strip().endsWith("=") && i + 1 < pieces.size() && pieces.get(i + 1).text().matches("\\d{1,2}\\b.*")) {
                    // "Không =" / "0": the answer's code went to the next line
                    String next = pieces.get(i + 1).text();
                    text = text + " " + next.substring(0, next.indexOf(' ') < 0 ? next.length() : next.indexOf(' '));
                    pieces = withText(pieces, i + 1, next.indexOf(' ') < 0 ? "" : next.substring(next.indexOf(' ') + 1));
                }
                Matcher m = UnitLexicon.CODE_ANSWER.matcher(text);
                StringBuilder answers = new StringBuilder();
                while (m.find()) answers.append(answers.length() == 0 ? answerSeparator : " ").append(Text.clean(m.group()));
                if (answers.length() > 0) {
                    current.setUnit(current.unit + answers);
                    answerSeparator = " ";
                    text = UnitLexicon.CODE_ANSWER.matcher(text).replaceAll(" ");
                }
            }
            text = text.replaceFirst("^\\.\\s+", "").strip(); // the dot of a row number ("2.2.1" / ". tra")
            if (text.isEmpty()) continue;
            if (current.note.isEmpty()) {
                current.label = Text.clean(current.label + " " + text);
            } else {
                current.addNote(text);
                if (!current.flags.contains("note_may_include_label")) current.flags.add("note_may_include_label");
            }
        }
    }

    /** A numbered row whose line ends in a number but no unit: the number is its value only if no label line follows. */
    private Draft rowWithTrailingValue(List<FlatChunk.Piece> pieces, int i, String stt) {
        String text = pieces.get(i).text();
        Matcher m = TRAILING_VALUE.matcher(text);
        boolean continued = i + 1 < pieces.size() && !startsUpperCase(pieces.get(i + 1).text());
        if (i == 0 && m.matches() && !continued && !YEAR.matcher(m.group("value")).matches()) {
            Draft d = new Draft(stt, m.group("label"), "", m.group("value"), "", pieces.get(i).page(), false);
            d.flags.add("value_without_unit");
            return d;
        }
        return new Draft(i == 0 ? stt : "", text, "", "", "", pieces.get(i).page(), false);
    }

    private static boolean restFollows(List<FlatChunk.Piece> pieces, int from, String rest) {
        for (int k = from; k < Math.min(pieces.size(), from + 2); k++) {
            if (!removeWords(pieces.get(k).text(), rest).equals(pieces.get(k).text())) return true;
        }
        return false;
    }

    /** The text without the first whole-word occurrence of {@code words}, or the text unchanged. */
    private static String removeWords(String text, String words) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? Text.clean(text.substring(0, m.start()) + " " + text.substring(m.end())) : text;
    }

    private static List<FlatChunk.Piece> withText(List<FlatChunk.Piece> pieces, int i, String text) {
        List<FlatChunk.Piece> copy = new ArrayList<>(pieces);
        FlatChunk.Piece p = copy.get(i);
        copy.set(i, new FlatChunk.Piece(text, p.width(), p.page(), p.afterHeader()));
        return copy;
    }

    private void readContent(List<FlatChunk.Piece> pieces, String stt, List<Draft> out) {
        if (valueFirst) {
            readValueFirst(pieces, stt, out);
            return;
        }
        Joined j = new Joined(pieces);
        int n = pieces.size();
        Integer page = pieces.get(0).page();

        // the numbered row: until the first unit + value, a lone value, or the end of a short unwrapped label
        UnitLexicon.Tail a = lexicon.findTail(j.text, 0).orElse(null);
        int aLine = a == null ? n : j.lineOf(a.unitStart());
        int bLine = n;
        for (int i = 0; i < aLine; i++) {
            if (isValueLine(pieces.get(i).text()) && (i + 1 == n || !lexicon.startsWithUnit(pieces.get(i + 1).text()))) {
                bLine = i;
                break;
            }
        }
        int gLine = n;
        for (int i = 0; i + 1 < Math.min(aLine, bLine); i++) {
            FlatChunk.Piece here = pieces.get(i);
            FlatChunk.Piece next = pieces.get(i + 1);
            if (here.width() < wrapWidth && opensLabel(next.text()) && !next.afterHeader()) {
                gLine = i;
                break;
            }
        }
        Draft first;
        int cursor;
        if (a != null && aLine <= bLine && aLine <= gLine) {
            first = new Draft(stt, j.text.substring(0, a.unitStart()), a.unit(), a.value(), j.restOfLine(a.valueEnd()), page, false);
            cursor = j.lineOf(a.valueStart()) + 1;
        } else if (bLine < n && bLine <= gLine) {
            first = new Draft(stt, j.lines(0, bLine), "", pieces.get(bLine).text(), "", page, false);
            first.flags.add("value_without_unit");
            cursor = bLine + 1;
        } else if (gLine < n) {
            // a short label that did not wrap, followed by a new capitalised label: a heading row without a value
            first = new Draft(stt, j.lines(0, gLine + 1), "", "", "", page, false);
            cursor = gLine + 1;
        } else if (n == 1 && TRAILING_VALUE.matcher(pieces.get(0).text()).matches()) {
            // "2. Kiểm tra, xử lý VBQPPL 11" alone: a heading row with its total and no unit
            first = rowWithTrailingValue(pieces, 0, stt);
            cursor = n;
        } else {
            int u = 1;
            while (u < n && !lexicon.isUnitOnly(pieces.get(u).text())) u++;
            if (u < n) {
                first = new Draft(stt, j.lines(0, u), Text.clean(pieces.get(u).text()), "", j.lines(u + 1, n), page, false);
            } else {
                first = new Draft(stt, j.lines(0, n), "", "", "", page, false);
            }
            cursor = n;
        }
        out.add(first);
        Draft last = first;

        // rows without a number under it, each ending in a unit + value
        while (cursor < n) {
            UnitLexicon.Tail t = lexicon.findTail(j.text, j.starts[cursor]).orElse(null);
            if (t == null) break;
            int tailLine = j.lineOf(t.unitStart());
            String prefix = j.text.substring(j.starts[tailLine], t.unitStart()).strip();
            Split split = splitNoteFromLabel(pieces.subList(cursor, tailLine), pieces.get(tailLine).afterHeader(), prefix);
            last.addNote(j.lines(cursor, cursor + split.at()));
            String label = (j.lines(cursor + split.at(), tailLine) + " " + prefix).strip();
            Draft d = new Draft("", label, t.unit(), t.value(), j.restOfLine(t.valueEnd()),
                    pieces.get(cursor + split.at() < tailLine ? cursor + split.at() : tailLine).page(), false);
            if (split.guessed()) d.flags.add("label_start_guessed");
            if (d.label.isEmpty()) inheritLabel(d, last);
            out.add(d);
            last = d;
            cursor = j.lineOf(t.valueStart()) + 1;
        }
        if (cursor < n) last.addNote(j.lines(cursor, n));
    }

    /**
     * Where, among the lines between a row's value and the next unit, the previous row's note ends and the next
     * row's label begins.
     *
     * @param at      index of the first label line ({@code lines.size()}: all note)
     * @param guessed whether only line widths decided it
     */
    private record Split(int at, boolean guessed) {
    }

    private Split splitNoteFromLabel(List<FlatChunk.Piece> lines, boolean tailAfterHeader, String prefix) {
        if (lines.isEmpty()) return new Split(0, false);
        if (tailAfterHeader) return new Split(lines.size(), false);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).afterHeader()) return new Split(i, false); // a page break: the note stayed on the page before
        }
        for (int i = 0; i < lines.size(); i++) {
            FlatChunk.Piece p = lines.get(i);
            // a wrapped line opens a label, even a bulleted one ("- Số hồ sơ ..."); short bulleted lines are notes
            if ((opensLabel(p.text()) || opensLabel(BULLET.matcher(p.text()).replaceFirst(""))) && p.width() >= wrapWidth) {
                return new Split(i, i > 0);
            }
        }
        if (!prefix.isEmpty()) return new Split(lines.size(), false); // the label is on the unit's own line
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (opensLabel(lines.get(i).text())) return new Split(i, true);
        }
        return new Split(lines.size(), false);
    }

    /**
     * A row that is only a unit and a value ("NV Tỉnh giao 0") shares the label of the row above, whose cell was
     * merged over both; the units tell the two apart, so both labels name their unit.
     */
    private static void inheritLabel(Draft d, Draft above) {
        if (above == null || above.section || above.baseLabel.isEmpty()) {
            d.flags.add("no_label");
            return;
        }
        d.flags.add("label_from_row_above");
        d.baseLabel = above.baseLabel;
        if (above.unit.isEmpty() || above.unit.equals(d.unit)) {
            d.label = above.baseLabel;
            return;
        }
        if (above.label.equals(above.baseLabel)) above.label = above.baseLabel + " (" + above.unit + ")";
        d.label = above.baseLabel + " (" + d.unit + ")";
    }

    /** A capitalised line that is not a unit, a value or a bullet: the first line of a label. */
    private boolean opensLabel(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.codePointAt(0)) && !BULLET.matcher(line).find()
                && !lexicon.startsWithUnit(line) && !isValueLine(line);
    }

    private static boolean isValueLine(String line) {
        return UnitLexicon.VALUE_LINE.matcher(line.strip()).matches();
    }
}
