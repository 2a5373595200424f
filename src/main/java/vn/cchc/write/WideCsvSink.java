package vn.cchc.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.summary.SideBySide;
import vn.cchc.summary.TemplateRow;
import vn.cchc.summary.Unit;
import vn.cchc.summary.UnitValue;

/**
 * {@code --format wide}: the indicators-side-by-side table as CSV, one line per catalogue indicator in template
 * order (section lines included), one column per report headed "issuer (period)". A cell holds the value, or the
 * printed text when it has no value, or nothing when the report has no such row.
 */
public final class WideCsvSink implements ResultSink {
    public static final List<String> FIXED = List.of("section", "stt", "indicator", "name", "unit");

    private final Writer writer;
    private final SideBySide sideBySide;

    public WideCsvSink(OutputStream out, boolean bom, Catalogue catalogue) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) writer.write('\uFEFF');
        this.sideBySide = new SideBySide(catalogue);
    }

    @Override
    public void accept(FileResult result) {
        sideBySide.add(result);
    }

    @Override
    public void finish() throws IOException {
        SideBySide.Table table = sideBySide.table();
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(table.headings());
        CSVPrinter p = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (TemplateRow row : table.rows()) {
            p.print(row.section().name());
            p.print(row.stt());
            p.print(row.isSection() ? "" : row.indicator().code());
            p.print(row.title());
            p.print(row.isSection() ? "" : row.indicator().unit());
            for (Unit u : table.columns()) p.print(row.isSection() ? "" : cell(u.values().get(row.indicator().code())));
            p.println();
        }
        p.flush();
    }

    private static String cell(UnitValue v) {
        if (v == null) return "";
        if (v.value() != null) return Values.csv(v.value());
        return v.raw() == null ? "" : v.raw();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
