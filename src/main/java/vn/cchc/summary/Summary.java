package vn.cchc.summary;

import java.util.List;

/**
 * The consolidated statistics of one period.
 *
 * @param units      the reports consolidated, one per unit, in input order
 * @param duplicates inputs left out because another input is the same submission
 * @param lines      the table in template order, section headings included
 */
public record Summary(String period, String catalogueVersion, List<Unit> units, List<Duplicates.Dropped> duplicates,
                      List<Line> lines) {
    public Summary {
        units = List.copyOf(units);
        duplicates = List.copyOf(duplicates);
        lines = List.copyOf(lines);
    }
}
