package vn.cchc.read.ocr;

/**
 * A straight ruling found in a page image, in pixels: for a horizontal one {@code pos} is its y and
 * {@code from..to} its x extent; for a vertical one the reverse.
 */
record Segment(boolean horizontal, int pos, int from, int to) {
    int length() {
        return to - from;
    }

    boolean covers(int c, int slack) {
        return c >= from - slack && c <= to + slack;
    }
}
