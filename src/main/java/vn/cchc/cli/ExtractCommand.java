package vn.cchc.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.BatchOptions;
import vn.cchc.pipeline.ExtractJob;
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

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report files, folders (searched recursively) or globs; PDF, DOCX, DOC, ODT, HTML, TXT.")
    List<String> paths;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error (errors are still printed).")
    boolean quiet;

    @Mixin
    JobsOption jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file that takes longer, with a reason; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--incremental", paramLabel = "STATEFILE",
            description = "Skip files whose content (SHA-256) STATEFILE lists as already extracted; add this run's "
                    + "files to it once the output is written.")
    Path incremental;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Reporting body of every input, instead of the one read from each report (e.g. \"UBND phường Hồng Hải\").")
    String issuer;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Period of every input, instead of the one read from each report: YYYY, YYYY-Q1..Q4, YYYY-H1 or YYYY-9M.")
    String period;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--strict",
            description = "Exit with 3 when a consistency check fails (a rate, a total, a range, a unit or an "
                    + "ambiguous number; see docs/checks.md). Without it the data flows with its flags.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MetadataOverride override;
        try {
            override = new MetadataOverride(issuer, period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value: " + e.getMessage());
        }
        int n = jobs.jobs();
        if (timeoutSeconds < 0) throw new ParameterException(spec.commandLine(), "--timeout must not be negative");
        if (maxSizeMb < 1) throw new ParameterException(spec.commandLine(), "--max-size must be at least 1 (MB)");
        var batch = new BatchOptions(n, Duration.ofSeconds(timeoutSeconds), maxSizeMb * 1024 * 1024, incremental);
        return new ExtractJob(paths, outputOptions.format, outputOptions.output, bom, quiet, batch, override, catalogue.catalogue, strict)
                .run(parent.out, parent.err);
    }
}
