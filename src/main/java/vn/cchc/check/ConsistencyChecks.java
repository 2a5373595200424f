package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.Kind;
import vn.cchc.vocabulary.Flag;

/**
 * Checks one report's rows against each other and against the catalogue: rates against their terms, totals against
 * their parts, values against what their kind allows, printed units against the catalogue's kind. First the numbers
 * whose reading depends on the separator convention are settled ({@link SeparatorSettling}), since the checks need one
 * value each. See {@code docs/checks.md}.
 *
 * <p>Stateless: one instance serves every report and thread.
 */
public final class ConsistencyChecks {
    private final Catalogue catalogue;

    public ConsistencyChecks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One outcome per row, in the order given, and the problems found. */
    public CheckOutcome check(List<ParsedRow> rows) {
        return new Run(rows).check();
    }

    /** The state of checking one report. */
    private final class Run {
        final Readings readings;
        final ProblemText text;
        final List<Set<Flag>> flags = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Run(List<ParsedRow> rows) {
            readings = new Readings(rows);
            text = new ProblemText(readings);
            for (int i = 0; i < rows.size(); i++) flags.add(new LinkedHashSet<>());
        }

        CheckOutcome check() {
            List<Relation> relations = Relations.of(catalogue, readings);
            SeparatorSettling.settle(readings, relations);
            for (int i = 0; i < readings.size(); i++) {
                if (readings.isScaleOpen(i)) problem(Flag.AMBIGUOUS_PERCENT, List.of(i), text.ambiguousScale(i));
                else if (readings.isOpen(i)) problem(Flag.AMBIGUOUS_NUMBER, List.of(i), text.ambiguous(i));
            }
            for (int i = 0; i < readings.size(); i++) {
                checkUnit(i);
                checkRange(i);
            }
            for (Relation rel : relations) checkRelation(rel);
            problems.sort(Comparator.comparingInt(p -> p.rows().get(0)));
            List<CheckedRow> out = new ArrayList<>(readings.size());
            for (int i = 0; i < readings.size(); i++) {
                out.add(new CheckedRow(readings.row(i), readings.value(i), new ArrayList<>(flags.get(i))));
            }
            return new CheckOutcome(out, problems);
        }

        private void checkRelation(Relation rel) {
            if (rel.rows().stream().anyMatch(i -> readings.value(i) == null)) return; // a reading left open
            if (rel.holds(readings::value)) return;
            if (rel instanceof Relation.Rate r) {
                problem(Flag.RATE_MISMATCH, rel.rows(), text.rate(r));
            } else if (rel instanceof Relation.Sum s) {
                // the flag goes on the total whose parts do not add up, not on the parts: a part may well be right
                // (itself the correct total of its own children); the sentence names every part involved
                problems.add(new Problem(Flag.SUM_MISMATCH, rel.rows(), text.sum(s)));
                flags.get(s.total()).add(Flag.SUM_MISMATCH);
            }
        }

        private void checkRange(int i) {
            BigDecimal v = readings.value(i);
            Kind kind = readings.kind(i);
            if (v == null || kind == null) return;
            ParsedRow row = readings.row(i);
            String why = switch (kind) {
                case PERCENT -> v.signum() < 0 || v.compareTo(KindRules.HUNDRED) > 0 ? "a percentage outside 0..100" : null;
                case COUNT -> v.signum() < 0 ? "a negative count" : !KindRules.isWhole(v) ? "a count that is not whole" : null;
                case MONEY -> v.signum() < 0 ? "a negative amount" : null;
                case YESNO, CODED -> KindRules.plausible(row, kind, v) ? null
                        : "not one of its codes (" + KindRules.codeList(row) + ")";
                case HEADING -> null;
            };
            if (why != null) problem(Flag.OUT_OF_RANGE, List.of(i), text.outOfRange(i, why));
        }

        private void checkUnit(int i) {
            Indicator ind = readings.indicator(i);
            if (ind == null || ind.kind() == Kind.HEADING) return;
            String unit = readings.row(i).row().unit();
            UnitText printed = UnitText.of(unit);
            Kind kind = ind.kind();
            String why = null;
            if (readings.parsed(i).percent() && kind != Kind.PERCENT) {
                why = "prints " + text.printed(i) + " with a % sign, but it is " + ProblemText.article(kind);
            } else if (printed == UnitText.PERCENT && kind != Kind.PERCENT) {
                why = "prints the unit \"" + unit.strip() + "\", but it is " + ProblemText.article(kind);
            } else if (printed == UnitText.CODES && kind != Kind.YESNO && kind != Kind.CODED) {
                why = "prints a list of codes as its unit (\"" + unit.strip() + "\"), but it is " + ProblemText.article(kind);
            } else if (printed == UnitText.MONEY && kind != Kind.MONEY) {
                why = "prints the unit \"" + unit.strip() + "\", but it is " + ProblemText.article(kind);
            } else if (printed == UnitText.NOUN && kind == Kind.PERCENT) {
                why = "prints the unit \"" + unit.strip() + "\", but it is a percentage";
            } else if (printed == UnitText.CODES) {
                why = codesContradict(unit, ind);
            }
            if (why != null) problem(Flag.UNIT_MISMATCH, List.of(i), text.unit(i, why));
        }

        /** A printed code list that gives a meaning another number than the catalogue does ("Không = 1"). */
        private String codesContradict(String unit, Indicator ind) {
            Map<String, BigDecimal> mine = UnitText.codes(unit);
            Map<String, BigDecimal> template = UnitText.codes(ind.unit());
            for (var e : mine.entrySet()) {
                BigDecimal expected = template.get(e.getKey());
                if (expected != null && expected.compareTo(e.getValue()) != 0) {
                    return "prints the codes \"" + unit.strip() + "\", but the template has " + ind.unit();
                }
            }
            if (new TreeSet<>(mine.values()).size() < mine.size()) {
                return "prints the codes \"" + unit.strip() + "\", which give two meanings the same number";
            }
            return null;
        }

        private void problem(Flag flag, List<Integer> involved, String message) {
            problems.add(new Problem(flag, involved, message));
            for (int i : involved) flags.get(i).add(flag);
        }
    }
}
