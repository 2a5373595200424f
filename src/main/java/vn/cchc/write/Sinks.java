package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;

import vn.cchc.model.ResultSink;

/** Picks the sink for an output format. */
public final class Sinks {
    private Sinks() {
    }

    public static ResultSink create(OutputFormat format, OutputStream out, boolean bom) throws IOException {
        return switch (format) {
            case csv -> new CsvSink(out, bom);
            case json -> new JsonSink(out);
            case jsonl -> new JsonlSink(out);
        };
    }
}
