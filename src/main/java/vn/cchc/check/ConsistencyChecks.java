package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.Kind;
import vn.cchc.number.NumberKind;
import vn.cchc.number.ParsedNumber;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.vocabulary.Flag;

/**
 * Checks one report's rows against each other and against the catalogue: rates against their terms, totals against
 * their parts, values against what their kind allows, printed units against the catalogue's kind. First it settles
 * the numbers whose reading depends on the separator convention ("2.097"), since the checks need one value each.
 * See {@code docs/checks.md}.
 *
 * <p>Stateless: one instance serves every report and thread.
 */
public final class ConsistencyChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Catalogue catalogue;

    public ConsistencyChecks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public CheckOutcome check(List<CheckRow> rows) {
        return new Run(rows).check();
    }

    /** The state of checking one report. */
    private final class Run {
        final List<CheckRow> rows;
        final ParsedNumber[] parsed;
        /** The settled value of each row, null while unknown or when there is none. */
        final BigDecimal[] value;
        /** The two readings of a number not settled yet, else null. */
        final List<List<BigDecimal>> open = new ArrayList<>();
        final Map<String, List<Integer>> byCode = new HashMap<>();
        final List<Set<Flag>> flags = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Run(List<CheckRow> rows) {
            this.rows = rows;
            parsed = new ParsedNumber[rows.size()];
            value = new BigDecimal[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                CheckRow r = rows.get(i);
                ParsedNumber p = VietnameseNumbers.parse(r.valueRaw());
                parsed[i] = p;
                boolean twoReadings = p.isAmbiguous() && p.alternative().compareTo(p.value()) != 0;
                open.add(twoReadings ? List.of(p.value(), p.alternative()) : null);
                if (!twoReadings) value[i] = p.value();
                if (r.indicator() != null) byCode.computeIfAbsent(r.indicator().code(), k -> new ArrayList<>()).add(i);
                flags.add(new LinkedHashSet<>());
            }
        }

        CheckOutcome check() {
            settleByKind();
            List<Relation> relations = relations();
            settleByRelations(relations);
            settleByConvention();
            for (int i = 0; i < rows.size(); i++) {
                if (open.get(i) != null) problem(Flag.AMBIGUOUS_NUMBER, List.of(i), ambiguous(i));
            }
            for (int i = 0; i < rows.size(); i++) {
                checkUnit(i);
                checkRange(i);
            }
            for (Relation rel : relations) checkRelation(rel);
            problems.sort(Comparator.comparingInt(p -> p.rows().get(0)));
            List<List<Flag>> out = flags.stream().map(s -> (List<Flag>) new ArrayList<>(s)).toList();
            return new CheckOutcome(Arrays.asList(value), out, problems);
        }

        // ---- settling two readings -------------------------------------------------------------------------

        /** A count is whole, a percent lies in 0..100, a code is one of its codes: often only one reading is. */
        private void settleByKind() {
            for (int i = 0; i < rows.size(); i++) {
                if (open.get(i) == null) continue;
                Kind kind = kind(i);
                if (kind == null) continue;
                int row = i;
                List<BigDecimal> fit = open.get(i).stream().filter(v -> plausible(row, kind, v)).toList();
                if (fit.size() == 1) settle(i, fit.get(0));
            }
        }

        /** A rate or a sum that holds under one reading only settles it; repeated while that settles more. */
        private void settleByRelations(List<Relation> relations) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation rel : relations) changed |= settleBy(rel);
            }
        }

        private boolean settleBy(Relation rel) {
            List<Integer> unsettled = rel.rows().stream().filter(i -> open.get(i) != null).distinct().toList();
            if (unsettled.isEmpty() || unsettled.size() > 10) return false;
            if (rel.rows().stream().anyMatch(i -> value[i] == null && open.get(i) == null)) return false;
            List<BigDecimal[]> fitting = new ArrayList<>();
            for (int combo = 0; combo < 1 << unsettled.size(); combo++) {
                BigDecimal[] trial = value.clone();
                for (int k = 0; k < unsettled.size(); k++) {
                    int row = unsettled.get(k);
                    trial[row] = open.get(row).get((combo >> k) & 1);
                }
                if (rel.holds(row -> trial[row])) fitting.add(trial);
            }
            boolean changed = false;
            for (int row : unsettled) {
                if (fitting.isEmpty()) break;
                BigDecimal first = fitting.get(0)[row];
                if (fitting.stream().allMatch(t -> t[row].compareTo(first) == 0)) {
                    settle(row, first);
                    changed = true;
                }
            }
            return changed;
        }

        /**
         * What the report's unambiguous numbers say of its convention: decimal commas ("99,6") or several dot groups
         * ("10.323.108") are Vietnamese use, decimal points ("92.86") or several comma groups are English use. When
         * the report uses one convention only, its open numbers are read in it.
         */
        private void settleByConvention() {
            int vietnamese = 0;
            int english = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (parsed[i].kind() != NumberKind.NUMBER || parsed[i].isAmbiguous()) continue;
                String t = parsed[i].raw().replaceAll("[^0-9.,]", "");
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
            for (int i = 0; i < rows.size(); i++) {
                if (open.get(i) != null) settle(i, vietnamese > 0 ? parsed[i].value() : parsed[i].alternative());
            }
        }

        private void settle(int i, BigDecimal v) {
            value[i] = v;
            open.set(i, null);
        }

        private boolean plausible(int i, Kind kind, BigDecimal v) {
            return switch (kind) {
                case COUNT -> v.signum() >= 0 && isWhole(v);
                case PERCENT -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
                case MONEY -> v.signum() >= 0;
                case YESNO, CODED -> allowedCodes(i).stream().anyMatch(c -> c.compareTo(v) == 0);
                case HEADING -> true;
            };
        }

        // ---- relations ---------------------------------------------------------------------------------------

        private List<Relation> relations() {
            List<Relation> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Indicator ind = rows.get(i).indicator();
                if (ind == null || !carriesNumber(i) || byCode.get(ind.code()).size() > 1) continue;
                if (ind.isRate()) {
                    Integer n = single(ind.numerator());
                    Integer d = single(ind.denominator());
                    if (n != null && d != null && carriesNumber(n) && carriesNumber(d)) {
                        out.add(new Relation.Rate(i, n, d, rows.get(i).valueRaw()));
                    }
                }
                if (!ind.sumOf().isEmpty()) {
                    Parts parts = new Parts();
                    if (collectParts(ind, parts) && !parts.rows.isEmpty()) {
                        out.add(new Relation.Sum(i, parts.rows, parts.complete));
                    }
                }
            }
            return out;
        }

        private static final class Parts {
            final List<Integer> rows = new ArrayList<>();
            boolean complete = true;
        }

        /**
         * The rows that carry the parts of {@code total}: a blank cell counts as 0; a blank part whose own parts are
         * printed stands for their sum; a part with no row makes the sum incomplete. False when a part cannot be
         * read (unreadable, printed twice), so no sum can be checked.
         */
        private boolean collectParts(Indicator total, Parts out) {
            for (Indicator part : catalogue.parts(total)) {
                List<Integer> at = byCode.get(part.code());
                if (at == null) {
                    out.complete = false;
                    continue;
                }
                if (at.size() > 1) return false;
                int row = at.get(0);
                if (carriesNumber(row)) {
                    out.rows.add(row);
                } else if (parsed[row].kind() == NumberKind.UNREADABLE) {
                    return false;
                } else if (!part.sumOf().isEmpty()) {
                    Parts sub = new Parts();
                    if (!collectParts(part, sub)) return false;
                    if (!sub.rows.isEmpty()) {
                        out.rows.addAll(sub.rows);
                        out.complete &= sub.complete;
                    }
                }
            }
            return true;
        }

        private Integer single(String code) {
            List<Integer> at = code == null ? null : byCode.get(code);
            return at == null || at.size() != 1 ? null : at.get(0);
        }

        private boolean carriesNumber(int i) {
            return value[i] != null || open.get(i) != null;
        }

        // ---- checks ------------------------------------------------------------------------------------------

        private void checkRelation(Relation rel) {
            if (rel.rows().stream().anyMatch(i -> value[i] == null)) return; // a reading left open
            if (rel.holds(i -> value[i])) return;
            if (rel instanceof Relation.Rate r) {
                problem(Flag.RATE_MISMATCH, rel.rows(), rateMessage(r));
            } else if (rel instanceof Relation.Sum s) {
                problem(Flag.SUM_MISMATCH, rel.rows(), sumMessage(s));
            }
        }

        private void checkRange(int i) {
            BigDecimal v = value[i];
            Kind kind = kind(i);
            if (v == null || kind == null) return;
            String why = switch (kind) {
                case PERCENT -> v.signum() < 0 || v.compareTo(HUNDRED) > 0 ? "a percentage outside 0..100" : null;
                case COUNT -> v.signum() < 0 ? "a negative count" : !isWhole(v) ? "a count that is not whole" : null;
                case MONEY -> v.signum() < 0 ? "a negative amount" : null;
                case YESNO, CODED -> plausible(i, kind, v) ? null : "not one of its codes (" + codeList(i) + ")";
                case HEADING -> null;
            };
            if (why != null) {
                problem(Flag.OUT_OF_RANGE, List.of(i), name(i) + " prints " + printed(i) + ", " + why);
            }
        }

        private void checkUnit(int i) {
            Indicator ind = rows.get(i).indicator();
            if (ind == null || ind.kind() == Kind.HEADING) return;
            String unit = rows.get(i).unit();
            UnitText printed = UnitText.of(unit);
            Kind kind = ind.kind();
            String why = null;
            if (parsed[i].percent() && kind != Kind.PERCENT) {
                why = "prints " + printed(i) + " with a % sign, but it is " + article(kind);
            } else if (printed == UnitText.PERCENT && kind != Kind.PERCENT) {
                why = "prints the unit \"" + unit.strip() + "\", but it is " + article(kind);
            } else if (printed == UnitText.CODES && kind != Kind.YESNO && kind != Kind.CODED) {
                why = "prints a list of codes as its unit (\"" + unit.strip() + "\"), but it is " + article(kind);
            } else if (printed == UnitText.MONEY && kind != Kind.MONEY) {
                why = "prints the unit \"" + unit.strip() + "\", but it is " + article(kind);
            } else if (printed == UnitText.NOUN && kind == Kind.PERCENT) {
                why = "prints the unit \"" + unit.strip() + "\", but it is a percentage";
            } else if (printed == UnitText.CODES) {
                why = codesContradict(unit, ind);
            }
            if (why != null) problem(Flag.UNIT_MISMATCH, List.of(i), name(i) + " " + why);
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

        /** The codes a yes/no or coded value may take: those its printed unit lists and those the catalogue lists. */
        private List<BigDecimal> allowedCodes(int i) {
            List<BigDecimal> all = new ArrayList<>(UnitText.codes(rows.get(i).unit()).values());
            Indicator ind = rows.get(i).indicator();
            if (ind != null) all.addAll(UnitText.codes(ind.unit()).values());
            if (ind != null && ind.kind() == Kind.YESNO) all.addAll(List.of(BigDecimal.ZERO, BigDecimal.ONE));
            return all;
        }

        private String codeList(int i) {
            return String.join(", ", new TreeSet<>(allowedCodes(i)).stream().map(BigDecimal::toPlainString).toList());
        }

        /** The catalogue's kind; for an unmatched row, a percent when its unit or value says so. */
        private Kind kind(int i) {
            Indicator ind = rows.get(i).indicator();
            if (ind != null) return ind.kind();
            boolean percent = UnitText.of(rows.get(i).unit()) == UnitText.PERCENT || parsed[i].percent();
            return percent ? Kind.PERCENT : null;
        }

        private void problem(Flag flag, List<Integer> involved, String message) {
            problems.add(new Problem(flag, involved, message));
            for (int i : involved) flags.get(i).add(flag);
        }

        // ---- messages ----------------------------------------------------------------------------------------

        private String rateMessage(Relation.Rate r) {
            BigDecimal n = value[r.numerator()];
            BigDecimal d = value[r.denominator()];
            String terms = ref(r.numerator()) + " (" + printed(r.numerator()) + ") / " + ref(r.denominator()) + " ("
                    + printed(r.denominator()) + ")";
            if (d.signum() == 0) {
                return name(r.rate()) + " prints " + printed(r.rate()) + " %, but " + terms
                        + " has a numerator over a denominator of 0";
            }
            int decimals = Rounding.decimals(r.rateRaw(), value[r.rate()]);
            return name(r.rate()) + " prints " + printed(r.rate()) + " %, but " + terms + " × 100 = "
                    + Rounding.show(Rounding.rate(n, d), decimals) + " %";
        }

        private String sumMessage(Relation.Sum s) {
            StringBuilder refs = new StringBuilder();
            StringBuilder values = new StringBuilder();
            for (int p : s.parts()) {
                if (!refs.isEmpty()) {
                    refs.append(" + ");
                    values.append(" + ");
                }
                refs.append(ref(p));
                values.append(printed(p));
            }
            String sum = VietnameseNumbers.format(s.sum(i -> value[i]));
            return name(s.total()) + " prints " + printed(s.total()) + ", but " + refs + " = " + values + " = " + sum
                    + (s.complete() ? "" : " (and the parts not printed can only add to that)");
        }

        private String ambiguous(int i) {
            ParsedNumber p = parsed[i];
            return name(i) + " prints " + printed(i) + ", which is " + VietnameseNumbers.format(p.value())
                    + " in Vietnamese use and " + VietnameseNumbers.format(p.alternative())
                    + " in English use; nothing in the report settles which, so its value is left empty";
        }

        /** Section, number and label: enough to find the row in the report. */
        private String name(int i) {
            CheckRow r = rows.get(i);
            StringBuilder b = new StringBuilder();
            if (r.section() != null) b.append(r.section()).append(' ');
            if (r.stt() != null && !r.stt().isBlank()) b.append(r.stt().strip()).append(' ');
            return b.append('"').append(shorten(r.label())).append('"').toString();
        }

        /** A term of a relation: its number, or its label when it has none. */
        private String ref(int i) {
            CheckRow r = rows.get(i);
            return r.stt() != null && !r.stt().isBlank() ? r.stt().strip() : "\"" + shorten(r.label(), 40) + "\"";
        }

        private String printed(int i) {
            return parsed[i].raw().replace("%", "").strip();
        }
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    private static String article(Kind kind) {
        return switch (kind) {
            case COUNT -> "a count";
            case PERCENT -> "a percentage";
            case MONEY -> "an amount of money";
            case YESNO -> "a yes/no code";
            case CODED -> "a code";
            case HEADING -> "a heading";
        };
    }

    private static String shorten(String label) {
        return shorten(label, 70);
    }

    private static String shorten(String label, int max) {
        String s = label == null ? "" : label.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
