package vn.cchc.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs the extractor over a list of inputs, hands each result to the sink in input order and reports failures
 * on the error stream, one line each.
 */
public final class Batch {
    private final FileExtractor extractor;
    private final PrintStream err;

    public Batch(FileExtractor extractor, PrintStream err) {
        this.extractor = extractor;
        this.err = err;
    }

    public BatchSummary run(List<InputFile> inputs, ResultSink sink) throws IOException {
        int failed = 0;
        long records = 0;
        long unmatched = 0;
        long flagged = 0;
        for (InputFile in : inputs) {
            FileResult r = in.error() != null ? FileResult.failed(in.display(), null, in.error())
                    : extractor.extract(in.path(), in.display());
            if (r.failed()) {
                failed++;
                err.println("cchc: " + r.file() + ": " + r.error());
            }
            for (String w : r.warnings()) err.println("cchc: " + r.file() + ": warning: " + w);
            UnmatchedSummary.of(r.records()).ifPresent(line -> err.println("cchc: " + r.file() + ": " + line));
            records += r.records().size();
            for (StatRecord rec : r.records()) {
                if (rec.flags().contains("unmatched")) unmatched++;
                if (!rec.flags().isEmpty()) flagged++;
            }
            sink.accept(r);
        }
        sink.finish();
        return new BatchSummary(inputs.size(), failed, records, unmatched, flagged);
    }
}
