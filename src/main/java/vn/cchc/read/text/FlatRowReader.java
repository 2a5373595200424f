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
import vn.cchc.vocabulary.Flag;

/**
 * Reads the chunks of a flattened table into rows. In a chunk the numbered row's label runs until a unit followed
 * by a value (or, failing that, a value alone on a line); trailing text on the value's line is the note. More units
 * with values in the same chunk are rows without a number (sub-rows); lines between one row's value and the next
 * row's unit are the first row's note or the next row's label, told apart by the repeated header (a page break
 * starts a label) and by width (a wrapped label line fills the label column, a note line is narrow).
 *
 * <p>Text read across the columns instead (each row's value on its first line, the label continued below) is told
 * apart table by table and handed to {@link ValueFirstRows}. Units the lexicon lacks are learned from the table.
 */
final class FlatRowReader {
    /** A unit written alone before its value on a line of its own, to learn units the lexicon lacks ("PAKN 0"). */
    private static final Pattern UNIT_VALUE_LINE = Pattern.compile(
            "^(?<unit>\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,2})\\s+(?<value>" + UnitLexicon.VALUE + ")$");
    /** "Năm 2024" is a date, not a unit and its value. */
    static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Set<String> NOT_UNITS = Set.of("nam", "thang", "quy", "ngay", "ky", "giai doan", "tu nam", "den nam");
    private static final Pattern BULLET = Pattern.compile("^[-+*•–]\\s*");

    /** A recovered row: cells as strings, and what was uncertain. */
    record FlatRow(String stt, String label, String unit, String value, String note, Integer page, List<Flag> flags) {
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
        List<FlatDraft> drafts = new ArrayList<>();
        for (FlatChunk c : chunks) readChunk(c, drafts);
        return drafts.stream().map(FlatDraft::toRow).toList();
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
                Matcher m = unlistedUnitLine(p.text());
                if (m != null && givenLexicon.findTail(p.text(), 0).isEmpty()) candidates.add(Text.clean(m.group("unit")));
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

    /** A line that is only a short capitalised phrase and a value, the phrase not a date word: a unit and its value. */
    private static Matcher unlistedUnitLine(String text) {
        Matcher m = UNIT_VALUE_LINE.matcher(text);
        boolean unit = m.matches() && !YEAR.matcher(m.group("value")).matches() && !NOT_UNITS.contains(Fold.fold(m.group("unit")));
        return unit ? m : null;
    }

    /** A little over half the width of the widest lines: the label column's wrapped lines reach it, notes do not. */
    private static int wrapWidth(List<FlatChunk> chunks) {
        int[] widths = chunks.stream().flatMap(c -> c.pieces.stream()).mapToInt(FlatChunk.Piece::width).sorted().toArray();
        if (widths.length == 0) return 30;
        int p90 = widths[Math.min(widths.length - 1, (int) Math.floor(widths.length * 0.9))];
        return Math.max(15, (int) Math.round(p90 * 0.55));
    }

    private void readChunk(FlatChunk chunk, List<FlatDraft> out) {
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
            out.add(new FlatDraft(chunk.stt, title.toString(), "", "", "", page, true));
            if (i < pieces.size()) readContent(pieces.subList(i, pieces.size()), "", out);
            return;
        }
        if (pieces.isEmpty()) {
            if (!chunk.stt.isEmpty()) {
                FlatDraft d = new FlatDraft(chunk.stt, "", "", "", "", page, false);
                d.flag(Flag.NO_LABEL);
                out.add(d);
            }
            return;
        }
        readContent(pieces, chunk.stt, out);
    }

    /** The lines of one chunk joined with newlines, with where each line starts. */
    static final class Joined {
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

    /**
     * A table flattened with its values first can still hold a row written label first (a page of another layout, a
     * header repeated in the middle): its first line carries no unit and value, the next lines continue its label
     * (lower case, a bracket) and then one holds its unit and value. Read value-first, that value would go to the
     * lines after it; the layout is decided for the whole table and checked here for each row.
     */
    private boolean labelFirstHere(List<FlatChunk.Piece> pieces) {
        List<FlatChunk.Piece> ps = pieces.stream().filter(p -> !p.text().isBlank()).toList();
        if (ps.size() < 2) return false;
        String first = ps.get(0).text();
        if (lexicon.findTail(first, 0).isPresent() || lexicon.findSplitTail(first).isPresent()) return false;
        // only lines that continue the label lead to the value: a line opening with a capital is a sub-row of its own
        for (int i = 1; i < ps.size() && i <= 2; i++) {
            String text = ps.get(i).text();
            if (lexicon.findTail(text, 0).isPresent()) return continuesLabel(text) || lexicon.startsWithUnit(text);
            if (!continuesLabel(text)) return false;
        }
        return false;
    }

    /** A line that can only continue the line above: it starts with a lower-case word or an opening bracket. */
    private static boolean continuesLabel(String s) {
        return !s.isEmpty() && (Character.isLowerCase(s.codePointAt(0)) || s.charAt(0) == '(');
    }

    private void readContent(List<FlatChunk.Piece> pieces, String stt, List<FlatDraft> out) {
        if (valueFirst && !labelFirstHere(pieces)) {
            new ValueFirstRows(lexicon).read(pieces, stt, out);
            return;
        }
        Joined j = new Joined(pieces);
        int n = pieces.size();
        Integer page = pieces.get(0).page();

        // the numbered row: until the first unit + value, a lone value, or the end of a short unwrapped label
        UnitLexicon.Tail a = lexicon.findTail(j.text, 0).orElse(null);
        int aLine = a == null ? n : j.lineOf(a.unitStart());
        int bLine = n;
        Matcher unlisted = null;
        for (int i = 0; i < aLine; i++) {
            String text = pieces.get(i).text();
            if (isValueLine(text) && (i + 1 == n || !lexicon.startsWithUnit(pieces.get(i + 1).text()))) {
                bLine = i;
                break;
            }
            if (i >= 1 && (unlisted = unlistedUnitLine(text)) != null) {
                bLine = i; // "Buổi 2" on a line of its own after the label: a unit the lexicon lacks
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
        FlatDraft first;
        int cursor;
        if (a != null && aLine <= bLine && aLine <= gLine) {
            first = new FlatDraft(stt, j.text.substring(0, a.unitStart()), a.unit(), a.value(), j.restOfLine(a.valueEnd()), page, false);
            cursor = j.lineOf(a.valueStart()) + 1;
        } else if (bLine < n && bLine <= gLine && unlisted != null) {
            first = new FlatDraft(stt, j.lines(0, bLine), unlisted.group("unit"), unlisted.group("value"), "", page, false);
            first.flag(Flag.UNIT_NOT_IN_LIST);
            cursor = bLine + 1;
        } else if (bLine < n && bLine <= gLine) {
            first = new FlatDraft(stt, j.lines(0, bLine), "", pieces.get(bLine).text(), "", page, false);
            first.flag(Flag.VALUE_WITHOUT_UNIT);
            cursor = bLine + 1;
        } else if (gLine < n) {
            // a short label that did not wrap, followed by a new capitalised label: a heading row without a value
            first = new FlatDraft(stt, j.lines(0, gLine + 1), "", "", "", page, false);
            cursor = gLine + 1;
        } else if (n == 1 && ValueFirstRows.TRAILING_VALUE.matcher(pieces.get(0).text()).matches()) {
            // "2. Kiểm tra, xử lý VBQPPL 11" alone: a heading row with its total and no unit
            first = ValueFirstRows.rowWithTrailingValue(pieces, 0, stt);
            cursor = n;
        } else {
            int u = 1;
            while (u < n && !lexicon.isUnitOnly(pieces.get(u).text())) u++;
            if (u < n) {
                first = new FlatDraft(stt, j.lines(0, u), Text.clean(pieces.get(u).text()), "", j.lines(u + 1, n), page, false);
            } else {
                first = new FlatDraft(stt, j.lines(0, n), "", "", "", page, false);
            }
            cursor = n;
        }
        out.add(first);
        FlatDraft last = first;

        // rows without a number under it, each ending in a unit + value
        while (cursor < n) {
            UnitLexicon.Tail t = lexicon.findTail(j.text, j.starts[cursor]).orElse(null);
            if (t == null) break;
            int tailLine = j.lineOf(t.unitStart());
            String prefix = j.text.substring(j.starts[tailLine], t.unitStart()).strip();
            Split split = splitNoteFromLabel(pieces.subList(cursor, tailLine), pieces.get(tailLine).afterHeader(), prefix);
            last.addNote(j.lines(cursor, cursor + split.at()));
            String label = (j.lines(cursor + split.at(), tailLine) + " " + prefix).strip();
            FlatDraft d = new FlatDraft("", label, t.unit(), t.value(), j.restOfLine(t.valueEnd()),
                    pieces.get(cursor + split.at() < tailLine ? cursor + split.at() : tailLine).page(), false);
            if (split.guessed()) d.flag(Flag.LABEL_START_GUESSED);
            if (d.label.isEmpty()) d.inheritLabel(last);
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

    /** A capitalised line that is not a unit, a value or a bullet: the first line of a label. */
    private boolean opensLabel(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.codePointAt(0)) && !BULLET.matcher(line).find()
                && !lexicon.startsWithUnit(line) && !isValueLine(line);
    }

    private static boolean isValueLine(String line) {
        return UnitLexicon.VALUE_LINE.matcher(line.strip()).matches();
    }
}
