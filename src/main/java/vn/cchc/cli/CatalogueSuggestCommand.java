package vn.cchc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.BatchOptions;
import vn.cchc.pipeline.SuggestJob;

@Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Proposes catalogue entries for the rows of a batch of reports that no indicator fits: rows "
                + "grouped by their row_key (section, parent, folded wording), one proposed indicator per group, with "
                + "the wordings seen and how many reports used each in its note.",
                "Prints the catalogue extended with the proposals (CSV); review them and pass the file back with "
                        + "`cchc extract --catalogue FILE`."})
public final class CatalogueSuggestCommand implements Callable<Integer> {
    @ParentCommand
    CatalogueCommand catalogueCommand;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report files, folders (searched recursively) or globs.")
    List<String> paths;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Extend this catalogue (CSV or JSON) instead of the built-in one.")
    Path catalogue;

    @Option(names = "--only-new", description = "Print only the proposed entries, not the catalogue they extend.")
    boolean onlyNew;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files read in parallel (default: the number of cores).")
    Integer jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        var batch = new BatchOptions(n, BatchOptions.DEFAULT_TIMEOUT, BatchOptions.DEFAULT_MAX_FILE_BYTES, null);
        CchcCommand root = catalogueCommand.parent;
        return new SuggestJob(paths, batch, catalogue, onlyNew).run(root.out, root.err);
    }
}
