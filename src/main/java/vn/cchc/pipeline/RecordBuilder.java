package vn.cchc.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.model.StatRecord;
import vn.cchc.number.NumberKind;
import vn.cchc.number.ParsedNumber;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.report.ReportMetadata;
import vn.cchc.table.StatRow;
import vn.cchc.vocabulary.Flag;

/** Joins a table row, its number reading and the report's metadata into an output record. */
final class RecordBuilder {
    private RecordBuilder() {
    }

    static StatRecord build(String file, String format, StatRow row, ReportMetadata md, IndicatorMatch match) {
        ParsedNumber n = VietnameseNumbers.parse(row.valueRaw());
        List<Flag> flags = new ArrayList<>(row.flags());
        if (n.kind() == NumberKind.UNREADABLE) flags.add(Flag.UNREADABLE_VALUE);
        flags.addAll(md.flags()); // a record whose issuer or period is unknown says so itself
        if (!match.matched()) flags.add(Flag.UNMATCHED);
        return new StatRecord(file, format, row.page(), row.table(), row.row(),
                row.section() == null ? null : row.section().name(),
                row.stt(), row.label(), row.unit(), row.valueRaw(), n.value(), row.note(),
                match.matched() ? match.indicator().code() : null, match.matched() ? match.indicator().name() : null,
                Math.round(match.score() * 1000) / 1000.0,
                md.issuer(), md.level(), md.reportNumber(), md.reportDate(), md.period(),
                flags);
    }

    /**
     * The record with the value the consistency checks settled on (which differs from the first reading only for a
     * number that reads differently under the other separator convention) and their flags.
     */
    static StatRecord checked(StatRecord r, BigDecimal value, List<Flag> checkFlags) {
        List<Flag> flags = new ArrayList<>(r.flags());
        flags.addAll(checkFlags);
        return new StatRecord(r.file(), r.format(), r.page(), r.table(), r.row(), r.section(), r.stt(), r.label(),
                r.unit(), r.valueRaw(), value, r.note(), r.indicator(), r.indicatorName(), r.matchScore(), r.issuer(),
                r.level(), r.reportNumber(), r.reportDate(), r.period(), flags);
    }
}
