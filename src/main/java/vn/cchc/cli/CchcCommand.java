package vn.cchc.cli;

import java.io.PrintStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cchc} command; it only groups the subcommands. */
@Command(name = "cchc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns the statistics tables of Vietnamese CCHC reports into clean data.",
        subcommands = {ExtractCommand.class, CheckCommand.class, CatalogueCommand.class})
public final class CchcCommand implements Runnable {
    final PrintStream out;
    final PrintStream err;

    @Spec
    CommandSpec spec;

    CchcCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
