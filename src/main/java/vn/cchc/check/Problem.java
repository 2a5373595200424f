package vn.cchc.check;

import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * One inconsistency found in a report.
 *
 * @param flag    the flag its records carry: a rate, sum, range or unit mismatch, or an ambiguous number
 * @param rows    indexes of the rows involved, in the order the checks were given them
 * @param message a sentence for a person: the rows by section, number and label, the printed numbers and what was
 *                expected
 */
public record Problem(Flag flag, List<Integer> rows, String message) {
    public Problem {
        rows = List.copyOf(rows);
    }

    /** The flag and the sentence on one line, as warnings list it. */
    public String line() {
        return flag.code() + ": " + message;
    }
}
