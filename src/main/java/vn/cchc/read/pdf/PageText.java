package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a page that no table strategy has taken yet, as glyphs or as the lines they make. A strategy that
 * works on positions (the ruled grid) takes glyphs; one that works on lines (alignment) takes lines. Each form is
 * made from the other only when asked for, so lines a strategy left are passed on as they were, not regrouped.
 */
final class PageText {
    private List<Glyph> glyphs;
    private List<TextLine> lines;

    private PageText(List<Glyph> glyphs, List<TextLine> lines) {
        this.glyphs = glyphs;
        this.lines = lines;
    }

    static PageText ofGlyphs(List<Glyph> glyphs) {
        return new PageText(List.copyOf(glyphs), null);
    }

    static PageText ofLines(List<TextLine> lines) {
        return new PageText(null, List.copyOf(lines));
    }

    List<Glyph> glyphs() {
        if (glyphs == null) {
            List<Glyph> all = new ArrayList<>();
            for (TextLine l : lines) all.addAll(l.glyphs());
            glyphs = List.copyOf(all);
        }
        return glyphs;
    }

    List<TextLine> lines() {
        if (lines == null) lines = TextLine.group(glyphs);
        return lines;
    }
}
