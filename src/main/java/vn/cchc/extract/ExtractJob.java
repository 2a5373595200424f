package vn.cchc.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.CatalogueException;
import vn.cchc.catalogue.CatalogueFiles;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.read.Readers;
import vn.cchc.write.AtomicFileOutput;
import vn.cchc.write.OutputFormat;
import vn.cchc.write.Sinks;

/**
 * An {@code extract} run as the command line describes it: inputs, output format and target.
 *
 * @param output the output file, or null for standard output
 * @param catalogue a user's indicator catalogue (CSV or JSON), or null for the built-in one
 */
public record ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet,
                         Path catalogue) {
    public ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet) {
        this(inputs, format, output, bom, quiet, null);
    }

    /** Runs the job; returns the process exit code. */
    public int run(OutputStream stdout, PrintStream err) throws IOException {
        IndicatorMatcher matcher;
        try {
            matcher = new IndicatorMatcher(catalogue == null ? Catalogue.builtIn() : CatalogueFiles.load(catalogue));
        } catch (CatalogueException e) {
            err.println("cchc: catalogue: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<InputFile> files = new InputExpander().expand(inputs);
        Batch batch = new Batch(new FileExtractor(Readers.standard(), matcher), err);
        BatchSummary summary;
        if (output == null) {
            try (var sink = Sinks.create(format, nonClosing(stdout), bom)) {
                summary = batch.run(files, sink);
            }
        } else {
            try (AtomicFileOutput file = new AtomicFileOutput(output)) {
                try (var sink = Sinks.create(format, file.stream(), bom)) {
                    summary = batch.run(files, sink);
                }
                file.commit();
            }
        }
        if (!quiet) {
            err.printf("cchc: %d file(s) read, %d failed, %d record(s), %d unmatched, %d flagged%n",
                    summary.files() - summary.failed(), summary.failed(), summary.records(), summary.unmatched(),
                    summary.flagged());
        }
        return summary.anyFailed() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
