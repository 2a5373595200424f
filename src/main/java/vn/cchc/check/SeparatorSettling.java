package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.catalogue.Kind;
import vn.cchc.number.NumberKind;
import vn.cchc.number.ParsedNumber;

/**
 * Settles the numbers whose reading depends on the separator convention ("2.097": 2097 in Vietnamese use, 2.097 in
 * English use), from the strongest evidence to the weakest: the indicator's kind, the relations the number takes part
 * in, then the convention the report uses elsewhere. A number nothing settles stays open (and is flagged). The two
 * percent scales of a spreadsheet number ({@link PercentScale}) are settled by the same kind and relation steps, then by
 * the way the workbook writes its other percentages, never by the separator convention.
 */
final class SeparatorSettling {
    /** Beyond this many open numbers in one relation, trying every combination of readings costs too much. */
    private static final int MAX_OPEN_IN_RELATION = 10;

    private SeparatorSettling() {
    }

    static void settle(Readings r, List<Relation> relations) {
        byKind(r);
        byRelations(r, relations);
        byConvention(r);
        PercentScale.byWorkbook(r);
    }

    /** A count is whole, a percent lies in 0..100, a code is one of its codes: often only one reading is. */
    private static void byKind(Readings r) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.isOpen(i)) continue;
            Kind kind = r.kind(i);
            if (kind == null) continue;
            ParsedRow row = r.row(i);
            List<BigDecimal> fit = r.readings(i).stream().filter(v -> KindRules.plausible(row, kind, v)).toList();
            if (fit.size() == 1) r.settle(i, fit.get(0));
        }
    }

    /** A rate or a sum that holds under one reading only settles it; repeated while that settles more. */
    private static void byRelations(Readings r, List<Relation> relations) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation rel : relations) changed |= by(r, rel);
        }
    }

    private static boolean by(Readings r, Relation rel) {
        List<Integer> unsettled = rel.rows().stream().filter(r::isOpen).distinct().toList();
        if (unsettled.isEmpty() || unsettled.size() > MAX_OPEN_IN_RELATION) return false;
        if (rel.rows().stream().anyMatch(i -> !r.carriesNumber(i))) return false;
        List<BigDecimal[]> fitting = new ArrayList<>();
        for (int combo = 0; combo < 1 << unsettled.size(); combo++) {
            BigDecimal[] trial = r.values();
            for (int k = 0; k < unsettled.size(); k++) {
                int row = unsettled.get(k);
                trial[row] = r.readings(row).get((combo >> k) & 1);
            }
            if (rel.holds(row -> trial[row])) fitting.add(trial);
        }
        boolean changed = false;
        for (int row : unsettled) {
            if (fitting.isEmpty()) break;
            BigDecimal first = fitting.get(0)[row];
            if (fitting.stream().allMatch(t -> t[row].compareTo(first) == 0)) {
                r.settle(row, first);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * What the report's numbers say of its convention: decimal commas ("99,6") or several dot groups ("10.323.108")
     * are Vietnamese use, decimal points ("92.86") or several comma groups are English use, and so is a number of
     * either reading that its kind or its relations settled ("1.250" hồ sơ is 1250: a thousands dot). When the report
     * uses one convention only, its open numbers are read in it; a report that uses both (rates typed "92.86" beside
     * counts typed "1.250") settles nothing, and "386.420" triệu đồng there stays open rather than read as 386.42.
     */
    private static void byConvention(Readings r) {
        int vietnamese = 0;
        int english = 0;
        for (int i = 0; i < r.size(); i++) {
            ParsedNumber p = r.parsed(i);
            if (p.kind() != NumberKind.NUMBER || r.hadTwoScales(i)) continue;
            if (p.isAmbiguous()) {
                BigDecimal settled = r.isOpen(i) ? null : r.value(i);
                if (settled == null) continue;
                if (settled.compareTo(p.value()) == 0) vietnamese++;
                else if (p.alternative() != null && settled.compareTo(p.alternative()) == 0) english++;
                continue;
            }
            String t = p.raw().replaceAll("[^0-9.,]", "");
            int dot = t.lastIndexOf('.');
            int comma = t.lastIndexOf(',');
            if (dot >= 0 && comma >= 0) {
                if (comma > dot) vietnamese++;
                else english++;
            } else if (comma >= 0) {
                if (t.indexOf(',') == comma) vietnamese++; // one comma, not three digits after: a decimal comma
                else english++;
            } else if (dot >= 0) {
                if (t.indexOf('.') == dot) english++;
                else vietnamese++;
            }
        }
        if ((vietnamese == 0) == (english == 0)) return; // no evidence, or both: the report does not say
        for (int i = 0; i < r.size(); i++) {
            if (r.isOpen(i) && !r.isScaleOpen(i)) {
                r.settle(i, vietnamese > 0 ? r.parsed(i).value() : r.parsed(i).alternative());
            }
        }
    }
}
