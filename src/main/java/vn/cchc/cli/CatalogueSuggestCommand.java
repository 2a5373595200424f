package vn.cchc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
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

    @Mixin
    ReadOptions reading;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Extend this catalogue (CSV or JSON) instead of the built-in one.")
    Path catalogue;

    @Option(names = "--only-new", description = "Print only the proposed entries, not the catalogue they extend.")
    boolean onlyNew;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() throws Exception {
        var batch = reading.batch(jobs.jobs(), null, false);
        CchcCommand root = catalogueCommand.parent;
        ReadOptions.Named named = reading.resolve(root);
        return new SuggestJob(named.names(), batch, catalogue, onlyNew, reading.quiet).run(named.stdin(), root.out, root.err);
    }
}
