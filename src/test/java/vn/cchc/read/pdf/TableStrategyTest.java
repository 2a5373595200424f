package vn.cchc.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Row;

/** The table-finding strategies on a hand-made page, and how a page's strategies hand on what they leave. */
class TableStrategyTest {
    private static final float CHAR = 6f;

    /** Glyphs for a text starting at x: letters side by side, a word space between words (narrower than a gutter). */
    private static List<Glyph> text(String s, float x, float baseline) {
        List<Glyph> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            if (c == ' ') {
                x += 3f;
                continue;
            }
            out.add(new Glyph(String.valueOf(c), x, baseline, CHAR, 12f, false));
            x += CHAR;
        }
        return out;
    }

    private static List<Glyph> line(float baseline, String... cells) {
        float[] xs = {50, 90, 300, 380};
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) out.addAll(text(cells[i], xs[i], baseline));
        return out;
    }

    /** A title, then an unruled table: header and two numbered rows. */
    private static PageContent page() {
        List<Glyph> glyphs = new ArrayList<>(text("BIỂU THỐNG KÊ", 50, 200));
        glyphs.addAll(line(240, "STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"));
        glyphs.addAll(line(255, "1", "Số văn bản", "Văn bản", "5"));
        glyphs.addAll(line(270, "2", "Số nhiệm vụ", "Nhiệm vụ", "6"));
        return new PageContent(1, 595, 842, glyphs, List.of(), 0);
    }

    @Test
    void theUnruledStrategyReadsATableByAlignmentAndLeavesTheOtherLines() {
        TableStrategy.Found found = new UnruledStrategy(new HeaderLines()).extract(page(), PageText.ofGlyphs(page().glyphs()));
        assertEquals(1, found.tables().size());
        List<Row> rows = found.tables().get(0).rows();
        assertEquals(3, rows.size());
        assertEquals("Chỉ tiêu", rows.get(0).textAt(1));
        assertEquals("1", rows.get(1).textAt(0));
        assertEquals("Số văn bản", rows.get(1).textAt(1));
        assertEquals("5", rows.get(1).textAt(3));
        assertEquals("Nhiệm vụ", rows.get(2).textAt(2));
        assertEquals(1, found.left().lines().size());
        assertEquals("BIỂU THỐNG KÊ", found.left().lines().get(0).text());
    }

    @Test
    void eachStrategyGetsWhatTheOnesBeforeItLeft() {
        List<PageText> seen = new ArrayList<>();
        // a strategy that takes the title line as if it were a table of its own
        TableStrategy first = (page, left) -> {
            seen.add(left);
            List<TextLine> rest = new ArrayList<>(left.lines());
            TextLine title = rest.remove(0);
            PageTable t = new PageTable(List.of(), title.top(), title.baseline(), List.of(0f, 100f), false, false);
            return new TableStrategy.Found(List.of(t), PageText.ofLines(rest));
        };
        TableStrategy second = (page, left) -> {
            seen.add(left);
            return new TableStrategy.Found(List.of(), left);
        };
        List<PagePiece> pieces = PageLayout.layout(page(), List.of(first, second));
        assertEquals(4, seen.get(0).lines().size());
        assertEquals(3, seen.get(1).lines().size(), "the second does not see the line the first took");
        assertTrue(pieces.get(0).isTable());
        assertEquals(1, pieces.stream().filter(PagePiece::isTable).count(), "the table lines nobody took stay text");
        assertTrue(pieces.get(1).text().startsWith("STT"));
    }

    @Test
    void linesAStrategyLeavesArePassedOnAsTheyWere() {
        List<TextLine> lines = TextLine.group(page().glyphs());
        PageText left = PageText.ofLines(lines);
        assertSame(lines.get(2), left.lines().get(2));
        assertEquals(page().glyphs().size(), left.glyphs().size());
    }

    @Test
    void rulesFirstThenAlignmentOnEveryPage() {
        List<TableStrategy> order = new TableStrategies().forPage(page());
        assertEquals(2, order.size());
        assertInstanceOf(RuledStrategy.class, order.get(0));
        assertInstanceOf(UnruledStrategy.class, order.get(1));
    }
}
