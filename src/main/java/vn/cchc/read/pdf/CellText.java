package vn.cchc.read.pdf;

import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Text;

/** Joins the lines of one cell (or one wrapped paragraph) into its text. */
final class CellText {
    /** A row number or a value broken over two lines: "2.2.1" + ".", "3.3." + "1", "89.56" + "3", "13,7" + "%". */
    private static final Pattern NUMBERING = Pattern.compile("\\d+([.,]\\d*)*[.,]?");
    private static final Pattern NUMBERING_TAIL = Pattern.compile("[.,\\d][.,\\d]*%?|%");

    private CellText() {
    }

    static String join(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) append(sb, l.text());
        return Text.clean(sb.toString());
    }

    static void append(StringBuilder sb, String next) {
        if (next.isEmpty()) return;
        if (sb.length() == 0) {
            sb.append(next);
            return;
        }
        String prev = sb.toString();
        boolean glue = NUMBERING.matcher(prev).matches() && NUMBERING_TAIL.matcher(next).matches()
                || next.startsWith(".") || next.startsWith(",") || next.startsWith(")")
                || prev.endsWith("(") || prev.endsWith("\u00AD");
        if (!glue) sb.append(' ');
        sb.append(next);
    }

    static boolean allBold(List<TextLine> lines) {
        if (lines.isEmpty()) return false;
        for (TextLine l : lines) if (!l.bold()) return false;
        return true;
    }
}
