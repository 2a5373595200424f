package vn.cchc.read.pdf;

/**
 * One glyph as the page draws it, in display space (points, origin top left of the crop box, y downwards).
 *
 * @param text     the glyph's Unicode text (already converted from a legacy font when needed)
 * @param x        left edge
 * @param baseline y of the baseline
 * @param width    advance width
 * @param size     font size in points (at least 1)
 * @param bold     whether the font is a bold face
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {
    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** Roughly the middle of a lower-case letter: the point used to decide which cell a glyph is in. */
    float middleY() {
        return baseline - size * 0.3f;
    }

    float top() {
        return baseline - size * 0.75f;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
