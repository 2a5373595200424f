package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.vocabulary.Flag;

/**
 * What the user says of a whole batch ({@code --issuer}, {@code --period}), which wins over what the reports say.
 * Either may be null: that field is left as read.
 */
public record MetadataOverride(String issuer, String period) {
    public static final MetadataOverride NONE = new MetadataOverride(null, null);

    public MetadataOverride {
        if (issuer != null && issuer.isBlank()) throw new IllegalArgumentException("the issuer is blank");
        // "2024-q1", " 2024-h1 ": the case and spaces of a typed option are not the user's point
        if (period != null) period = period.strip().toUpperCase(java.util.Locale.ROOT);
        if (period != null && !ReportPeriods.isValid(period)) {
            throw new IllegalArgumentException("period '" + period + "' is none of YYYY, YYYY-Q1 … YYYY-Q4, YYYY-H1, YYYY-9M");
        }
        if (issuer != null) issuer = issuer.strip();
    }

    public ReportMetadata apply(ReportMetadata md) {
        if (issuer == null && period == null) return md;
        List<Flag> flags = new ArrayList<>(md.flags());
        String name = md.issuer();
        String level = md.level();
        if (issuer != null) {
            name = issuer;
            // the level read belonged to the body read; the user's body has its own
            level = IssuerReader.levelOf(issuer).map(Level::code).orElse(null);
            flags.remove(Flag.NO_ISSUER);
            flags.remove(Flag.NO_LEVEL);
            if (level == null) flags.add(Flag.NO_LEVEL);
        }
        String p = md.period();
        if (period != null) {
            p = period;
            flags.remove(Flag.NO_PERIOD);
        }
        return new ReportMetadata(name, level, md.reportNumber(), md.reportDate(), p, flags);
    }
}
