package vn.cchc.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.cchc.check.Problem;

/**
 * The per-file line on standard error counting the consistency problems of a report. The sentences themselves are
 * in the JSON warnings and in {@code cchc check}'s list; a batch log needs only to say which files to look at.
 */
final class ProblemSummary {
    private ProblemSummary() {
    }

    static Optional<String> of(List<Problem> problems) {
        if (problems.isEmpty()) return Optional.empty();
        Map<String, Integer> byFlag = new TreeMap<>();
        for (Problem p : problems) byFlag.merge(p.flag(), 1, Integer::sum);
        StringBuilder b = new StringBuilder().append(problems.size()).append(" consistency problem(s) (");
        boolean first = true;
        for (var e : byFlag.entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append(e.getKey());
            if (e.getValue() > 1) b.append(" ×").append(e.getValue());
        }
        return Optional.of(b.append(")").toString());
    }
}
