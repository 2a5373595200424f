package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.Kind;

/** What a value of each kind of indicator can be: both the settling of readings and the range check ask. */
final class KindRules {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KindRules() {
    }

    /** A count is whole, a percent lies in 0..100, an amount is not negative, a code is one of its codes. */
    static boolean plausible(ParsedRow row, Kind kind, BigDecimal v) {
        return switch (kind) {
            case COUNT -> v.signum() >= 0 && isWhole(v);
            case PERCENT -> v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
            case MONEY -> v.signum() >= 0;
            case YESNO, CODED -> allowedCodes(row).stream().anyMatch(c -> c.compareTo(v) == 0);
            case HEADING -> true;
        };
    }

    /** The codes a yes/no or coded value may take: those its printed unit lists and those the catalogue lists. */
    static List<BigDecimal> allowedCodes(ParsedRow row) {
        List<BigDecimal> all = new ArrayList<>(UnitText.codes(row.row().unit()).values());
        Indicator ind = row.indicator();
        if (ind != null) all.addAll(UnitText.codes(ind.unit()).values());
        if (ind != null && ind.kind() == Kind.YESNO) all.addAll(List.of(BigDecimal.ZERO, BigDecimal.ONE));
        return all;
    }

    /** The allowed codes in order, as a message lists them. */
    static String codeList(ParsedRow row) {
        return String.join(", ", new TreeSet<>(allowedCodes(row)).stream().map(BigDecimal::toPlainString).toList());
    }

    static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }
}
