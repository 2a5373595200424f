package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.cchc.table.StatRow;

/** The corpus rows, disturbed the way other reports differ: the codes must not change, at worst a row is left unmatched. */
class RobustnessTest {
    private static final IndicatorMatcher MATCHER = new IndicatorMatcher(Catalogue.builtIn());

    /** One letter of one word replaced, upper case in an abbreviation, lower case elsewhere. */
    private static String typo(String label, Random rnd) {
        String[] w = label.split(" ");
        int k = rnd.nextInt(w.length);
        if (w[k].length() < 4) return label;
        boolean upper = Character.isUpperCase(w[k].charAt(0)) && Character.isUpperCase(w[k].charAt(1));
        StringBuilder b = new StringBuilder(w[k]);
        b.setCharAt(1 + rnd.nextInt(w[k].length() - 2), upper ? 'Q' : 'q');
        w[k] = b.toString();
        return String.join(" ", w);
    }

    private static void assertStable(UnaryOperator<StatRow> disturb, int maxUnmatched) throws Exception {
        int unmatched = 0;
        for (String f : List.of("000", "004", "002")) {
            List<StatRow> rows = GoldRows.load(f).statRows();
            List<IndicatorMatch> before = MATCHER.matchAll(rows);
            List<StatRow> changed = new ArrayList<>();
            for (StatRow r : rows) changed.add(disturb.apply(r));
            List<IndicatorMatch> after = MATCHER.matchAll(changed);
            for (int i = 0; i < rows.size(); i++) {
                if (!after.get(i).matched()) {
                    unmatched++;
                    continue;
                }
                assertEquals(before.get(i).indicator(), after.get(i).indicator(), f + ": " + changed.get(i).label());
            }
        }
        assertTrue(unmatched <= maxUnmatched, unmatched + " rows unmatched");
    }

    private static StatRow withLabel(StatRow r, String label) {
        return new StatRow(r.section(), r.stt(), label, r.unit(), r.valueRaw(), r.note(), r.parentLabel(), r.page(), r.table(),
                r.row(), r.flags());
    }

    @Test
    void aTypoDoesNotChangeTheCode() throws Exception {
        Random rnd = new Random(7);
        assertStable(r -> withLabel(r, typo(r.label(), rnd)), 3);
    }

    @Test
    void aTimeQualifierDoesNotChangeTheCode() throws Exception {
        assertStable(r -> withLabel(r, r.label() + " trong kỳ báo cáo"), 3);
    }

    @Test
    void anUnknownSectionDoesNotChangeTheCode() throws Exception {
        assertStable(r -> new StatRow(null, r.stt(), r.label(), r.unit(), r.valueRaw(), r.note(), r.parentLabel(), r.page(),
                r.table(), r.row(), r.flags()), 0);
    }
}
