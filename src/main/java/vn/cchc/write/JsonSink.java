package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import vn.cchc.check.Problem;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.report.ReportMetadata;

/**
 * One JSON document: {@code {"files": [{file, format, error, metadata, warnings, records: [...]}, ...]}}, streamed
 * file by file so memory does not grow with the batch.
 */
public final class JsonSink implements ResultSink {
    private final JsonGenerator g;

    public JsonSink(OutputStream out) throws IOException {
        this(out, null);
    }

    /** @param provenance tool and catalogue versions and the time, written after {@code "tool"}; null: none */
    public JsonSink(OutputStream out, Provenance provenance) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("tool", "cchc");
        if (provenance != null) {
            g.writeStringField("version", provenance.toolVersion());
            g.writeStringField("catalogue_version", provenance.catalogueVersion());
            g.writeStringField("created", provenance.created().toString());
        }
        g.writeArrayFieldStart("files");
    }

    @Override
    public void accept(FileResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeFieldName("format");
        JsonRecords.writeValue(g, r.format());
        g.writeFieldName("error");
        JsonRecords.writeValue(g, r.error());
        ReportMetadata md = r.metadata();
        g.writeObjectFieldStart("metadata");
        field("issuer", md.issuer());
        field("level", md.level());
        field("report_number", md.reportNumber());
        field("report_date", md.reportDate());
        field("period", md.period());
        g.writeFieldName("flags");
        JsonRecords.writeValue(g, Values.codes(md.flags()));
        g.writeEndObject();
        g.writeFieldName("warnings");
        // the consistency problems are listed with the reader's warnings, one sentence each, after them
        List<String> warnings = new ArrayList<>(r.warnings());
        for (Problem p : r.problems()) warnings.add(p.line());
        JsonRecords.writeValue(g, warnings);
        g.writeArrayFieldStart("records");
        for (StatRecord rec : r.records()) JsonRecords.write(g, rec);
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private void field(String name, String value) throws IOException {
        g.writeFieldName(name);
        JsonRecords.writeValue(g, value);
    }

    @Override
    public void finish() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
