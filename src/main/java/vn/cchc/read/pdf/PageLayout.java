package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Table;
import vn.cchc.table.HeaderDetector;

/**
 * Turns one page's glyphs and rulings into pieces in reading order: ruled tables first (their lines say exactly
 * where the cells are), then tables laid out by alignment alone, then paragraphs from the lines that are left.
 */
final class PageLayout {
    /** A gap this wide (in ems) inside a line separates side-by-side blocks (the two-column letterhead). */
    private static final float BLOCK_GAP_EM = 2.5f;
    /** Lines closer than this (baseline to baseline, in ems) belong to the same paragraph. */
    private static final float PARAGRAPH_PITCH_EM = 1.45f;
    private static final Pattern LIST_START = Pattern.compile("^([-+•–]|\\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\\.)\\s.*");

    private static final HeaderDetector HEADERS = new HeaderDetector();

    private PageLayout() {
    }

    static List<PagePiece> layout(PageContent page, UnruledTables unruled) {
        List<PagePiece> pieces = new ArrayList<>();
        List<Glyph> free = new ArrayList<>(page.glyphs());
        for (RuledTables.GridTable g : RuledTables.find(page.rulings())) {
            List<Glyph> inside = new ArrayList<>();
            List<Glyph> outside = new ArrayList<>();
            for (Glyph gl : free) (g.contains(gl.centerX(), gl.middleY()) ? inside : outside).add(gl);
            if (inside.isEmpty()) continue; // a drawn frame with nothing in it
            PageTable t = GridReader.read(g, inside, page.number());
            List<TextLine> insideLines = TextLine.group(inside);
            // a grid that already holds two header names in cells of their own does not hide its header: it is
            // only part of one, such as the second header row of a table the page break split under its first
            boolean unrecognised = HEADERS.detect(new Table(0, t.rows(), null)).isEmpty() && unruled.hasHeaderLine(insideLines)
                    && t.rows().stream().noneMatch(HEADERS::isRepeatedHeader);
            if (unrecognised || unruled.namesShareColumn(insideLines, g.xs())) {
                // partly ruled: a header is there but the lines do not separate its columns (a missing inner
                // border puts "Đơn vị tính" and "Số liệu" in one cell), so read this table by alignment instead
                continue;
            }
            pieces.add(PagePiece.table(t));
            free = outside;
        }
        List<TextLine> lines = TextLine.group(free);
        List<TextLine> rest = new ArrayList<>();
        for (PageTable t : unruled.find(lines, page, rest)) pieces.add(PagePiece.table(t));
        pieces.addAll(paragraphs(rest));
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
                out.add(PagePiece.paragraph(first.top(), last.baseline(), vn.cchc.read.Text.clean(text.toString())));
                text.setLength(0);
                first = null;
                last = null;
            }
            if (!single) {
                for (TextLine b : blocks) out.add(PagePiece.paragraph(b.top(), b.baseline(), vn.cchc.read.Text.clean(b.text())));
                continue;
            }
            if (first == null) first = line;
            CellText.append(text, line.text());
            last = line;
        }
        if (last != null) out.add(PagePiece.paragraph(first.top(), last.baseline(), vn.cchc.read.Text.clean(text.toString())));
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

    private static boolean continues(TextLine prev, TextLine next) {
        float size = Math.max(prev.size(), next.size());
        return next.baseline() - prev.baseline() <= PARAGRAPH_PITCH_EM * size
                && Math.abs(prev.size() - next.size()) < 1f
                && lastGlyph(prev).bold() == firstGlyph(next).bold() // a heading's runs may change style mid-line
                && prev.phrases(BLOCK_GAP_EM).size() == 1
                && !LIST_START.matcher(next.text()).matches();
    }
}
