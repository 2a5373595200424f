package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Text;

/**
 * Turns one page's glyphs and rulings into pieces in reading order: the tables the page's {@link TableStrategy}s find
 * (ruled tables first, as their lines say exactly where the cells are, then tables laid out by alignment alone), then
 * paragraphs from the lines that are left.
 */
final class PageLayout {
    /** A gap this wide (in ems) inside a line separates side-by-side blocks (the two-column letterhead). */
    private static final float BLOCK_GAP_EM = 2.5f;
    /** Lines closer than this (baseline to baseline, in ems) belong to the same paragraph. */
    private static final float PARAGRAPH_PITCH_EM = 1.45f;
    private static final Pattern LIST_START = Pattern.compile("^([-+•–]|\\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\\.)\\s.*");

    private PageLayout() {
    }

    /**
     * The page's pieces in reading order: the tables each strategy finds in what the ones before it left, then
     * paragraphs from the lines no strategy took.
     */
    static List<PagePiece> layout(PageContent page, List<TableStrategy> strategies) {
        List<PagePiece> pieces = new ArrayList<>();
        PageText left = PageText.ofGlyphs(page.glyphs());
        for (TableStrategy s : strategies) {
            TableStrategy.Found found = s.extract(page, left);
            for (PageTable t : found.tables()) pieces.add(PagePiece.table(t));
            left = found.left();
        }
        pieces.addAll(paragraphs(left.lines()));
        pieces.sort(Comparator.comparingDouble(PagePiece::top));
        return pieces;
    }

    /** Lines to paragraphs: wrapped lines of one paragraph are close together and look alike. */
    static List<PagePiece> paragraphs(List<TextLine> lines) {
        List<PagePiece> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextLine first = null, last = null;
        for (TextLine line : lines) {
            List<TextLine> blocks = line.phrases(BLOCK_GAP_EM);
            boolean single = blocks.size() == 1;
            if (last != null && !(single && continues(last, line))) {
                out.add(PagePiece.paragraph(first.top(), last.baseline(), Text.clean(text.toString())));
                text.setLength(0);
                first = null;
                last = null;
            }
            if (!single) {
                for (TextLine b : blocks) out.add(PagePiece.paragraph(b.top(), b.baseline(), Text.clean(b.text())));
                continue;
            }
            if (first == null) first = line;
            CellText.append(text, line.text());
            last = line;
        }
        if (last != null) out.add(PagePiece.paragraph(first.top(), last.baseline(), Text.clean(text.toString())));
        return out;
    }

    private static Glyph firstGlyph(TextLine l) {
        return l.glyphs().stream().filter(g -> !g.isSpace()).findFirst().orElse(l.glyphs().get(0));
    }

    private static Glyph lastGlyph(TextLine l) {
        Glyph last = l.glyphs().get(l.glyphs().size() - 1);
        for (Glyph g : l.glyphs()) if (!g.isSpace()) last = g;
        return last;
    }

    /** Whether the line's words were read from a page image by OCR, which cannot tell bold type from regular. */
    private static boolean read(TextLine l) {
        return firstGlyph(l).ocrConfidence() != null;
    }

    /**
     * Whether the line is written in capitals (at least three letters, none small). OCR never sees bold, so this is
     * what tells a scan's headings ("BIỂU MẪU 01", "BÁO CÁO") from the running text around them: a report sets its
     * titles in capitals and its text in small letters, and a paragraph does not switch from one to the other at a
     * line break.
     */
    private static boolean capitals(TextLine l) {
        int letters = 0;
        for (Glyph g : l.glyphs()) {
            for (int i = 0; i < g.text().length(); i++) {
                char c = g.text().charAt(i);
                if (!Character.isLetter(c)) continue;
                if (Character.isLowerCase(c)) return false;
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean continues(TextLine prev, TextLine next) {
        float size = Math.max(prev.size(), next.size());
        return next.baseline() - prev.baseline() <= PARAGRAPH_PITCH_EM * size
                && Math.abs(prev.size() - next.size()) < 1f
                && lastGlyph(prev).bold() == firstGlyph(next).bold() // a heading's runs may change style mid-line
                && !(read(prev) && read(next) && capitals(prev) != capitals(next))
                && prev.phrases(BLOCK_GAP_EM).size() == 1
                && !LIST_START.matcher(next.text()).matches();
    }
}
