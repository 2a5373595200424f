package vn.cchc.text;

/**
 * Text that goes into one line of a message, a log or the state file with its control characters made visible: a
 * file named {@code "a\nb.pdf"} would otherwise split its error over two lines of standard error (and a line-based
 * log reader would take the second half for a message of its own), and an escape character in a name would drive the
 * user's terminal.
 *
 * <p>Escapes as C and {@code ls -b} do: {@code \n}, {@code \r}, {@code \t}, other C0 and C1 controls and DEL as
 * {@code \xHH}, the Unicode line and paragraph separators as {@code \u2028}/{@code \u2029}. A backslash is left as it
 * is: Windows paths are full of them, and a name with a literal {@code \n} in it is rarer than one with a newline.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String s) {
        if (s == null) return "";
        int i = 0;
        while (i < s.length() && !special(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!special(c)) {
                b.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u2028', '\u2029', '\u0085' -> b.append(String.format("\\u%04x", (int) c));
                default -> b.append(String.format("\\x%02x", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean special(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }
}
