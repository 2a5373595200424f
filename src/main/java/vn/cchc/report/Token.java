package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * One word of a line, kept with its folded form and its place in the line, so names can be matched on folded
 * words yet returned as printed.
 *
 * @param text   the word as printed
 * @param folded the word folded ({@link Fold})
 * @param line   index of the line the word is on
 * @param source the whole line, for recovering the punctuation between words
 */
record Token(String text, String folded, int start, int end, int line, String source) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    static List<Token> of(String s, int line) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(new Token(m.group(), Fold.fold(m.group()), m.start(), m.end(), line, s));
        return out;
    }

    /** The word lower-cased but with its diacritics: "NĂM" and "năm" are "năm", "Nam" is "nam". */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isNumber() {
        return text.chars().allMatch(Character::isDigit);
    }

    /** Every letter a capital (and at least two letters, so "Y" in "Y tế" is not taken for shouting). */
    boolean isCaps() {
        return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !isNumber();
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Text from the start of {@code first} to the end of {@code last} as printed, when both are on one line. */
    static String span(List<Token> tokens, int first, int lastInclusive) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= lastInclusive; i++) {
            Token t = tokens.get(i);
            if (i > first) {
                Token p = tokens.get(i - 1);
                String gap = p.line == t.line ? t.source.substring(p.end, t.start).strip() : "";
                sb.append(gap.isEmpty() ? " " : gap.equals(",") ? ", " : " " + gap + " ");
            }
            sb.append(t.text);
        }
        return sb.toString();
    }
}
