package vn.cchc.check;

import java.util.List;

/**
 * What the checks made of one report's rows.
 *
 * @param rows     one per row given, in the same order, each with its settled value and flags
 * @param problems every inconsistency, in row order
 */
public record CheckOutcome(List<CheckedRow> rows, List<Problem> problems) {
    public CheckOutcome {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
