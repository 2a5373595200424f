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
 * @param ocrConfidence for a word read from a page image by OCR (one glyph per word), how sure OCR is of it (0–100;
 *                 0 when two readings disagreed); null for a glyph of a text layer
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold, Double ocrConfidence) {
    Glyph(String text, float x, float baseline, float width, float size, boolean bold) {
        this(text, x, baseline, width, size, bold, null);
    }

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
