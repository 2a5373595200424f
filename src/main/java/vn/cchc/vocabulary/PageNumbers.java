package vn.cchc.vocabulary;

import java.util.regex.Pattern;

/**
 * A page number as offices print it: "5", "- 5 -", "(5)", "Trang 5", "5/12". The PDF reader drops it from the
 * margins, the table readers step over it between the rows of a table broken by a page, and the table stage treats
 * a paragraph that is only a page number as no break between two tables.
 */
public final class PageNumbers {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(trang\\s*)?[-–—(]?\\s*\\d{1,3}\\s*[-–—)]?(\\s*/\\s*\\d{1,3})?");

    private PageNumbers() {
    }

    /** Whether a line (or cell, or paragraph) is only a page number, surrounding spaces aside. */
    public static boolean is(String text) {
        return text != null && PAGE_NUMBER.matcher(text.strip()).matches();
    }
}
