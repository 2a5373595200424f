package vn.cchc.summary;

import vn.cchc.catalogue.Indicator;
import vn.cchc.table.Section;

/**
 * A line of the template's layout: a section heading ({@code indicator} null) or an indicator with the number the
 * template prints before it.
 *
 * @param stt   "I".."VII" for a section, "1", "2.1", "2.1.3" for an indicator under its parents
 * @param depth 0 for a section, 1 for a top-level indicator, 2 for its children...
 */
public record TemplateRow(Section section, Indicator indicator, String stt, int depth) {
    public boolean isSection() {
        return indicator == null;
    }

    /** The text of the "Chỉ tiêu" column. */
    public String title() {
        return isSection() ? sectionTitle(section) : indicator.name();
    }

    public static String sectionTitle(Section s) {
        return s.vietnameseName().toUpperCase(java.util.Locale.ROOT);
    }
}
