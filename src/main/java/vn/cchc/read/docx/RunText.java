package vn.cchc.read.docx;

/**
 * Text gathered from runs, with whether all of it is bold.
 *
 * @param text raw text, not yet cleaned
 * @param bold true when the text has visible characters and every one of them is bold
 */
record RunText(String text, boolean bold) {
    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /**
     * Superscript digits as Unicode superscripts, so that a footnote marker typed after a word ("VBQPPL⁶") is told
     * apart from the word by the shared clean-up, as in every other format.
     */
    static String superscript(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(ch >= '0' && ch <= '9' ? SUPERSCRIPT_DIGITS.charAt(ch - '0') : ch);
        return b.toString();
    }

    /** Joins pieces: paragraphs of a cell with a space, runs of a paragraph as they are. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int boldChars;
        private int plainChars;

        void add(String s, boolean bold) {
            text.append(s);
            int visible = (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0').count();
            if (bold) boldChars += visible;
            else plainChars += visible;
        }

        /** Text that does not count for or against boldness (a list number). */
        void addNeutral(String s) {
            text.append(s);
        }

        /** Appends a paragraph or cell, separated by a space from what came before. */
        void addPart(RunText part) {
            if (part.text().isBlank()) return;
            if (!text.isEmpty()) text.append(' ');
            text.append(part.text());
            int visible = (int) part.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (part.bold()) boldChars += visible;
            else plainChars += visible;
        }

        RunText build() {
            return new RunText(text.toString(), boldChars > 0 && plainChars == 0);
        }
    }
}
