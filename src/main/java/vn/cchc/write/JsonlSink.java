package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;

/** JSON Lines: one record object per line, UTF-8, records streamed as they come. */
public final class JsonlSink implements ResultSink {
    private final JsonGenerator g;
    private boolean written;

    public JsonlSink(OutputStream out) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    @Override
    public void accept(FileResult result) throws IOException {
        for (StatRecord r : result.records()) {
            JsonRecords.write(g, r);
            written = true;
        }
        g.flush();
    }

    @Override
    public void finish() throws IOException {
        if (written) g.writeRaw('\n'); // no records: nothing at all, not a blank line
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
