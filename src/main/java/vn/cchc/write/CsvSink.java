package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;

/** RFC 4180 CSV, UTF-8, CRLF line ends, one header line; an optional BOM for Excel. */
public final class CsvSink implements ResultSink {
    private final CSVPrinter printer;

    public CsvSink(OutputStream out, boolean bom) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) w.write('\uFEFF');
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(StatRecord.FIELDS.toArray(String[]::new)).get());
    }

    @Override
    public void accept(FileResult result) throws IOException {
        for (StatRecord r : result.records()) {
            for (Object v : Values.of(r)) printer.print(Values.csv(v));
            printer.println();
        }
        // each file's records reach the output before the next file: a failed write stops the run here, and
        // --incremental records a file only once its records are out
        printer.flush();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
