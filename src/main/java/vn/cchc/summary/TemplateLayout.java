package vn.cchc.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.table.Section;

/**
 * The catalogue laid out as the template prints it: sections I–VII in their order, each followed by its indicators
 * in catalogue order, numbered by their place under their parents. Reports renumber freely, so the numbers are the
 * layout's own, not any report's.
 */
public final class TemplateLayout {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private TemplateLayout() {
    }

    /** Every indicator of the catalogue. */
    public static List<TemplateRow> of(Catalogue catalogue) {
        return of(catalogue, i -> true);
    }

    /**
     * The indicators {@code keep} accepts, with the parents they are printed under (a heading stays when any row
     * under it stays); sections without any row are left out.
     */
    public static List<TemplateRow> of(Catalogue catalogue, Predicate<Indicator> keep) {
        Set<String> shown = new HashSet<>();
        for (Indicator i : catalogue.indicators()) {
            if (!keep.test(i)) continue;
            for (Indicator p = i; p != null && shown.add(p.code()); p = catalogue.parent(p).orElse(null)) {
                // walks up to the top so every parent heading of a kept row is printed too
            }
        }
        List<TemplateRow> rows = new ArrayList<>();
        Map<String, String> stt = new HashMap<>();
        Map<String, Integer> childCount = new HashMap<>();
        for (Section s : Section.values()) {
            List<Indicator> in = catalogue.indicators().stream()
                    .filter(i -> i.section() == s && shown.contains(i.code())).toList();
            if (in.isEmpty()) continue;
            rows.add(new TemplateRow(s, null, ROMAN[s.ordinal()], 0));
            int top = 0;
            for (Indicator i : in) {
                String parentStt = i.parent() == null ? null : stt.get(i.parent());
                String number;
                if (parentStt == null) {
                    // a parent printed in another section or after its child is not a place to hang a number on
                    number = String.valueOf(++top);
                } else {
                    number = parentStt + "." + childCount.merge(i.parent(), 1, Integer::sum);
                }
                stt.put(i.code(), number);
                rows.add(new TemplateRow(s, i, number, number.split("\\.").length));
            }
        }
        return rows;
    }
}
