package vn.cchc.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.model.FileResult;

/**
 * Indicators side by side: one row per catalogue indicator in template order, one column per report. Collects the
 * reports of a batch as they stream by (only their values, not their records) and lays the table out at the end,
 * once the duplicates among them are known.
 */
public final class SideBySide {
    private final Catalogue catalogue;
    private final List<Unit> units = new ArrayList<>();

    public SideBySide(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A failed file has no values and no column. */
    public void add(FileResult r) {
        if (!r.failed()) units.add(Unit.of(r));
    }

    public Table table() {
        Duplicates.Resolution resolved = Duplicates.resolve(units);
        return new Table(TemplateLayout.of(catalogue), resolved.kept(), resolved.dropped(), headings(resolved.kept()));
    }

    /**
     * The laid-out table.
     *
     * @param headings one per column: "issuer (period)", made unique with the file name when two units would
     *                 read the same
     */
    public record Table(List<TemplateRow> rows, List<Unit> columns, List<Duplicates.Dropped> dropped,
                        List<String> headings) {
        public Table {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            dropped = List.copyOf(dropped);
            headings = List.copyOf(headings);
        }
    }

    private static List<String> headings(List<Unit> units) {
        Map<String, Integer> count = new HashMap<>();
        for (Unit u : units) count.merge(u.heading(), 1, Integer::sum);
        List<String> out = new ArrayList<>(units.size());
        for (Unit u : units) out.add(count.get(u.heading()) > 1 ? u.heading() + " [" + u.file() + "]" : u.heading());
        return out;
    }
}
