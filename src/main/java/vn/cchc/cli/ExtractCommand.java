package vn.cchc.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.DbLoad;
import vn.cchc.pipeline.Shard;
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

    @Mixin
    ReadOptions reading;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Mixin
    JobsOption jobs;

    @Mixin
    IncrementalOptions incremental;

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
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // with --db, records go to standard output or -o too only when asked for
        boolean text = outputOptions.output != null || spec.commandLine().getParseResult().hasMatchedOption("--format");
        DbLoad load = db.load(spec, incremental.given(), text);
        var batch = reading.batch(jobs.jobs(), incremental.stateFile(), incremental.retryFailed);
        // last: reading standard input waits for it, and a usage error should not
        ReadOptions.Named named = reading.resolve(parent);
        return new ExtractJob(named.names(), outputOptions.format, outputOptions.output, bom, reading.quiet, batch, override,
                catalogue.catalogue, strict, slice, load)
                .run(named.stdin(), parent.data, parent.err);
    }
}
