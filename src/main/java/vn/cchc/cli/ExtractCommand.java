package vn.cchc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.extract.ExtractJob;
import vn.cchc.report.MetadataOverride;
import vn.cchc.write.OutputFormat;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads the statistics tables of CCHC reports and writes one record per table row.",
                "Data goes to standard output (or --output); messages go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some input failed (the others were still written)",
                "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    CchcCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report files, folders (searched recursively) or globs; PDF, DOCX, DOC, TXT.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete) instead of standard output.")
    Path output;

    @Option(names = "--bom", description = "Start CSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error (errors are still printed).")
    boolean quiet;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Reporting body of every input, instead of the one read from each report (e.g. \"UBND phường Hồng Hải\").")
    String issuer;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Period of every input, instead of the one read from each report: YYYY, YYYY-Q1..Q4, YYYY-H1 or YYYY-9M.")
    String period;

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
        return new ExtractJob(paths, format, output, bom, quiet, override).run(parent.out, parent.err);
    }
}
