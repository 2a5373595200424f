package vn.cchc.read.ocr;

/**
 * One word OCR read on a page image, placed on the page as a text layer would place it: in points, origin at the top
 * left of the straightened page, y downwards.
 *
 * @param text       the word as read
 * @param left       left edge of its ink
 * @param top        top edge of its ink (accents included)
 * @param width      width of its ink
 * @param height     height of its ink
 * @param line       the line Tesseract put it on (words of one line share the number; unique on the page)
 * @param confidence how sure OCR is of it, 0–100; 0 when a number read twice came out two ways
 */
public record ScanWord(String text, float left, float top, float width, float height, int line, double confidence) {
    public float bottom() {
        return top + height;
    }
}
