package vn.cchc.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.report.ReportMetadata;
import vn.cchc.vocabulary.Flag;

/**
 * One report as a column of the side-by-side table and a contributor to the consolidated one: who sent it, for
 * which period, and its value of each indicator. Only this compact form is kept, not the records, so a batch of
 * thousands of reports fits in a small heap.
 *
 * @param modified    the file's modification time, or null when it has none (standard input)
 * @param problems    how many consistency checks failed in the report
 * @param duplicateOf the file of the same issuer and period that was chosen instead of this one, or null
 */
public record Unit(String file, ReportMetadata metadata, Instant modified, Map<String, UnitValue> values,
                   int problems, String duplicateOf) {
    public Unit {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The unit of a file's result; the first row matched to an indicator gives its value. */
    public static Unit of(FileResult r) {
        Map<String, UnitValue> values = new LinkedHashMap<>();
        for (StatRecord rec : r.records()) {
            if (rec.indicator() == null) continue;
            // the report's own flags (no number, no date) are on every record and in the reports sheet: a cell is
            // marked for what is wrong with its value
            List<Flag> flags = new ArrayList<>(rec.flags());
            flags.removeAll(r.metadata().flags());
            flags.remove(Flag.DUPLICATE); // the choice between two submissions is made here, not a value's fault
            UnitValue seen = values.get(rec.indicator());
            if (seen == null) {
                values.put(rec.indicator(), new UnitValue(rec.value(), rec.valueRaw(), flags, 1));
            } else if (seen.value() == null && rec.value() != null) {
                // a heading row printed without a figure, then the row with it: the figure is the value
                values.put(rec.indicator(), new UnitValue(rec.value(), rec.valueRaw(), flags, seen.rows() + 1));
            } else {
                values.put(rec.indicator(), new UnitValue(seen.value(), seen.raw(), seen.flags(), seen.rows() + 1));
            }
        }
        return new Unit(r.file(), r.metadata(), modified(r.file()), values, r.problems().size(), null);
    }

    public Unit duplicating(String chosenFile) {
        return new Unit(file, metadata, modified, values, problems, chosenFile);
    }

    /** The name a reader knows the unit by: its issuer, or its file when the report did not say. */
    public String name() {
        return metadata.issuer() != null ? metadata.issuer() : file;
    }

    /** The column heading: issuer and period. */
    public String heading() {
        return name() + (metadata.period() == null ? "" : " (" + metadata.period() + ")");
    }

    public BigDecimal value(String code) {
        UnitValue v = values.get(code);
        return v == null ? null : v.value();
    }

    public boolean checkFailed() {
        return problems > 0;
    }

    private static Instant modified(String file) {
        try {
            return Files.getLastModifiedTime(Path.of(file)).toInstant();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null; // standard input or a file gone since: the report date alone decides
        }
    }

    static List<String> names(List<Unit> units) {
        List<String> out = new ArrayList<>(units.size());
        for (Unit u : units) out.add(u.name());
        return out;
    }
}
