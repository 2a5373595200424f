package vn.cchc.table;

import vn.cchc.vocabulary.ValueColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.cchc.text.Fold;

/**
 * Which of several value columns is the report's value, and which is the same period a year earlier. The header
 * decides when it can: the result, not the plan; the report's own period ("Kỳ báo cáo"), not "Cùng kỳ"; the column
 * naming the report's period. When it cannot (two years and a report whose period names neither, quarters without
 * the report's quarter), the latest period is taken and every row says so with {@link #GUESSED}: never silently.
 */
public final class ValueColumns {
    /** Row flag: the header does not say which value column is the report's period; the latest one was taken. */
    public static final String GUESSED = "value_column_guessed";

    /**
     * @param chosen   index (in the table's value columns) of the column the value comes from
     * @param previous index of the column of the same period a year earlier, or -1
     * @param guessed  whether the header left the choice open
     * @param keys     per column, the key it has in the record's {@code values} ("2023", "2024-Q1", "ke_hoach")
     */
    public record Choice(int chosen, int previous, boolean guessed, List<String> keys) {
        public Choice {
            keys = List.copyOf(keys);
        }
    }

    private ValueColumns() {
    }

    /**
     * @param reportPeriod the report's own period ("2024-Q1"), or null when unknown
     */
    public static Choice choose(List<ValueColumn> cols, String reportPeriod) {
        List<Integer> cands = indexes(cols, c -> c.kind() == ValueColumn.Kind.RESULT);
        if (cands.isEmpty()) cands = indexes(cols, c -> c.kind() == ValueColumn.Kind.CURRENT);
        if (cands.isEmpty()) cands = indexes(cols, ValueColumn::candidate);
        boolean guessed = false;
        if (cands.isEmpty()) {
            cands = indexes(cols, c -> c.kind() != ValueColumn.Kind.COMPARISON);
            guessed = true;
        }
        int chosen;
        if (cands.size() == 1) {
            chosen = cands.get(0);
        } else {
            chosen = matching(cols, cands, reportPeriod);
            if (chosen < 0) {
                chosen = latest(cols, cands);
                guessed = true;
            }
        }
        int previous = previous(cols, chosen, reportPeriod);
        return new Choice(chosen, previous, guessed, keys(cols, reportPeriod));
    }

    /** The one candidate naming the report's period: exactly, by its quarter or half alone, or by its year alone. */
    private static int matching(List<ValueColumn> cols, List<Integer> cands, String p) {
        if (p == null) return -1;
        String year = year(p);
        String sub = sub(p);
        for (java.util.function.Predicate<String> test : List.<java.util.function.Predicate<String>>of(
                x -> x.equals(p),
                x -> sub != null && x.equals(sub),
                x -> sub == null && x.equals("Y"),
                x -> x.equals(year))) {
            List<Integer> hits = new ArrayList<>();
            for (int i : cands) if (cols.get(i).period() != null && test.test(cols.get(i).period())) hits.add(i);
            if (hits.size() == 1) return hits.get(0);
        }
        return -1;
    }

    /** The candidate with the latest period, else the last one (reports put the current figures last). */
    private static int latest(List<ValueColumn> cols, List<Integer> cands) {
        int best = cands.get(cands.size() - 1);
        String bestKey = null;
        for (int i : cands) {
            String k = order(cols.get(i).period());
            if (k != null && (bestKey == null || k.compareTo(bestKey) >= 0)) {
                best = i;
                bestKey = k;
            }
        }
        return best;
    }

    /** A sortable form of a period: year, then Q1 < H1 < Q2... is not a line, so quarters by their end month. */
    private static String order(String period) {
        if (period == null || period.equals("Y")) return null;
        String year = year(period);
        String sub = sub(period);
        String month = sub == null ? "12" : switch (sub) {
            case "Q1" -> "03";
            case "Q2", "H1" -> "06";
            case "Q3", "9M" -> "09";
            default -> "12";
        };
        return (year == null ? "0000" : year) + month + (sub == null ? "9" : sub.startsWith("Q") ? "1" : "0");
    }

    private static int previous(List<ValueColumn> cols, int chosen, String p) {
        List<Integer> prev = indexes(cols, c -> c.kind() == ValueColumn.Kind.PREVIOUS);
        if (prev.size() == 1) return prev.get(0);
        String period = full(cols.get(chosen).period(), p);
        if (period == null || year(period) == null) return -1;
        String target = shift(period);
        for (int i = 0; i < cols.size(); i++) {
            if (i != chosen && target.equals(full(cols.get(i).period(), null))) return i;
        }
        return -1;
    }

    private static List<String> keys(List<ValueColumn> cols, String p) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ValueColumn c : cols) {
            String k = switch (c.kind()) {
                case PLAN -> "ke_hoach";
                case RESULT -> "thuc_hien";
                case CURRENT -> p != null ? p : "ky_bao_cao";
                case PERIOD -> full(c.period(), p);
                case PREVIOUS -> previousKey(c, p);
                case EARLIER -> c.period() != null ? full(c.period(), p) : "ky_truoc";
                default -> slug(c.header());
            };
            if (k == null || k.isEmpty()) k = slug(c.header());
            String unique = k;
            for (int n = 2; !seen.add(unique); n++) unique = k + "_" + n;
            out.add(unique);
        }
        return out;
    }

    private static String previousKey(ValueColumn c, String p) {
        String period = c.period();
        if (period != null && year(period) != null) {
            return sub(period) == null && p != null && sub(p) != null ? period + "-" + sub(p) : period;
        }
        return p != null && year(p) != null ? shift(p) : "cung_ky";
    }

    /** A period with the year the report gives when the header names only a quarter ("Q2" in a 2024 report). */
    private static String full(String period, String p) {
        if (period == null) return null;
        if (period.equals("Y")) return p == null ? null : year(p);
        if (year(period) != null || p == null || year(p) == null) return period;
        return year(p) + "-" + period;
    }

    private static String shift(String period) {
        String y = year(period);
        String rest = period.substring(4);
        return (Integer.parseInt(y) - 1) + rest;
    }

    private static String year(String period) {
        return period != null && period.length() >= 4 && Character.isDigit(period.charAt(0)) ? period.substring(0, 4) : null;
    }

    private static String sub(String period) {
        if (period == null) return null;
        if (year(period) == null) return period;
        return period.length() > 5 ? period.substring(5) : null;
    }

    private static String slug(String header) {
        String s = Fold.fold(header).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "cot" : s;
    }

    private static List<Integer> indexes(List<ValueColumn> cols, java.util.function.Predicate<ValueColumn> test) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) if (test.test(cols.get(i))) out.add(i);
        return out;
    }
}
