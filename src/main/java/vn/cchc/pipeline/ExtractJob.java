package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.CatalogueException;
import vn.cchc.catalogue.CatalogueFiles;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.model.FileResult;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;
import vn.cchc.text.Printable;
import vn.cchc.write.AtomicFileOutput;
import vn.cchc.write.CheckedOutputStream;
import vn.cchc.write.NonClosingOutputStream;
import vn.cchc.write.OutputFailure;
import vn.cchc.write.Provenance;
import vn.cchc.write.OutputFormat;
import vn.cchc.write.Sinks;
import vn.cchc.write.TeeSink;
import vn.cchc.write.db.DbSink;
import vn.cchc.write.db.RunCounts;
import vn.cchc.write.db.Warehouse;
import vn.cchc.write.db.WarehouseException;

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
                         BatchOptions batch, MetadataOverride override, Path catalogue, boolean strict, Shard shard,
                         DbLoad db) {

    /**
     * @param shard {@code --shard}: the slice of the inputs this run takes
     * @param db    {@code --db}, or null
     */
    public ExtractJob {
        if (shard == null) shard = Shard.ALL;
    }

    public ExtractJob(List<String> inputs, OutputFormat format, Path output, boolean bom, boolean quiet,
                      BatchOptions batch, MetadataOverride override, Path catalogue, boolean strict) {
        this(inputs, format, output, bom, quiet, batch, override, catalogue, strict, Shard.ALL, null);
    }

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
        return StdinCopy.expanded(inputs, stdin, files -> run(shard.select(files), matcher, stdout, err, readers));
    }

    private int run(List<InputFile> files, IndicatorMatcher matcher, OutputStream stdout, PrintStream err,
                    Readers readers) throws IOException {
        if (output != null && isAnInput(files, output)) {
            // `-o report.txt report.txt` would replace the report with its own CSV
            err.println(Printable.escape("cchc: " + output + ": the output file is also an input; refusing to overwrite it"));
            return ExitCodes.USAGE;
        }
        Progress progress = quiet ? Progress.none() : Progress.forStderr(err);
        FileExtractor extractor = new FileExtractor(readers, batch.maxFileBytes(), override, matcher);
        Provenance provenance = Provenance.of(matcher.catalogue().version());
        if (db == null) {
            IncrementalState state = batch.incremental() == null ? null : IncrementalState.load(batch.incremental());
            BatchSummary summary = write(files, batch(extractor, err, progress, state), null, stdout,
                    matcher.catalogue(), provenance, state);
            // only once the output is safely written (with -o: renamed into place): a crash before this point
            // re-extracts those files next time
            if (state != null) state.save();
            summarize(summary, "", err);
            return exitCode(summary, strict);
        }
        // the database first: when it cannot be written, nothing is extracted and no state file is touched
        try (Warehouse warehouse = Warehouse.open(db.target())) {
            warehouse.startRun(db.arguments());
            ContentLedger state = batch.incremental() != null ? IncrementalState.load(batch.incremental())
                    : db.incremental() ? loadedIn(warehouse) : null;
            DbSink loader = new DbSink(warehouse, matcher.catalogue().version());
            BatchSummary summary = write(files, batch(extractor, err, progress, state), loader, stdout,
                    matcher.catalogue(), provenance, state);
            loader.skipped(summary.skipped());
            warehouse.finishRun(loader.counts());
            if (state != null) state.save();
            RunCounts n = loader.counts();
            summarize(summary, ", database: " + n.loaded() + " report(s) loaded, " + n.unchanged() + " unchanged", err);
            return exitCode(summary, strict);
        } catch (WarehouseException e) {
            // one line, as for a bad file; what was committed before stays, and the next run completes the rest
            err.println(Printable.escape("cchc: " + e.getMessage()));
            return ExitCodes.SOME_FAILED;
        }
    }

    private Batch batch(FileExtractor extractor, PrintStream err, Progress progress, ContentLedger state) {
        return new Batch(extractor, err, batch.jobs(), batch.timeout(), progress, state).quiet(quiet)
                .retryFailed(batch.retryFailed());
    }

    /** Runs the batch into the text output and/or the database. */
    private BatchSummary write(List<InputFile> files, Batch run, DbSink loader, OutputStream stdout, Catalogue catalogue,
                               Provenance provenance, ContentLedger state) throws IOException {
        if (loader != null && !db.textOutput() && output == null) return run.run(files, loader);
        if (output == null) {
            CheckedOutputStream out = new CheckedOutputStream(stdout, "standard output");
            try (var sink = Sinks.create(format, new NonClosingOutputStream(out), bom, catalogue, provenance)) {
                return run.run(files, loader == null ? sink : new TeeSink(List.of(loader, sink)));
            } catch (OutputFailure e) {
                // the files whose records were written and flushed before the failure are delivered: keep them so
                if (state != null) state.save();
                throw e;
            }
        }
        try (AtomicFileOutput file = new AtomicFileOutput(output)) {
            BatchSummary summary;
            try (var sink = Sinks.create(format, file.stream(), bom, catalogue, provenance)) {
                summary = run.run(files, loader == null ? sink : new TeeSink(List.of(loader, sink)));
            }
            file.commit();
            return summary;
        }
    }

    /**
     * {@code --incremental} with {@code --db}: what the database holds is what is done, and a report it holds as
     * failed (by this cchc version) is skipped with a reminder until {@code --retry-failed}, as with a state file.
     */
    private static ContentLedger loadedIn(Warehouse warehouse) throws WarehouseException {
        Set<String> loaded = warehouse.loadedReports();
        Set<String> failed = warehouse.failedReports();
        return new ContentLedger() {
            @Override
            public boolean contains(String sha256) {
                return loaded.contains(sha256);
            }

            @Override
            public IncrementalState.Seen seen(String sha256) {
                if (loaded.contains(sha256)) return IncrementalState.Seen.EXTRACTED;
                return failed.contains(sha256) ? IncrementalState.Seen.FAILED : IncrementalState.Seen.NEW;
            }

            @Override
            public void delivered(String sha256, FileResult result) {
                // the database recorded it, success or failure, in the report's own transaction
            }

            @Override
            public void save() {
            }
        };
    }

    private void summarize(BatchSummary summary, String database, PrintStream err) {
        if (!quiet) {
            err.printf("cchc: %d file(s) read, %d failed, %d record(s), %d unmatched, %d flagged%s%s%s%s%n",
                    summary.read(), summary.failed(), summary.records(), summary.unmatched(), summary.flagged(),
                    summary.problems() == 0 ? "" : ", " + summary.problems() + " consistency problem(s)",
                    summary.skipped() == summary.failedBefore() ? ""
                            : ", " + (summary.skipped() - summary.failedBefore()) + " skipped (already extracted)",
                    summary.failedBefore() == 0 ? "" : ", " + summary.failedBefore()
                            + " skipped (failed before with the same content; --retry-failed tries again)", database);
        }
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
            return Optional.of(catalogue == null ? IndicatorMatcher.builtIn() : new IndicatorMatcher(CatalogueFiles.load(catalogue)));
        } catch (CatalogueException e) {
            err.println(Printable.escape("cchc: catalogue: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
