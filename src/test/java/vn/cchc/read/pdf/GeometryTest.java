package vn.cchc.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Line grouping and ruling analysis on hand-made geometry. */
class GeometryTest {
    private static Glyph g(String t, float x, float baseline) {
        return new Glyph(t, x, baseline, 6f, 12f, false);
    }

    @Test
    void diacriticDrawnApartFollowsItsLetterAndNormalises() {
        // "Số" with the combining acute drawn over the o, and emitted first
        List<Glyph> glyphs = List.of(g("\u0301", 7.5f, 100), g("S", 0, 100), g("o", 6, 100), g("\u0302", 7f, 100));
        TextLine line = TextLine.group(glyphs).get(0);
        assertEquals("Số", CellText.join(List.of(line)));
    }

    @Test
    void wordsAndLinesFromPositionsWhateverTheDrawingOrder() {
        List<Glyph> glyphs = new ArrayList<>();
        String[] words = {"So", "lieu", "nam"};
        float x = 0;
        for (String w : words) {
            for (char c : w.toCharArray()) {
                glyphs.add(g(String.valueOf(c), x, 100 + (x % 3) * 0.1f)); // baselines jitter a little
                x += 6;
            }
            x += 4; // a word gap, no space glyph
        }
        glyphs.add(g("2", 0, 115));
        Collections.shuffle(glyphs, new Random(7));
        List<TextLine> lines = TextLine.group(glyphs);
        assertEquals(2, lines.size());
        assertEquals("So lieu nam", lines.get(0).text());
        assertEquals("2", lines.get(1).text());
    }

    @Test
    void sortingManyGlyphsNeverBreaksTheComparatorContract() {
        // PDFBOX-5308: a tolerance-based comparator is not transitive and TimSort throws; ours sorts on plain keys
        Random r = new Random(42);
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) glyphs.add(g("x", r.nextFloat() * 500, 100 + r.nextFloat() * 3));
        assertTrue(TextLine.group(glyphs).size() >= 1);
    }

    @Test
    void rowNumberAndValueWrappedOverTwoLinesAreGluedBack() {
        StringBuilder stt = new StringBuilder("2.2.1");
        CellText.append(stt, ".");
        assertEquals("2.2.1.", stt.toString());
        StringBuilder value = new StringBuilder("13,7");
        CellText.append(value, "%");
        assertEquals("13,7%", value.toString());
        StringBuilder label = new StringBuilder("Số nhiệm vụ đã hoàn");
        CellText.append(label, "thành");
        assertEquals("Số nhiệm vụ đã hoàn thành", label.toString());
    }

    @Test
    void gridWithCellMergedAcrossColumnsAndLinesDrawnPiecewise() {
        List<Ruling> rs = new ArrayList<>();
        // three horizontal lines; the middle one drawn in two pieces, the verticals as thin pieces per row
        rs.add(new Ruling(true, 10, 0, 300));
        rs.add(new Ruling(true, 30, 0, 150));
        rs.add(new Ruling(true, 30.4f, 150, 300));
        rs.add(new Ruling(true, 50, 0, 300));
        for (float x : new float[] {0, 100, 300}) {
            rs.add(new Ruling(false, x, 10, 30));
            rs.add(new Ruling(false, x, 30, 50));
        }
        rs.add(new Ruling(false, 200, 30, 50)); // only in the second row: the first row's right cell spans two
        List<RuledTables.GridTable> tables = RuledTables.find(rs);
        assertEquals(1, tables.size());
        RuledTables.GridTable t = tables.get(0);
        assertEquals(4, t.xs().size());
        assertEquals(3, t.ys().size());
        List<Glyph> glyphs = List.of(g("A", 10, 25), g("B", 150, 25), g("C", 150, 45), g("D", 250, 45));
        PageTable pt = GridReader.read(t, glyphs, 3);
        assertEquals(2, pt.rows().size());
        assertEquals(2, pt.rows().get(0).cellAt(1).colSpan());
        assertEquals("B", pt.rows().get(0).cellAt(2).text());
        assertEquals("D", pt.rows().get(1).cellAt(2).text());
        assertEquals(3, pt.rows().get(1).page());
    }
}
