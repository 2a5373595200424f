package vn.cchc.read.pdf;

/**
 * A horizontal or vertical line segment drawn on the page (a stroke or a thin filled rectangle), in display space.
 * For a horizontal ruling {@code pos} is its y and {@code from..to} its x extent; for a vertical one the reverse.
 */
record Ruling(boolean horizontal, float pos, float from, float to) {
    Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    /** Whether this ruling covers the coordinate {@code c} along its length, with some slack. */
    boolean covers(float c, float slack) {
        return c >= from - slack && c <= to + slack;
    }
}
