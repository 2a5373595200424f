package vn.cchc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import vn.cchc.extract.ExtractJob;
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

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Match rows against this indicator catalogue (CSV or JSON, as `cchc catalogue` prints) instead of the built-in one.")
    Path catalogue;

    @Override
    public Integer call() throws Exception {
        return new ExtractJob(paths, format, output, bom, quiet, catalogue).run(parent.out, parent.err);
    }
}
