package vn.cchc.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.check.CheckedRow;
import vn.cchc.check.ParsedRow;
import vn.cchc.model.StatRecord;
import vn.cchc.number.NumberKind;
import vn.cchc.number.ParsedNumber;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.report.ReportMetadata;
import vn.cchc.table.StatRow;
import vn.cchc.table.ValueCell;
import vn.cchc.table.ValueColumns;
import vn.cchc.vocabulary.Flag;

/** Joins a checked row and the report's metadata into its output record, once. */
final class RecordBuilder {
    private RecordBuilder() {
    }

    /**
     * @param choice how the row's table chose among its value columns, or null when it has one
     * @param rowKey the row's {@link vn.cchc.catalogue.RowKeys row key}
     */
    static StatRecord build(String file, String format, ReportMetadata md, CheckedRow checked, ValueColumns.Choice choice,
                            String rowKey) {
        ParsedRow parsed = checked.row();
        StatRow row = parsed.row();
        IndicatorMatch match = parsed.match();
        // in the order the stages raised them: the table reader, the number, the metadata, the catalogue, the checks
        List<Flag> flags = new ArrayList<>(row.flags());
        if (parsed.number().kind() == NumberKind.UNREADABLE) flags.add(Flag.UNREADABLE_VALUE);
        flags.addAll(md.flags()); // a record whose issuer or period is unknown says so itself
        if (!match.matched()) flags.add(Flag.UNMATCHED);
        flags.addAll(checked.flags());
        // a character the decoder could not read (a stray byte) may be any letter or digit: say so on its row only
        if (hasReplacement(row)) flags.add(Flag.REPLACED_CHARACTER);
        // a side column's number left null because it reads two ways (or not at all) is said, never dropped silently
        if (hasUnreadSideValue(row, choice)) flags.add(Flag.SIDE_VALUE_UNREAD);
        java.math.BigDecimal value = checked.value();
        // the lost character may have been a digit or a separator: no value rather than a wrong one
        if (row.valueRaw() != null && row.valueRaw().indexOf('\uFFFD') >= 0) value = null;
        if (flags.contains(Flag.OCR)) {
            if (!checked.flags().isEmpty() && !flags.contains(Flag.OCR_UNCERTAIN)) {
                flags.add(Flag.OCR_UNCERTAIN); // the report's own arithmetic contradicts what OCR read
            }
            // a value OCR is unsure of is not given at all: an empty value with a flag beats a wrong one
            if (row.flags().contains(Flag.OCR_UNCERTAIN)) value = null;
        }
        return new StatRecord(file, format, row.page(), row.table(), row.row(), parsed.section(),
                row.stt(), row.label(), row.unit(), row.valueRaw(), value, previous(row, choice), values(row, choice),
                row.note(),
                match.matched() ? match.indicator().code() : null, match.matched() ? match.indicator().name() : null,
                Math.round(match.score() * 1000) / 1000.0, rowKey,
                md.issuer(), md.level(), md.reportNumber(), md.reportDate(), md.period(),
                flags, null, row.valueConfidence());
    }

    private static boolean hasReplacement(StatRow row) {
        for (String s : new String[] {row.stt(), row.label(), row.unit(), row.valueRaw(), row.note()}) {
            if (s != null && s.indexOf('\uFFFD') >= 0) return true;
        }
        return false;
    }

    private static boolean hasUnreadSideValue(StatRow row, ValueColumns.Choice choice) {
        if (choice == null || row.values().size() != choice.keys().size()) return false;
        for (ValueCell c : row.values()) {
            if (c.number() != null || c.raw() == null) continue;
            ParsedNumber p = VietnameseNumbers.parse(c.raw());
            if (p.isAmbiguous() || p.kind() == NumberKind.UNREADABLE) return true;
        }
        return false;
    }

    private static BigDecimal previous(StatRow row, ValueColumns.Choice choice) {
        if (choice == null || choice.previous() < 0 || row.values().size() != choice.keys().size()) return null;
        return number(row.values().get(choice.previous()));
    }

    private static Map<String, BigDecimal> values(StatRow row, ValueColumns.Choice choice) {
        if (choice == null || row.values().size() != choice.keys().size()) return null;
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < row.values().size(); i++) out.put(choice.keys().get(i), number(row.values().get(i)));
        return out;
    }

    /** A side column's number: its stored number, else its reading when it has only one (never a guess). */
    private static BigDecimal number(ValueCell c) {
        if (c.number() != null) return c.number();
        ParsedNumber p = VietnameseNumbers.parse(c.raw());
        return p.isAmbiguous() ? null : p.value();
    }
}
