package vn.cchc.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of the template, with the relations between them (parent, rate terms, parts that add up) so
 * consistency checks can query them. Built validated: every code it refers to exists.
 */
public final class Catalogue {
    /** Where the shipped catalogue lives on the class path. */
    public static final String BUILT_IN = "/catalogue/cchc-indicators.csv";

    private final String version;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;
    private final Map<String, List<Indicator>> children;

    public Catalogue(String version, List<Indicator> indicators) throws CatalogueException {
        this.version = version == null || version.isBlank() ? "unversioned" : version.strip();
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> codes = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (codes.putIfAbsent(i.code(), i) != null) throw new CatalogueException("duplicate code " + i.code());
        }
        this.byCode = Collections.unmodifiableMap(codes);
        Map<String, List<Indicator>> kids = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            checkRef(i, "parent", i.parent());
            checkRef(i, "numerator", i.numerator());
            checkRef(i, "denominator", i.denominator());
            checkRef(i, "related", i.related());
            for (String part : i.sumOf()) checkRef(i, "sum_of", part);
            if ((i.numerator() == null) != (i.denominator() == null)) {
                throw new CatalogueException(i.code() + ": a rate needs both numerator and denominator");
            }
            if (i.parent() != null) kids.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i);
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(kids);
        checkNoParentCycle();
    }

    /** The catalogue shipped in the jar. */
    public static Catalogue builtIn() {
        return BuiltIn.CATALOGUE;
    }

    public String version() {
        return version;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<Indicator> parent(Indicator i) {
        return byCode(i.parent());
    }

    public List<Indicator> children(Indicator i) {
        return children.getOrDefault(i.code(), List.of());
    }

    /** The parts the template says add up to {@code i} (empty when it says none). */
    public List<Indicator> parts(Indicator i) {
        return i.sumOf().stream().map(byCode::get).toList();
    }

    public Optional<Indicator> numerator(Indicator i) {
        return byCode(i.numerator());
    }

    public Optional<Indicator> denominator(Indicator i) {
        return byCode(i.denominator());
    }

    private void checkRef(Indicator i, String field, String code) throws CatalogueException {
        if (code != null && !byCode.containsKey(code)) {
            throw new CatalogueException(i.code() + ": " + field + " " + code + " is not in the catalogue");
        }
    }

    private void checkNoParentCycle() throws CatalogueException {
        for (Indicator i : indicators) {
            Indicator p = i;
            for (int depth = 0; p != null && p.parent() != null; depth++) {
                if (depth > indicators.size()) throw new CatalogueException(i.code() + ": parent chain loops");
                p = byCode.get(p.parent());
            }
        }
    }

    /** Loaded once, on first use. */
    private static final class BuiltIn {
        static final Catalogue CATALOGUE = load();

        private static Catalogue load() {
            try (var in = Catalogue.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) throw new IllegalStateException("catalogue resource missing: " + BUILT_IN);
                return CatalogueFiles.readCsv(in, BUILT_IN);
            } catch (java.io.IOException | CatalogueException e) {
                // the shipped file is tested; failing here is a build defect, not a user error
                throw new IllegalStateException("built-in catalogue is broken: " + e.getMessage(), e);
            }
        }
    }
}
