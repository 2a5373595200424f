package vn.cchc.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import vn.cchc.pipeline.CheckJob;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the consistency problems of CCHC reports, per report: rates that do not follow from "
                + "their terms, totals that are not the sum of their parts, impossible values, units that contradict "
                + "the indicator, numbers whose reading depends on the separator convention (docs/checks.md).",
                "The list goes to standard output; messages go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no report has a problem", "1:some input failed (wins over 3)", "2:usage error",
                "3:some report has a problem"})
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    CchcCommand parent;

    @Mixin
    ReadOptions reading;

    @Mixin
    JobsOption jobs;

    @Mixin
    CatalogueOption catalogue;

    @Override
    public Integer call() throws Exception {
        var batch = reading.batch(jobs.jobs(), null, false);
        ReadOptions.Named named = reading.resolve(parent);
        return new CheckJob(named.names(), batch, catalogue.catalogue, reading.quiet).run(named.stdin(), parent.out, parent.err);
    }
}
