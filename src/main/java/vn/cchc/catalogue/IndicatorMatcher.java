package vn.cchc.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.text.Fold;

/**
 * Finds the catalogue indicator a table row reports, the way a person reads it: by its wording first (folded,
 * abbreviations spelled out, typos tolerated), within its section, with the unit as a check; and, when the
 * wording alone fits several indicators ("Tổng số hồ sơ TTHC đã giải quyết xong" exists under each level's
 * rate), by the row it is printed under. The printed number is never used: reports renumber freely.
 * A row no indicator fits well, or that two indicators fit equally, stays unmatched rather than guessed.
 * Immutable once built, so one matcher serves every worker thread of a batch.
 */
public final class IndicatorMatcher {
    /** Below this agreement a row is left unmatched. */
    public static final double DEFAULT_THRESHOLD = 0.75;
    /** Candidates this close to the best one are told apart by their parent. */
    static final double TIE = 0.01;
    /** How much better one parent must fit than the next to decide a tie. */
    static final double PARENT_MARGIN = 0.05;
    static final double OTHER_SECTION_PENALTY = 0.2;
    static final double UNIT_PENALTY = 0.1;
    /** Parent agreement assumed when one side has no parent: neither for nor against. */
    static final double NO_PARENT = 0.5;
    static final double BOTH_TOP_LEVEL = 0.6;

    private final Catalogue catalogue;
    private final double threshold;
    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Map<String, Entry> byCode = new java.util.HashMap<>();
    private final Similarity similarity;
    /**
     * Decisions already taken, by (section, label, unit, parent label). Reports copy one template, so a batch
     * meets the same wordings in file after file; a decision depends on nothing else, so it is safe to reuse.
     * Bounded: cleared when full rather than grown without end.
     */
    private final java.util.concurrent.ConcurrentHashMap<DecisionKey, Decision> decided = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_DECIDED = 50_000;

    private record DecisionKey(Section section, String label, String unit, String parentLabel) {
    }

    private record Entry(Indicator indicator, List<Similarity.Prepared> wordings) {
    }

    private record Scored(Entry entry, double score) {
    }

    public IndicatorMatcher(Catalogue catalogue) {
        this(catalogue, DEFAULT_THRESHOLD);
    }

    public IndicatorMatcher(Catalogue catalogue, double threshold) {
        this.catalogue = catalogue;
        this.threshold = threshold;
        List<List<Wording>> wordings = catalogue.indicators().stream()
                .map(i -> i.wordings().stream().map(w -> Wording.of(LevelWords.canonical(w, null))).toList()).toList();
        this.similarity = new Similarity(wordings);
        for (int k = 0; k < wordings.size(); k++) {
            Indicator i = catalogue.indicators().get(k);
            Entry e = new Entry(i, wordings.get(k).stream().map(similarity::prepare).toList());
            entries.add(e);
            byCode.put(i.code(), e);
        }
    }

    /**
     * The matcher of the built-in catalogue, built once per process (it is immutable, its cache of decisions depends
     * on nothing but the row): reading the catalogue and preparing its wordings is a good part of a one-file run.
     */
    public static IndicatorMatcher builtIn() {
        try {
            return BuiltIn.MATCHER.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /**
     * Starts building {@link #builtIn()} on a background thread, so that it is ready or nearly so when the run
     * needs it: the command line is parsed meanwhile, on the other core.
     */
    public static void prepareBuiltIn() {
        BuiltIn.MATCHER.isDone(); // loading the holder class starts the work
    }

    private static final class BuiltIn {
        /** On the common pool, whose threads are daemons: an unused matcher never holds the JVM up. */
        static final java.util.concurrent.CompletableFuture<IndicatorMatcher> MATCHER =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new IndicatorMatcher(Catalogue.builtIn()));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public IndicatorMatch match(StatRow row) {
        return match(row, null);
    }

    /** {@link #match(StatRow)} for a row of a report by a body of the given level (see {@link #matchAll(List, String)}). */
    public IndicatorMatch match(StatRow row, String reporterLevel) {
        return decide(row.section(), LevelWords.canonical(row.label(), reporterLevel), row.unit(),
                LevelWords.canonical(row.parentLabel(), reporterLevel)).match();
    }

    /**
     * @param section     the row's section, or null when unknown (then every section competes evenly)
     * @param parentLabel the label of the row it is printed under, or null
     */
    public IndicatorMatch match(Section section, String label, String unit, String parentLabel) {
        return decide(section, LevelWords.canonical(label, null), unit, LevelWords.canonical(parentLabel, null)).match();
    }

    /**
     * Matches the rows of one table, in order. Beyond {@link #match(StatRow)}, a row whose wording fits several
     * indicators equally is settled by its neighbours when they agree: the indicator its parent row was matched
     * to, or the one whose children its own sub-rows were matched to ("Tỷ lệ TTHC đủ điều kiện được cung cấp
     * trực tuyến" followed by rows about "trực tuyến một phần").
     */
    public List<IndicatorMatch> matchAll(List<StatRow> rows) {
        return matchAll(rows, null);
    }

    /**
     * {@link #matchAll(List)} for the rows of a report by a body of the given level: the words the body uses for its
     * own kind of office ("UBND thành phố", "phường", "thuộc Sở") are read as the template's level words first
     * ({@link LevelWords}), so one template slot gets one code whoever fills it in.
     *
     * @param reporterLevel the report's {@code level} ({@code tinh}, {@code so}, {@code huyen}, {@code xa}) or null
     */
    public List<IndicatorMatch> matchAll(List<StatRow> rows, String reporterLevel) {
        List<Decision> decisions = new ArrayList<>();
        for (StatRow r : rows) {
            decisions.add(decide(r.section(), LevelWords.canonical(r.label(), reporterLevel), r.unit(),
                    LevelWords.canonical(r.parentLabel(), reporterLevel)));
        }
        List<IndicatorMatch> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Decision d = decisions.get(i);
            out.add(d.tied().isEmpty() ? d.match() : byNeighbours(rows, decisions, out, i).orElse(d.match()));
        }
        return out;
    }

    private Optional<IndicatorMatch> byNeighbours(List<StatRow> rows, List<Decision> decisions, List<IndicatorMatch> done, int i) {
        StatRow row = rows.get(i);
        Decision d = decisions.get(i);
        java.util.Set<String> parentCodes = new java.util.HashSet<>();
        for (int j = i - 1; j >= 0 && row.parentLabel() != null; j--) {
            if (rows.get(j).label().equals(row.parentLabel())) {
                if (done.get(j).matched()) parentCodes.add(done.get(j).indicator().code());
                break;
            }
        }
        if (parentCodes.isEmpty()) parentCodes.addAll(rowAbove(rows, done, i));
        java.util.Set<String> childParents = new java.util.HashSet<>();
        for (int j = i + 1; j < rows.size(); j++) {
            StatRow r = rows.get(j);
            if (r.section() != row.section()) break;
            if (!row.label().equals(r.parentLabel())) continue;
            IndicatorMatch m = decisions.get(j).match();
            if (m.matched() && m.indicator().parent() != null) childParents.add(m.indicator().parent());
        }
        // each hint narrows the candidates when it says anything about them; a hint that fits none is ignored
        List<Indicator> fit = d.tied();
        List<Indicator> underParent = fit.stream().filter(c -> parentCodes.contains(c.parent())).toList();
        if (!underParent.isEmpty()) fit = underParent;
        List<Indicator> overChildren = fit.stream().filter(c -> childParents.contains(c.code())).toList();
        if (!overChildren.isEmpty()) fit = overChildren;
        if (fit.size() != 1) return Optional.empty();
        return Optional.of(new IndicatorMatch(fit.get(0), d.match().score(), ""));
    }

    /**
     * The meaning the rows above give a row whose own number says nothing (a child renumbered "1.", "a)", "-" under its
     * parent, or a row whose number was lost): the nearest matched row above in the same section, as a parent (its
     * code) and as an elder sibling (its parent's code).
     */
    private static java.util.Set<String> rowAbove(List<StatRow> rows, List<IndicatorMatch> done, int i) {
        for (int j = i - 1; j >= 0 && rows.get(j).section() == rows.get(i).section(); j--) {
            IndicatorMatch m = done.get(j);
            if (!m.matched()) continue;
            java.util.Set<String> codes = new java.util.HashSet<>();
            codes.add(m.indicator().code());
            if (m.indicator().parent() != null) codes.add(m.indicator().parent());
            return codes;
        }
        return java.util.Set.of();
    }

    private double score(Entry e, Similarity.Prepared w, Section section, String unit, List<Scored> out) {
        double s = 0;
        for (Similarity.Prepared known : e.wordings()) s = Math.max(s, similarity.of(w, known));
        if (section != null && e.indicator().section() != section) s -= OTHER_SECTION_PENALTY;
        if (!unitFits(e.indicator().kind(), unit)) s -= UNIT_PENALTY;
        out.add(new Scored(e, s));
        return s;
    }

    /** A match and, when the wording could not decide, the indicators it could not tell apart. */
    private record Decision(IndicatorMatch match, List<Indicator> tied) {
    }

    private Decision decide(Section section, String label, String unit, String parentLabel) {
        DecisionKey key = new DecisionKey(section, label, unit, parentLabel);
        Decision known = decided.get(key);
        if (known != null) return known;
        Decision d = decideAfresh(section, label, unit, parentLabel);
        if (decided.size() >= MAX_DECIDED) decided.clear();
        decided.put(key, d);
        return d;
    }

    private Decision decideAfresh(Section section, String label, String unit, String parentLabel) {
        Similarity.Prepared w = similarity.prepare(Wording.of(label));
        if (w.isEmpty()) return new Decision(IndicatorMatch.unmatched(0, "empty label"), List.of());
        List<Scored> scored = new ArrayList<>();
        double bestInSection = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            if (section != null && e.indicator().section() != section) continue;
            bestInSection = Math.max(bestInSection, score(e, w, section, unit, scored));
        }
        // an indicator of another section scores at most 1 - OTHER_SECTION_PENALTY: compare them only if that could matter
        if (section == null || bestInSection - TIE <= 1 - OTHER_SECTION_PENALTY) {
            for (Entry e : entries) {
                if (section != null && e.indicator().section() != section) score(e, w, section, unit, scored);
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        Scored best = scored.get(0);
        if (best.score() < threshold) {
            return new Decision(IndicatorMatch.unmatched(clamp(best.score()), "no close indicator"), List.of());
        }
        List<Scored> tied = scored.stream().filter(s -> s.score() >= best.score() - TIE).toList();
        if (tied.size() == 1) return new Decision(new IndicatorMatch(best.entry().indicator(), clamp(best.score()), ""), List.of());

        // the wording fits several indicators: the parent row decides, or nobody does
        Similarity.Prepared parent = parentLabel == null || parentLabel.isBlank() ? null : similarity.prepare(Wording.of(parentLabel));
        List<Scored> byParent = new ArrayList<>();
        for (Scored t : tied) byParent.add(new Scored(t.entry(), parentFit(t.entry().indicator(), parent)));
        byParent.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (byParent.get(0).score() - byParent.get(1).score() < PARENT_MARGIN) {
            String codes = tied.stream().limit(3).map(s -> s.entry().indicator().code()).reduce((x, y) -> x + ", " + y).orElse("");
            return new Decision(IndicatorMatch.unmatched(clamp(best.score()), "ambiguous: " + codes + (tied.size() > 3 ? ", ..." : "")),
                    tied.stream().map(s -> s.entry().indicator()).toList());
        }
        Entry chosen = byParent.get(0).entry();
        double score = tied.stream().filter(t -> t.entry() == chosen).findFirst().orElseThrow().score();
        return new Decision(new IndicatorMatch(chosen.indicator(), clamp(score), ""), List.of());
    }

    /** How well the row's parent label fits the indicator's parent (or, one level less sure, grandparent). */
    private double parentFit(Indicator candidate, Similarity.Prepared parentLabel) {
        Optional<Indicator> p = catalogue.parent(candidate);
        if (p.isEmpty()) return parentLabel == null ? BOTH_TOP_LEVEL : NO_PARENT;
        if (parentLabel == null) return NO_PARENT;
        double fit = wordingFit(p.get(), parentLabel);
        Optional<Indicator> gp = catalogue.parent(p.get());
        if (gp.isPresent()) fit = Math.max(fit, 0.9 * wordingFit(gp.get(), parentLabel));
        return fit;
    }

    private double wordingFit(Indicator i, Similarity.Prepared w) {
        double s = 0;
        for (Similarity.Prepared known : byCode.get(i.code()).wordings()) s = Math.max(s, similarity.of(w, known));
        return s;
    }

    /**
     * Whether a printed unit can belong to an indicator of this kind; an empty unit fits anything, and a heading
     * (which has no value) fits only an empty unit.
     */
    static boolean unitFits(Kind kind, String unit) {
        if (unit == null || unit.isBlank()) return true;
        String u = Fold.fold(unit);
        boolean percent = unit.contains("%") || u.contains("phan tram");
        boolean coded = unit.contains("=");
        boolean money = u.contains("dong") && (u.contains("trieu") || u.contains("ty") || u.contains("nghin"));
        return switch (kind) {
            case PERCENT -> percent;
            case YESNO, CODED -> coded || u.toLowerCase(Locale.ROOT).contains("co khong");
            case MONEY -> money;
            case COUNT -> !percent && !coded && !money;
            case HEADING -> false;
        };
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(1, s));
    }
}
