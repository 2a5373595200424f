package vn.cchc.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.BatchOptions;
import vn.cchc.pipeline.DbLoad;
import vn.cchc.pipeline.Shard;
import vn.cchc.pipeline.ExtractJob;
import vn.cchc.read.ocr.OcrOptions;
import vn.cchc.report.MetadataOverride;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads the statistics tables of CCHC reports and writes one record per table row.",
                "Data goes to standard output (or --output); messages go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read (with --strict: and every consistency check passed)",
                "1:some input failed (the others were still written); wins over 3",
                "2:usage error",
                "3:--strict only: a consistency check failed (the output is written, the records flagged)"})
public final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    CchcCommand parent;

    @Mixin
    InputOptions inputs;

    @Option(names = "--retry-failed",
            description = "With --incremental: extract again the files whose content failed in an earlier run "
                    + "(by default they are skipped, with a reminder in the summary).")
    boolean retryFailed;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Mixin
    QuietOption quiet;

    @Mixin
    JobsOption jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file that takes longer, with a reason; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--incremental", paramLabel = "STATEFILE", parameterConsumer = DbOptions.IncrementalOption.class,
            description = "Skip files whose content (SHA-256) STATEFILE lists as already extracted (or as failed, "
                    + "see --retry-failed); add this run's files to it once their records are written. With --db, "
                    + "no STATEFILE: the database says which reports are loaded already.")
    String incremental;

    @Mixin
    DbOptions db;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Take only the K-th (0..N-1) of N disjoint slices of the inputs (by a hash of the file "
                    + "name), so N machines can share one batch.")
    String shard;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Reporting body of every input, instead of the one read from each report (e.g. \"UBND phường Hồng Hải\").")
    String issuer;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Period of every input, instead of the one read from each report: YYYY, YYYY-Q1..Q4, YYYY-H1 or "
                    + "YYYY-9M (any case: 2024-q1).")
    String period;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--strict",
            description = "Exit with 3 when a consistency check fails (a rate, a total, a range, a unit or an "
                    + "ambiguous number; see docs/checks.md). Without it the data flows with its flags.")
    boolean strict;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = "Read page images with Tesseract: auto (pages without usable text, and image files), never, "
                    + "always (every PDF page) (default: ${DEFAULT-VALUE}).")
    String ocr;

    @Option(names = "--ocr-lang", paramLabel = "LANG", defaultValue = "vie",
            description = "Tesseract language of the reports' text (default: ${DEFAULT-VALUE}); numbers are read with "
                    + "Tesseract's built-in English model.")
    String ocrLang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MetadataOverride override;
        try {
            override = new MetadataOverride(issuer, period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--period': " + e.getMessage());
        }
        int n = jobs.jobs();
        if (timeoutSeconds < 0) throw new ParameterException(spec.commandLine(), "--timeout must not be negative");
        if (maxSizeMb < 1) throw new ParameterException(spec.commandLine(), "--max-size must be at least 1 (MB)");
        if (retryFailed && incremental == null) {
            throw new ParameterException(spec.commandLine(), "--retry-failed needs --incremental (a STATEFILE, or the database with --db)");
        }
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // with --db, records go to standard output or -o too only when asked for
        boolean text = outputOptions.output != null || spec.commandLine().getParseResult().hasMatchedOption("--format");
        DbLoad load = db.load(spec, incremental != null, text);
        OcrOptions ocrOptions;
        try {
            ocrOptions = new OcrOptions(OcrOptions.Mode.valueOf(ocr.toUpperCase(java.util.Locale.ROOT)), ocrLang, n);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ocr must be auto, never or always, and --ocr-lang a "
                    + "Tesseract language such as vie or vie+eng (got --ocr " + ocr + " --ocr-lang " + ocrLang + ")");
        }
        Path stateFile = incremental == null || incremental.isEmpty() ? null : Path.of(incremental);
        var batch = new BatchOptions(n, Duration.ofSeconds(timeoutSeconds), maxSizeMb * 1024 * 1024, stateFile,
                retryFailed, ocrOptions);
        // last: reading standard input waits for it, and a usage error should not
        InputOptions.Named named = inputs.resolve(parent);
        return new ExtractJob(named.names(), outputOptions.format, outputOptions.output, bom, quiet.quiet, batch, override,
                catalogue.catalogue, strict, slice, load)
                .run(named.stdin(), parent.data, parent.err);
    }
}
