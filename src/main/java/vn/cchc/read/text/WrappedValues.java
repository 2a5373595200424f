package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Text;
import vn.cchc.vocabulary.Stt;

/**
 * Joins a value cell that a narrow value column wrapped onto the next line before the flattened rows are read:
 * "10.323." then "108" is 10.323.108, "132.92" then "8" is 132.928, not two numbers and not a row number. A wrap is
 * told by the number itself: a trailing separator, or a last digit group shorter than three that the next line's
 * digits make exactly three. A next line that could be the next row's number ("8" after row 7) is left alone, since
 * row numbers broken onto a line of their own are common in such text; so is a percentage, which has no thousands.
 */
final class WrappedValues {
    /** A line ending in a value of at least two digit groups, or one with a trailing separator after text. */
    private static final Pattern TAIL_VALUE = Pattern.compile(
            "(?:^|(?<lead>.*\\S)\\s+)(?<value>\\d{1,3}(?:[.,]\\d{3})*(?:[.,](?<last>\\d{0,2})))$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern LEADING_STT = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?(?:\\s|$)");

    private WrappedValues() {
    }

    /** The lines with each wrapped value joined onto its first line and its fragment's line left blank. */
    static List<SourceLine> join(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines);
        String lastStt = null;
        for (int i = 0; i < out.size(); i++) {
            String t = Text.cleanMarkup(out.get(i).text()).strip();
            Matcher stt = LEADING_STT.matcher(t);
            if (stt.find()) lastStt = stt.group(1);
            Matcher m = TAIL_VALUE.matcher(t);
            if (!m.matches() || t.endsWith("%")) continue;
            int next = nextFilled(out, i);
            if (next < 0) continue;
            String fragment = Text.cleanMarkup(out.get(next).text()).strip();
            if (!DIGITS.matcher(fragment).matches()) continue;
            String value = m.group("value");
            String last = m.group("last");
            boolean trailingSeparator = last.isEmpty();
            if (m.group("lead") == null && !value.substring(0, value.length() - last.length() - 1).matches(".*[.,].*")
                    && trailingSeparator) {
                continue; // "2." alone then "1": a row number broken over two lines (2.1), not a value
            }
            if (last.length() + fragment.length() != 3) continue;
            if (!trailingSeparator && couldBeRowNumber(fragment, lastStt)) continue;
            if (percentRow(m.group("lead"))) continue;
            out.set(i, new SourceLine(out.get(i).text().stripTrailing() + fragment, out.get(i).page()));
            out.set(next, new SourceLine("", out.get(next).page()));
        }
        return out;
    }

    private static int nextFilled(List<SourceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).text().isBlank()) return k;
        }
        return -1;
    }

    /** Whether a bare number may be the next row's: the first child, the next top-level or sibling number. */
    private static boolean couldBeRowNumber(String fragment, String lastStt) {
        int n = Integer.parseInt(fragment);
        if (n == 1) return true;
        if (lastStt == null || !Stt.isNumber(lastStt)) return n <= 20;
        String[] parts = lastStt.split("\\.");
        return n == Integer.parseInt(parts[0]) + 1 || n == Integer.parseInt(parts[parts.length - 1]) + 1;
    }

    /** A value after the unit "%": a rate, never over 100, so never thousands. */
    private static boolean percentRow(String lead) {
        return lead != null && lead.strip().endsWith("%");
    }
}
