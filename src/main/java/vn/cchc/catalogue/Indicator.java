package vn.cchc.catalogue;

import java.util.List;

import vn.cchc.table.Section;

/**
 * One indicator of the statistics template.
 *
 * @param code        stable readable code, e.g. {@code TTHC.HOSO.HUYEN.TYLE_DUNG_HAN}; never the printed number
 * @param section     the form it belongs to
 * @param parent      code of the row it is printed under, or null for a top-level row
 * @param name        canonical Vietnamese wording
 * @param unit        canonical unit as the form prints it
 * @param kind        what the value is
 * @param numerator   for a rate: code of the count above the line, else null
 * @param denominator for a rate: code of the count below the line, else null
 * @param sumOf       codes of the parts that add up to this indicator, empty when the template says nothing
 * @param related     code of an indicator this one is close to but not the same as (old/new wording), or null
 * @param aliases     other known wordings, matched like the name
 * @param note        why the entry is as it is (level variants, ward form...), or empty
 * @param aggregate   how a consolidated report combines units' values, or null for the kind's default
 */
public record Indicator(String code, Section section, String parent, String name, String unit, Kind kind,
                        String numerator, String denominator, List<String> sumOf, String related,
                        List<String> aliases, String note, Aggregation aggregate) {
    public Indicator {
        sumOf = List.copyOf(sumOf);
        aliases = List.copyOf(aliases);
        parent = blankToNull(parent);
        numerator = blankToNull(numerator);
        denominator = blankToNull(denominator);
        related = blankToNull(related);
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
    }

    /** An indicator with the default aggregation of its kind. */
    public Indicator(String code, Section section, String parent, String name, String unit, Kind kind,
                     String numerator, String denominator, List<String> sumOf, String related,
                     List<String> aliases, String note) {
        this(code, section, parent, name, unit, kind, numerator, denominator, sumOf, related, aliases, note, null);
    }

    /** The rule a consolidation applies: the catalogue's, or the default for the kind. */
    public Aggregation aggregation() {
        return aggregate != null ? aggregate : Aggregation.defaultFor(this);
    }

    /** A rate with both terms known: value = numerator / denominator × 100. */
    public boolean isRate() {
        return numerator != null && denominator != null;
    }

    /** The name followed by the aliases: every wording the matcher compares a label with. */
    public List<String> wordings() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
