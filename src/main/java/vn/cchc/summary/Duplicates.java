package vn.cchc.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.report.ReportMetadata;
import vn.cchc.text.Fold;

/**
 * Two inputs with the same issuer and period are one submission sent twice: the same file again, the PDF and its
 * DOCX, or a corrected resubmission. Counting both would double the unit in every sum, so one is chosen: the newest
 * report date, then the latest modification time, then the one given last.
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** One input left out, the one used instead, and why that one. */
    public record Dropped(Unit unit, Unit kept, String reason) {
        /** The warning naming both. */
        public String warning() {
            return unit.file() + " and " + kept.file() + " are the same report (" + unit.metadata().issuer() + ", "
                    + unit.metadata().period() + "): using " + kept.file() + " (" + reason + ")";
        }
    }

    /** The units to use, in input order, and the ones left out (their {@link Unit#duplicateOf()} says for which). */
    public record Resolution(List<Unit> kept, List<Dropped> dropped) {
        public Resolution {
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
        }
    }

    /** The warning when {@code file} turns out to be the same submission as {@code first}, given before it. */
    public static String warning(String file, String first, ReportMetadata m) {
        return "same issuer and period as " + first + " (" + m.issuer() + ", " + m.period() + "): the same report sent "
                + "twice; summary and the side-by-side table use one of them (the newest report date, then the "
                + "latest modification time)";
    }

    /**
     * The identity of a submission, or empty when the report does not say who sent it or for when: such reports
     * cannot be told to be the same, so none of them is ever dropped.
     */
    public static Optional<String> key(ReportMetadata m) {
        if (m.issuer() == null || m.period() == null) return Optional.empty();
        return Optional.of(Fold.fold(m.issuer()).strip() + "|" + m.period());
    }

    public static Resolution resolve(List<Unit> units) {
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            int index = i;
            key(units.get(i).metadata()).ifPresent(k -> best.merge(k, index, (a, b) -> newer(units.get(b), units.get(a)) ? b : a));
        }
        List<Unit> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Optional<String> k = key(u.metadata());
            if (k.isEmpty() || best.get(k.get()) == i) {
                kept.add(u);
            } else {
                Unit chosen = units.get(best.get(k.get()));
                dropped.add(new Dropped(u.duplicating(chosen.file()), chosen, reason(chosen, u)));
            }
        }
        return new Resolution(kept, dropped);
    }

    /** Whether {@code a}, given after {@code b}, is to be used rather than {@code b}. */
    static boolean newer(Unit a, Unit b) {
        int byDate = compare(a.metadata().reportDate(), b.metadata().reportDate());
        if (byDate != 0) return byDate > 0;
        int byTime = compare(a.modified(), b.modified());
        if (byTime != 0) return byTime > 0;
        return true; // all else equal, the one given last: a resubmission is usually listed after the original
    }

    private static String reason(Unit chosen, Unit other) {
        if (compare(chosen.metadata().reportDate(), other.metadata().reportDate()) != 0) return "newer report date";
        if (compare(chosen.modified(), other.modified()) != 0) return "same report date, modified later";
        return "same report date and modification time, given later";
    }

    /** Known beats unknown; ISO dates compare as text. */
    private static <T extends Comparable<T>> int compare(T a, T b) {
        if (a == null && b == null) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        return a.compareTo(b);
    }

    /**
     * Remembers the submissions of a batch as they stream by, so the second of two can be named at once with the
     * first (the choice between them is made by whoever consolidates, once all are known).
     */
    public static final class Tracker {
        private final Map<String, String> firstFile = new LinkedHashMap<>();

        /** The earlier input with the same issuer and period, if any. */
        public Optional<String> seen(String file, ReportMetadata m) {
            Optional<String> k = key(m);
            if (k.isEmpty()) return Optional.empty();
            String first = firstFile.putIfAbsent(k.get(), file);
            return Optional.ofNullable(first);
        }
    }
}
