package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.model.ResultSink;
import vn.cchc.write.xlsx.WorkbookSink;

/** Picks the sink for an output format. */
public final class Sinks {
    private Sinks() {
    }

    public static ResultSink create(OutputFormat format, OutputStream out, boolean bom) throws IOException {
        return create(format, out, bom, Catalogue.builtIn(), null);
    }

    /**
     * @param catalogue  the indicators of the side-by-side table (xlsx, wide)
     * @param provenance what made the output, for the formats with a place for it (JSON); null: none
     */
    public static ResultSink create(OutputFormat format, OutputStream out, boolean bom, Catalogue catalogue,
                                    Provenance provenance)
            throws IOException {
        return switch (format) {
            case csv -> new CsvSink(out, bom);
            case json -> new JsonSink(out, provenance);
            case jsonl -> new JsonlSink(out);
            case xlsx -> new WorkbookSink(out, catalogue);
            case wide -> new WideCsvSink(out, bom, catalogue);
        };
    }
}
