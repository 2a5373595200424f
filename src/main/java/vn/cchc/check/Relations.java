package vn.cchc.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.number.NumberKind;

/**
 * The arithmetic relations the catalogue says hold between one report's rows: each rate over its numerator and
 * denominator, each total over its parts. Only rows that carry a number and whose indicator appears once take part: a
 * code printed twice cannot say which of its rows is meant.
 */
final class Relations {
    private final Catalogue catalogue;
    private final Readings readings;
    /** Indicator code → the rows matched to it. */
    private final Map<String, List<Integer>> byCode = new HashMap<>();

    private Relations(Catalogue catalogue, Readings readings) {
        this.catalogue = catalogue;
        this.readings = readings;
        for (int i = 0; i < readings.size(); i++) {
            Indicator ind = readings.indicator(i);
            if (ind != null) byCode.computeIfAbsent(ind.code(), k -> new ArrayList<>()).add(i);
        }
    }

    /** Every relation of the report, in the order of the rows they are about. */
    static List<Relation> of(Catalogue catalogue, Readings readings) {
        return new Relations(catalogue, readings).find();
    }

    private List<Relation> find() {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Indicator ind = readings.indicator(i);
            if (ind == null || !readings.carriesNumber(i) || byCode.get(ind.code()).size() > 1) continue;
            if (ind.isRate()) {
                Integer n = single(ind.numerator());
                Integer d = single(ind.denominator());
                if (n != null && d != null && readings.carriesNumber(n) && readings.carriesNumber(d)) {
                    out.add(new Relation.Rate(i, n, d, readings.row(i).row().valueRaw()));
                }
            }
            if (!ind.sumOf().isEmpty()) {
                Parts parts = new Parts();
                if (collectParts(ind, parts) && !parts.rows.isEmpty()) {
                    out.add(new Relation.Sum(i, parts.rows, parts.complete));
                }
            }
        }
        return out;
    }

    private static final class Parts {
        final List<Integer> rows = new ArrayList<>();
        boolean complete = true;
    }

    /**
     * The rows that carry the parts of {@code total}: a blank cell counts as 0; a blank part whose own parts are
     * printed stands for their sum; a part with no row makes the sum incomplete. False when a part cannot be
     * read (unreadable, printed twice), so no sum can be checked.
     */
    private boolean collectParts(Indicator total, Parts out) {
        for (Indicator part : catalogue.parts(total)) {
            List<Integer> at = byCode.get(part.code());
            if (at == null) {
                out.complete = false;
                continue;
            }
            if (at.size() > 1) return false;
            int row = at.get(0);
            if (readings.carriesNumber(row)) {
                out.rows.add(row);
            } else if (readings.parsed(row).kind() == NumberKind.UNREADABLE) {
                return false;
            } else if (!part.sumOf().isEmpty()) {
                Parts sub = new Parts();
                if (!collectParts(part, sub)) return false;
                if (!sub.rows.isEmpty()) {
                    out.rows.addAll(sub.rows);
                    out.complete &= sub.complete;
                }
            }
        }
        return true;
    }

    private Integer single(String code) {
        List<Integer> at = code == null ? null : byCode.get(code);
        return at == null || at.size() != 1 ? null : at.get(0);
    }
}
