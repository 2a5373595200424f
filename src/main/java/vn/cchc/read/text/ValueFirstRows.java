package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Text;
import vn.cchc.vocabulary.Flag;

/**
 * Rows of a flattened table whose text was read line by line across the columns (a PDF text layer in reading
 * order): a row's first line holds its label's first line, its unit (or the first words of it) and its value, and
 * the lines below continue the label, the unit and the note side by side.
 */
final class ValueFirstRows {
    /** A line ending in a number with no unit before it: "2. Kiểm tra, xử lý VBQPPL 11". */
    static final Pattern TRAILING_VALUE = Pattern.compile("^(?<label>.*\\p{L}\\S*)\\s+(?<value>\\d+(?:[.,]\\d+)*)$");

    private final UnitLexicon lexicon;

    ValueFirstRows(UnitLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Reads one chunk: a line with a unit and value opens a row (the first line opens the numbered one); the lines
     * below it continue its label, its unit (the words a narrow unit column pushed down) and its note, which the text
     * no longer tells apart: with a note on the first line, the rest goes to the note and the row is flagged.
     */
    void read(List<FlatChunk.Piece> pieces, String stt, List<FlatDraft> out) {
        FlatDraft current = null;
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
                    current = new FlatDraft(current == null ? stt : "", text.substring(0, tail.unitStart()), unit, tail.value(),
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
                current.flag(Flag.NOTE_MAY_INCLUDE_LABEL);
            }
        }
    }

    /** A numbered row whose line ends in a number but no unit: the number is its value only if no label line follows. */
    static FlatDraft rowWithTrailingValue(List<FlatChunk.Piece> pieces, int i, String stt) {
        String text = pieces.get(i).text();
        Matcher m = TRAILING_VALUE.matcher(text);
        boolean continued = i + 1 < pieces.size() && !startsUpperCase(pieces.get(i + 1).text());
        if (i == 0 && m.matches() && !continued && !FlatRowReader.YEAR.matcher(m.group("value")).matches()) {
            FlatDraft d = new FlatDraft(stt, m.group("label"), "", m.group("value"), "", pieces.get(i).page(), false);
            d.flag(Flag.VALUE_WITHOUT_UNIT);
            return d;
        }
        return new FlatDraft(i == 0 ? stt : "", text, "", "", "", pieces.get(i).page(), false);
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

    private static boolean startsUpperCase(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }
}
