package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;
import vn.cchc.write.ProblemListSink;

/**
 * A {@code check} run: extracts each report as {@code extract} does and lists its consistency problems as text.
 *
 * @param catalogue a user's indicator catalogue, or null for the built-in one
 * @param quiet     {@code -q}: no warnings on standard error
 */
public record CheckJob(List<String> inputs, BatchOptions batch, Path catalogue, boolean quiet) {

    /**
     * Runs the job, reading {@code -} from {@code stdin}; returns 0 when no report has a problem, 3 when some has, 1
     * when some file failed.
     */
    public int run(InputStream stdin, PrintStream stdout, PrintStream err) throws IOException {
        Optional<IndicatorMatcher> loaded = ExtractJob.matcher(catalogue, err);
        if (loaded.isEmpty()) return ExitCodes.USAGE;
        IndicatorMatcher matcher = loaded.get();
        FileExtractor extractor = new FileExtractor(Readers.standard(batch.ocr()), batch.maxFileBytes(), MetadataOverride.NONE,
                matcher);
        Batch run = new Batch(extractor, err, batch.jobs(), batch.timeout(), Progress.none(), null).quiet(quiet);
        BatchSummary summary = StdinCopy.expanded(inputs, stdin, files -> {
            try (ProblemListSink sink = new ProblemListSink(stdout)) {
                return run.run(files, sink);
            }
        });
        // as for extract --strict: a file that could not be read at all is the more urgent news
        if (summary.anyFailed()) return ExitCodes.SOME_FAILED;
        return summary.anyProblem() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
