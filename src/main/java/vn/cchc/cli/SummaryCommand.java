package vn.cchc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.SummaryJob;
import vn.cchc.report.ReportPeriods;
import vn.cchc.write.summary.SummaryFormat;

@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compiles the reports of one period into the consolidated statistics table, in the template's "
                + "layout (sections I-VII, STT, Chỉ tiêu, Đơn vị tính, Số liệu, Ghi chú).",
                "Counts are summed, rates recomputed from summed numerators and denominators, yes/no answers counted, "
                        + "non-additive indicators shown as a range (the catalogue's aggregate column).",
                "The same report given twice (same issuer and period) is used once, with a warning naming both."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and consolidated",
                "1:some input failed (the others were consolidated), or no report to consolidate",
                "2:usage error, or reports of several periods without --period"})
public final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    CchcCommand parent;

    @Mixin
    ReadOptions reading;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). html is one "
                    + "self-contained page with bar charts of the key rates; xlsx needs --output or a redirection.")
    SummaryFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Consolidate the reports of this period (YYYY, YYYY-Q1..Q4, YYYY-H1, YYYY-9M) and leave the others out; "
                    + "needed when the inputs are of several periods.")
    String period;

    @Mixin
    JobsOption jobs;

    /** The catalogue's aggregate column decides how each line is compiled. */
    @Mixin
    CatalogueOption catalogue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = jobs.jobs();
        if (period != null && !ReportPeriods.isValid(period)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --period: '" + period
                    + "' (YYYY, YYYY-Q1..Q4, YYYY-H1 or YYYY-9M)");
        }
        var batch = reading.batch(n, null, false);
        ReadOptions.Named named = reading.resolve(parent);
        return new SummaryJob(named.names(), format, output, reading.quiet, batch, period, catalogue.catalogue)
                .run(named.stdin(), parent.out, parent.err);
    }
}
