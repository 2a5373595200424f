package vn.cchc.read.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.vocabulary.FlattenedHeader;
import vn.cchc.vocabulary.Stt;

/**
 * Where rows start in a flattened table: a row number at the start of a line, whole ("2.1 Label") or broken over two
 * lines ("2." / "1", "2" / ".1", "2.2.1" / "."), a roman number before a section title. A lone number is a row number
 * only where the numbering so far allows one and a label follows it; otherwise it is the value of the row above.
 *
 * <p>One instance reads one table: it keeps the numbering met so far.
 */
final class FlatRowStarts {
    private static final Pattern ROMAN = Pattern.compile("^(?<n>X{0,3}(?:IX|IV|V?I{1,3}|V|X))\\.?(?:\\s+(?<rest>.*))?$");
    /** "2.1 Label", "3.3.1", "2." — a number with at least one inner dot, or ending in one. */
    private static final Pattern DECIMAL = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?:\\s+(?<rest>.*))?$");
    private static final Pattern INTEGER = Pattern.compile("^(?<n>\\d{1,2})\\.?(?:\\s+(?<rest>.*))?$");
    private static final Pattern DOT_TAIL = Pattern.compile("^\\.(?<n>\\d{1,2})(?:\\s+(?<rest>.*))?$");
    private static final Pattern BROKEN_TAIL = Pattern.compile("^(?<n>\\d{1,2})(?:\\s+(?<rest>.*))?$");

    /** A row number at the start of a line: the number, the text after it, and how many lines it took. */
    record Start(String stt, String rest, boolean roman, int lines) {
    }

    private final UnitLexicon lexicon;
    private final SttSequence seq = new SttSequence();

    FlatRowStarts(UnitLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The row number that starts at line {@code text} ({@code next} is the line after it, or null), taken as the
     * table's latest; null when the line starts no row.
     */
    Start at(String text, String next) {
        Start s = find(text, next);
        if (s != null) seq.accept(s.stt(), s.roman());
        return s;
    }

    private Start find(String text, String next) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            String rest = m.group("rest") == null ? "" : m.group("rest");
            boolean titled = rest.isEmpty() ? next != null && isSectionTitle(next) : isSectionTitle(rest);
            if (titled && seq.plausibleRoman(m.group("n"))) return new Start(m.group("n"), rest, true, 1);
        }
        if (next != null && Stt.isNumber(text) && !text.endsWith(".") && DOT_TAIL.matcher(next).matches()) {
            Matcher t = DOT_TAIL.matcher(next);
            t.matches();
            String rest = t.group("rest") == null ? "" : t.group("rest");
            return new Start(text + "." + t.group("n"), rest, false, 2); // "2" / ".1": broken before the dot
        }
        if (Stt.isOpen(text) && next != null) {
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
        return FlattenedTableRecovery.isUpperCase(s) || !s.isEmpty() && Character.isUpperCase(s.codePointAt(0))
                && lexicon.findTail(s, 0).isEmpty() && !UnitLexicon.VALUE_LINE.matcher(s).matches();
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
}
