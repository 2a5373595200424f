package vn.cchc.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.ExitCodes;

/**
 * The top-level {@code cchc} command; it only groups the subcommands. Declared here without them: picocli builds the
 * model of every declared subcommand by reflection before it parses anything, which was a good part of a one-file
 * run's start-up, so a run names its one subcommand ({@link Cli}) and {@link AllCommands} declares them all for help,
 * mistakes and the generated completion script and man pages.
 */
@Command(name = "cchc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns the statistics tables of Vietnamese CCHC reports into clean data.")
public class CchcCommand implements Callable<Integer> {
    /** The subcommands by name, made only when named. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = Map.of("extract", ExtractCommand::new,
            "check", CheckCommand::new, "summary", SummaryCommand::new, "catalogue", CatalogueCommand::new);

    final PrintStream out;
    final PrintStream err;
    /** Standard input, for {@code -} and {@code --files-from -}. */
    final InputStream in;
    /** Standard output for data, every write checked (under {@link #out}, which would hide a failure). */
    final OutputStream data;
    final boolean stdinIsTerminal;

    @Spec
    CommandSpec spec;

    /** For picocli's generators (completion script, man pages), which build the command by reflection. */
    CchcCommand() {
        this(System.out, System.err, System.in, System.out, true);
    }

    CchcCommand(PrintStream out, PrintStream err, InputStream in, OutputStream data, boolean stdinIsTerminal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.data = data;
        this.stdinIsTerminal = stdinIsTerminal;
    }

    /** {@code cchc} without a command is a usage error: the usage goes to standard error, the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
