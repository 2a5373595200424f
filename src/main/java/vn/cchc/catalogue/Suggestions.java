package vn.cchc.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.cchc.table.Section;
import vn.cchc.text.Fold;

/**
 * Proposed catalogue entries for the rows of a batch that no indicator fits: the rows are grouped by their
 * {@link RowKeys row key}, keys of one section and parent whose words mostly agree are joined ("Số tin, bài tuyên
 * truyền về CCHC" and "Số tin bài tuyên truyền CCHC"), and each group becomes one indicator in the catalogue's own
 * form: a code made from its words, its section and parent, the wording most reports used as the name, the others as
 * aliases, a unit and a kind guessed from what was printed, and a note saying how many reports used each wording. An
 * analyst reviews them (code, kind, parent) and passes the file back with {@code --catalogue}.
 */
public final class Suggestions {
    /** Two keys whose word sets agree this much (Jaccard) are one row worded twice. */
    static final double SAME_ROW = 0.75;
    private static final int CODE_WORDS = 5;

    /**
     * One unmatched row as a report printed it.
     *
     * @param report the file it came from (reports are counted, not rows, and not files: see {@link #sameReport})
     */
    public record Sighting(String report, Section section, String rowKey, String label, String unit, String valueRaw) {
    }

    private final Catalogue catalogue;
    private final Map<String, List<Sighting>> byKey = new LinkedHashMap<>();
    /** Inputs known to be one report (its PDF and its DOCX): each input's representative, as a union-find. */
    private final Map<String, String> sameAs = new HashMap<>();

    public Suggestions(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void add(Sighting s) {
        if (s.label() == null || s.label().isBlank() || s.rowKey() == null) return;
        byKey.computeIfAbsent(s.rowKey(), k -> new ArrayList<>()).add(s);
    }

    /**
     * Says that two inputs are the same report in two files (the PDF and the DOCX of one submission), so that the
     * report is counted once among the reports that used a wording.
     */
    public void sameReport(String input, String other) {
        String a = report(input);
        String b = report(other);
        if (!a.equals(b)) sameAs.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
    }

    /** The input that stands for the report {@code input} is one file of. */
    private String report(String input) {
        String r = input;
        for (String next; (next = sameAs.get(r)) != null; ) r = next;
        return r;
    }

    /** The proposed indicators, most used first; codes are unique and new to the catalogue. */
    public List<Indicator> proposals() {
        List<List<Sighting>> groups = cluster();
        groups.sort(Comparator.comparingInt((List<Sighting> g) -> -reports(g).size())
                .thenComparing(g -> g.get(0).rowKey()));
        Set<String> taken = new HashSet<>();
        catalogue.indicators().forEach(i -> taken.add(i.code()));
        List<Indicator> out = new ArrayList<>();
        for (List<Sighting> g : groups) out.add(propose(g, taken));
        return out;
    }

    /** Keys joined when section and parent agree and their words mostly do. */
    private List<List<Sighting>> cluster() {
        List<String> keys = new ArrayList<>(byKey.keySet());
        int[] root = new int[keys.size()];
        for (int i = 0; i < root.length; i++) root[i] = i;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (sameRow(keys.get(i), keys.get(j))) root[find(root, j)] = find(root, i);
            }
        }
        Map<Integer, List<Sighting>> groups = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) groups.computeIfAbsent(find(root, i), k -> new ArrayList<>()).addAll(byKey.get(keys.get(i)));
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    }

    private static boolean sameRow(String a, String b) {
        String[] pa = a.split(RowKeys.SEPARATOR, 3);
        String[] pb = b.split(RowKeys.SEPARATOR, 3);
        if (pa.length < 3 || pb.length < 3 || !pa[0].equals(pb[0]) || !pa[1].equals(pb[1])) return false;
        Set<String> wa = Set.of(pa[2].split("_"));
        Set<String> wb = Set.of(pb[2].split("_"));
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> either = new HashSet<>(wa);
        either.addAll(wb);
        return !either.isEmpty() && (double) both.size() / either.size() >= SAME_ROW;
    }

    private Indicator propose(List<Sighting> g, Set<String> taken) {
        // wordings by the number of reports that printed them, as printed (NFC, spaces tidied)
        Map<String, Set<String>> wordings = new LinkedHashMap<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Sighting s : g) {
            String w = Normalizer.normalize(s.label(), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
            wordings.computeIfAbsent(w, k -> new HashSet<>()).add(report(s.report()));
            if (s.unit() != null && !s.unit().isBlank()) units.merge(s.unit().strip(), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(wordings.keySet());
        ranked.sort(Comparator.comparingInt((String w) -> -wordings.get(w).size()).thenComparing(w -> w));
        String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Sighting first = g.get(0);
        String parent = RowKeys.parentCode(first.rowKey()).filter(c -> catalogue.byCode(c).isPresent()).orElse(null);
        Section section = first.section() == null ? Section.CDDH : first.section();
        String code = uniqueCode((parent != null ? parent : section.name()) + "." + codeWords(RowKeys.ownWords(first.rowKey())), taken);
        StringBuilder note = new StringBuilder("PROPOSED by cchc catalogue suggest (review code, kind and parent): seen in ")
                .append(reports(g).size()).append(" report(s)");
        if (first.section() == null) note.append(", section unknown (CDDH assumed)");
        note.append(":");
        for (String w : ranked) note.append(" \"").append(w).append("\" in ").append(wordings.get(w).size()).append(';');
        note.setLength(note.length() - 1);
        return new Indicator(code, section, parent, ranked.get(0), unit, kind(g, unit), null, null, List.of(), null,
                ranked.subList(1, ranked.size()), note.toString());
    }

    /** The distinct reports among the sightings: two files of one report count once. */
    private Set<String> reports(List<Sighting> g) {
        Set<String> r = new HashSet<>();
        g.forEach(s -> r.add(report(s.report())));
        return r;
    }

    /** The kind the printed unit and values point to; a row with neither is a heading. */
    static Kind kind(List<Sighting> g, String unit) {
        String u = Fold.fold(unit);
        boolean anyValue = g.stream().anyMatch(s -> s.valueRaw() != null && !s.valueRaw().isBlank());
        if (unit.contains("%") || g.stream().anyMatch(s -> s.valueRaw() != null && s.valueRaw().contains("%"))) return Kind.PERCENT;
        if (unit.contains("=")) return u.contains("co") && u.contains("khong") ? Kind.YESNO : Kind.CODED;
        if (u.contains("dong")) return Kind.MONEY;
        if (unit.isBlank() && !anyValue) return Kind.HEADING;
        return Kind.COUNT;
    }

    /** The first distinctive words of the key, upper-case: TIN_BAI_TUYEN_TRUYEN_CAI. */
    private static String codeWords(String words) {
        List<String> w = new ArrayList<>();
        for (String x : words.split("_")) {
            if (x.isEmpty() || x.equals(RowKeys.NONE) || !x.matches("[a-z0-9]+")) continue;
            w.add(x.toUpperCase(Locale.ROOT));
            if (w.size() == CODE_WORDS) break;
        }
        return w.isEmpty() ? "MOI" : String.join("_", w);
    }

    private static String uniqueCode(String code, Set<String> taken) {
        String c = code;
        for (int n = 2; taken.contains(c); n++) c = code + "_" + n;
        taken.add(c);
        return c;
    }
}
