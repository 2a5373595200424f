package vn.cchc.read.text;

/**
 * One line of text as a reader found it, before any table is rebuilt from it.
 *
 * @param text the line's text (not yet cleaned)
 * @param page 1-based page the line is on, or null when the source has no pages
 */
public record SourceLine(String text, Integer page) {
    public SourceLine {
        text = text == null ? "" : text;
    }
}
