package vn.cchc.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import vn.cchc.model.StatRecord;

/** Writes one record as a JSON object with the output field names. */
final class JsonRecords {
    private JsonRecords() {
    }

    static void write(JsonGenerator g, StatRecord r) throws IOException {
        g.writeStartObject();
        List<Object> values = Values.of(r);
        for (int i = 0; i < values.size(); i++) {
            g.writeFieldName(StatRecord.FIELDS.get(i));
            writeValue(g, values.get(i));
            if (StatRecord.FIELDS.get(i).equals("prev_value")) {
                g.writeFieldName("values");
                writeValues(g, r.values());
            }
        }
        g.writeEndObject();
    }

    /** A record's {@code values}: an object of each value column's number by its key, or null. */
    static void writeValues(JsonGenerator g, java.util.Map<String, BigDecimal> values) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (java.util.Map.Entry<String, BigDecimal> e : values.entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    static void writeValue(JsonGenerator g, Object o) throws IOException {
        if (o == null) {
            g.writeNull();
        } else if (o instanceof BigDecimal d) {
            g.writeNumber(new BigDecimal(vn.cchc.number.VietnameseNumbers.format(d)));
        } else if (o instanceof Double d) {
            g.writeNumber(d);
        } else if (o instanceof Integer i) {
            g.writeNumber(i);
        } else if (o instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) g.writeString(String.valueOf(x));
            g.writeEndArray();
        } else {
            g.writeString(o.toString());
        }
    }
}
