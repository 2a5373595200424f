package vn.cchc.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

import picocli.CommandLine.Command;

/**
 * {@code cchc} with every subcommand declared: what {@code cchc --help}, a mistyped command, the completion script
 * and the man pages see (the build's generators name this class). A run of one command uses {@link CchcCommand}
 * with just that command (see there why).
 */
@Command(subcommands = {ExtractCommand.class, CheckCommand.class, SummaryCommand.class, CatalogueCommand.class})
public final class AllCommands extends CchcCommand {
    /** For picocli's generators, which build the command by reflection. */
    AllCommands() {
    }

    AllCommands(PrintStream out, PrintStream err, InputStream in, OutputStream data, boolean stdinIsTerminal) {
        super(out, err, in, data, stdinIsTerminal);
    }
}
