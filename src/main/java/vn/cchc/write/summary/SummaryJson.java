package vn.cchc.write.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import vn.cchc.summary.Duplicates;
import vn.cchc.summary.Line;
import vn.cchc.summary.Notes;
import vn.cchc.summary.Summary;
import vn.cchc.summary.Unit;

/** The consolidated table as one JSON document: the period, the units, the duplicates left out, the lines. */
final class SummaryJson {
    private SummaryJson() {
    }

    static void write(Summary s, OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("tool", "cchc");
        g.writeStringField("period", s.period());
        g.writeStringField("catalogue_version", s.catalogueVersion());
        g.writeArrayFieldStart("units");
        for (Unit u : s.units()) {
            g.writeStartObject();
            g.writeStringField("file", u.file());
            g.writeStringField("issuer", u.metadata().issuer());
            g.writeStringField("level", u.metadata().level());
            g.writeStringField("report_number", u.metadata().reportNumber());
            g.writeStringField("report_date", u.metadata().reportDate());
            g.writeNumberField("problems", u.problems());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("duplicates");
        for (Duplicates.Dropped d : s.duplicates()) {
            g.writeStartObject();
            g.writeStringField("file", d.unit().file());
            g.writeStringField("duplicate_of", d.kept().file());
            g.writeStringField("reason", d.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lines");
        for (Line l : s.lines()) {
            g.writeStartObject();
            g.writeStringField("section", l.row().section().name());
            g.writeStringField("stt", l.row().stt());
            g.writeStringField("name", l.row().title());
            if (!l.row().isSection()) {
                g.writeStringField("indicator", l.row().indicator().code());
                g.writeStringField("unit", l.row().indicator().unit());
                g.writeStringField("rule", l.rule().id());
            }
            if (!l.isHeading()) {
                number(g, "value", l.value());
                number(g, "min", l.min());
                number(g, "max", l.max());
                g.writeNumberField("reports", l.contributors().size());
                list(g, "missing_units", l.missing());
                list(g, "terms_missing_units", l.termsMissing());
                list(g, "check_failed_units", l.checkFailed());
                list(g, "flagged_units", l.flagged());
                g.writeStringField("note", Notes.of(l, s.units().size()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) g.writeNull();
        else g.writeNumber(v);
    }

    private static void list(JsonGenerator g, String name, List<String> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (String i : items) g.writeString(i);
        g.writeEndArray();
    }
}
