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

    /**
     * The lines of a ruled cell whose right edge is known. A number goes on over a line break ("89.56" / "3") only
     * when the line above is full, so that the rest could not fit on it; two numbers one under the other in a cell
     * that is not full ("0" / "0": two rows whose ruling was lost) stay two numbers, "0 0", which no one reads as 00.
     * A lone "." or "," or "%" still joins: no one writes those as a line of their own.
     */
    static String join(List<TextLine> lines, float right) {
        StringBuilder sb = new StringBuilder();
        TextLine prev = null;
        for (TextLine l : lines) {
            String next = l.text();
            boolean number = sb.length() > 0 && !next.isEmpty() && NUMBERING.matcher(sb).matches()
                    && NUMBERING.matcher(next).matches();
            if (number && !full(prev, l, right)) sb.append(' ').append(next);
            else append(sb, next);
            if (!next.isEmpty()) prev = l;
        }
        return Text.clean(sb.toString());
    }

    /** Whether the first glyph of {@code next} would have gone past the cell's right edge (its padding allowed). */
    private static boolean full(TextLine prev, TextLine next, float right) {
        if (prev == null) return true;
        Glyph first = next.glyphs().get(0);
        return prev.right() + first.width() > right - PADDING * first.size();
    }

    /** A cell's inner margin, in ems: Word's default is 0.08 inch, about half an em of 11 pt text. */
    private static final float PADDING = 0.6f;

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
