package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.CatalogueException;
import vn.cchc.catalogue.CatalogueFiles;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;
import vn.cchc.write.AtomicFileOutput;
import vn.cchc.write.CheckedOutputStream;
import vn.cchc.write.NonClosingOutputStream;
import vn.cchc.write.OutputFailure;
import vn.cchc.write.Provenance;
import vn.cchc.write.OutputFormat;
import vn.cchc.write.Sinks;

/**
 * An {@code extract} run as the command line describes it: inputs, output format and target, and how the batch runs.
 *
 * @param output    the output file, or null for standard output
 * @param batch     jobs, timeout, size limit and {@code --incremental} state
 * @param override  {@code --issuer} / {@code --period}, winning over what the reports say
 * @param catalogue a user's indicator catalogue (CSV or JSON), or null for the built-in one
 * @param strict    {@code --strict}: exit {@link ExitCodes#CHECK_FAILED} when a consistency check fails
 */
public record ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet,
                         BatchOptions batch, MetadataOverride override, Path catalogue, boolean strict) {

    public ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet,
                      BatchOptions batch, MetadataOverride override, Path catalogue) {
        this(inputs, format, output, bom, quiet, batch, override, catalogue, false);
    }

    public ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet) {
        this(inputs, format, output, bom, quiet, BatchOptions.defaults(), MetadataOverride.NONE, null);
    }

    public ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet,
                      BatchOptions batch, MetadataOverride override) {
        this(inputs, format, output, bom, quiet, batch, override, null, false);
    }

    /** Runs the job; returns the process exit code. */
    public int run(OutputStream stdout, PrintStream err) throws IOException {
        return run(System.in, stdout, err, Readers.standard(batch.ocr()));
    }

    /** As {@link #run(OutputStream, PrintStream)} reading {@code -} from {@code stdin}. */
    public int run(InputStream stdin, OutputStream stdout, PrintStream err) throws IOException {
        return run(stdin, stdout, err, Readers.standard(batch.ocr()));
    }

    /** As {@link #run(OutputStream, PrintStream)} with the given readers; tests pass readers that misbehave. */
    int run(OutputStream stdout, PrintStream err, Readers readers) throws IOException {
        return run(System.in, stdout, err, readers);
    }

    int run(InputStream stdin, OutputStream stdout, PrintStream err, Readers readers) throws IOException {
        Optional<IndicatorMatcher> loaded = ExtractJob.matcher(catalogue, err);
        if (loaded.isEmpty()) return ExitCodes.USAGE;
        IndicatorMatcher matcher = loaded.get();
        if (output == null && format.binary() && Terminal.stdoutIsTerminal()) {
            err.println("cchc: --format " + format + " is binary and standard output is a terminal: give a file with "
                    + "-o FILE." + format + " (or redirect standard output)");
            return ExitCodes.USAGE;
        }
        try (StdinCopy stdinCopy = inputs.contains(StdinCopy.NAME) ? StdinCopy.of(stdin) : null) {
            List<InputFile> files = new InputExpander(stdinCopy == null ? null : stdinCopy.path()).expand(inputs);
            return run(files, matcher, stdout, err, readers);
        }
    }

    private int run(List<InputFile> files, IndicatorMatcher matcher, OutputStream stdout, PrintStream err,
                    Readers readers) throws IOException {
        if (output != null && isAnInput(files, output)) {
            // `-o report.txt report.txt` would replace the report with its own CSV
            err.println("cchc: " + output + ": the output file is also an input; refusing to overwrite it");
            return ExitCodes.USAGE;
        }
        IncrementalState state = batch.incremental() == null ? null : IncrementalState.load(batch.incremental());
        Progress progress = quiet ? Progress.none() : Progress.forStderr(err);
        Batch run = new Batch(new FileExtractor(readers, batch.maxFileBytes(), override, matcher), err, batch.jobs(),
                batch.timeout(), progress, state).quiet(quiet).retryFailed(batch.retryFailed());
        Provenance provenance = Provenance.of(matcher.catalogue().version());
        BatchSummary summary;
        if (output == null) {
            CheckedOutputStream out = new CheckedOutputStream(stdout, "standard output");
            try (var sink = Sinks.create(format, new NonClosingOutputStream(out), bom, matcher.catalogue(), provenance)) {
                summary = run.run(files, sink);
            } catch (OutputFailure e) {
                // the files whose records were written and flushed before the failure are delivered: keep them so
                if (state != null) state.save();
                throw e;
            }
        } else {
            try (AtomicFileOutput file = new AtomicFileOutput(output)) {
                try (var sink = Sinks.create(format, file.stream(), bom, matcher.catalogue(), provenance)) {
                    summary = run.run(files, sink);
                }
                file.commit();
            }
        }
        // only once the output is safely written (with -o: renamed into place): a crash before this point
        // re-extracts those files next time
        if (state != null) state.save();
        if (!quiet) {
            err.printf("cchc: %d file(s) read, %d failed, %d record(s), %d unmatched, %d flagged%s%s%s%n",
                    summary.read(), summary.failed(), summary.records(), summary.unmatched(), summary.flagged(),
                    summary.problems() == 0 ? "" : ", " + summary.problems() + " consistency problem(s)",
                    summary.skipped() == summary.failedBefore() ? ""
                            : ", " + (summary.skipped() - summary.failedBefore()) + " skipped (already extracted)",
                    summary.failedBefore() == 0 ? "" : ", " + summary.failedBefore()
                            + " skipped (failed before with the same content; --retry-failed tries again)");
        }
        return exitCode(summary, strict);
    }

    private static boolean isAnInput(List<InputFile> files, Path output) {
        if (!java.nio.file.Files.exists(output)) return false;
        for (InputFile f : files) {
            try {
                if (f.path() != null && java.nio.file.Files.isSameFile(f.path(), output)) return true;
            } catch (IOException e) {
                // an input that cannot be compared is not the output file
            }
        }
        return false;
    }

    /**
     * A failed file outranks a failed check (as {@code diff} and {@code grep} put trouble before findings): the
     * output lacks that file altogether, which a cron job must hear about first; the problems are still on standard
     * error and in the output.
     */
    static int exitCode(BatchSummary summary, boolean strict) {
        if (summary.anyFailed()) return ExitCodes.SOME_FAILED;
        if (strict && summary.anyProblem()) return ExitCodes.CHECK_FAILED;
        return ExitCodes.OK;
    }

    /** The matcher for a user's catalogue (null: the built-in one), or empty after a one-line error on {@code err}. */
    static Optional<IndicatorMatcher> matcher(Path catalogue, PrintStream err) {
        try {
            return Optional.of(new IndicatorMatcher(catalogue == null ? Catalogue.builtIn() : CatalogueFiles.load(catalogue)));
        } catch (CatalogueException e) {
            err.println("cchc: catalogue: " + e.getMessage());
            return Optional.empty();
        }
    }
}
