package vn.cchc.pipeline;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.check.CheckedRow;
import vn.cchc.check.ParsedRow;
import vn.cchc.model.StatRecord;
import vn.cchc.number.NumberKind;
import vn.cchc.report.ReportMetadata;
import vn.cchc.table.StatRow;
import vn.cchc.vocabulary.Flag;

/** Joins a checked row and the report's metadata into its output record, once. */
final class RecordBuilder {
    private RecordBuilder() {
    }

    static StatRecord build(String file, String format, ReportMetadata md, CheckedRow checked) {
        ParsedRow parsed = checked.row();
        StatRow row = parsed.row();
        IndicatorMatch match = parsed.match();
        // in the order the stages raised them: the table reader, the number, the metadata, the catalogue, the checks
        List<Flag> flags = new ArrayList<>(row.flags());
        if (parsed.number().kind() == NumberKind.UNREADABLE) flags.add(Flag.UNREADABLE_VALUE);
        flags.addAll(md.flags()); // a record whose issuer or period is unknown says so itself
        if (!match.matched()) flags.add(Flag.UNMATCHED);
        flags.addAll(checked.flags());
        return new StatRecord(file, format, row.page(), row.table(), row.row(), parsed.section(),
                row.stt(), row.label(), row.unit(), row.valueRaw(), checked.value(), row.note(),
                match.matched() ? match.indicator().code() : null, match.matched() ? match.indicator().name() : null,
                Math.round(match.score() * 1000) / 1000.0,
                md.issuer(), md.level(), md.reportNumber(), md.reportDate(), md.period(),
                flags);
    }
}
