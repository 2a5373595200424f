package vn.cchc.write;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.model.StatRecord;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.vocabulary.Flag;

/** A record's fields in output order, as plain Java values (null stays null). */
public final class Values {
    private Values() {
    }

    public static List<Object> of(StatRecord r) {
        List<Object> v = new ArrayList<>(StatRecord.FIELDS.size());
        v.add(r.file());
        v.add(r.format());
        v.add(r.page());
        v.add(r.table());
        v.add(r.row());
        v.add(r.section());
        v.add(r.stt());
        v.add(r.label());
        v.add(r.unit());
        v.add(r.valueRaw());
        v.add(r.value());
        v.add(r.prevValue());
        v.add(r.note());
        v.add(r.indicator());
        v.add(r.indicatorName());
        v.add(r.matchScore());
        v.add(r.rowKey());
        v.add(r.issuer());
        v.add(r.level());
        v.add(r.reportNumber());
        v.add(r.reportDate());
        v.add(r.period());
        v.add(codes(r.flags()));
        v.add(r.duplicateOf());
        v.add(r.ocrConfidence());
        return v;
    }

    /** A record's {@code values} as the JSON object the JSON outputs write (for a database column), or null. */
    public static String valuesJson(StatRecord r) {
        if (r.values() == null) return null;
        java.io.StringWriter w = new java.io.StringWriter();
        try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
            JsonRecords.writeValues(g, r.values());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** Flags as written: their codes, in the order they were raised. */
    static List<String> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }

    /** CSV cell text: numbers plain with a dot, lists joined by ";", null empty. */
    public static String csv(Object o) {
        if (o == null) return "";
        if (o instanceof java.math.BigDecimal d) return VietnameseNumbers.format(d);
        if (o instanceof Double d) return VietnameseNumbers.format(java.math.BigDecimal.valueOf(d));
        if (o instanceof List<?> l) return String.join(";", l.stream().map(String::valueOf).toList());
        return o.toString();
    }
}
