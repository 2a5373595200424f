package vn.cchc.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.pipeline.ExitCodes;
import vn.cchc.text.Reasons;
import vn.cchc.write.CheckedOutputStream;
import vn.cchc.write.OutputFailure;

/** Builds the command line with explicit streams, so tests can drive it in-process. */
public final class Cli {
    private Cli() {
    }

    /** With an empty standard input (as a test or a cron job without input has). */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        return run(args, new ByteArrayInputStream(new byte[0]), out, err, false);
    }

    /**
     * @param in              standard input, read for the path {@code -}, {@code --files-from -}, or when no path is
     *                        given and it is not a terminal
     * @param out             standard output; every write to it is checked
     * @param stdinIsTerminal whether {@code in} is a terminal (then a missing path is a usage error, not a read)
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal) {
        CheckedOutputStream data = new CheckedOutputStream(out, "standard output");
        PrintStream stdout = new PrintStream(data, false, StandardCharsets.UTF_8);
        CommandLine cmd = commandLine(args, stdout, err, in, data, stdinIsTerminal);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, args1) -> {
            // one line and where to look, as GNU tools do: the whole help would bury the mistake
            CommandLine bad = ex.getCommandLine();
            err.println("cchc: " + Messages.oneLine(ex.getMessage()));
            err.println("Try `" + bad.getCommandSpec().qualifiedName() + " --help` for more information.");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err));
        int code = cmd.execute(args);
        stdout.flush();
        OutputFailure failed = data.failure();
        if (failed != null && code != ExitCodes.PIPE_CLOSED && code != ExitCodes.SOME_FAILED) return failure(failed, err);
        return code;
    }

    /** The root with only the subcommand the arguments name, when they start with one; else with all of them. */
    private static CommandLine commandLine(String[] args, PrintStream stdout, PrintStream err, InputStream in,
                                           OutputStream data, boolean stdinIsTerminal) {
        var named = args.length == 0 ? null : CchcCommand.SUBCOMMANDS.get(args[0]);
        // a command that reads reports with the built-in catalogue: its matcher is prepared while picocli works
        boolean readsReports = named != null && (!args[0].equals("catalogue") || args.length > 1 && args[1].equals("suggest"));
        if (readsReports && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--catalogue") || a.startsWith("--catalogue="))) {
            IndicatorMatcher.prepareBuiltIn();
        }
        if (named == null) return new CommandLine(new AllCommands(stdout, err, in, data, stdinIsTerminal));
        CommandLine cmd = new CommandLine(new CchcCommand(stdout, err, in, data, stdinIsTerminal));
        cmd.addSubcommand(args[0], named.get());
        return cmd;
    }

    /** The exit code for an exception out of a command, after its one line on standard error. */
    private static int failure(Exception ex, PrintStream err) {
        if (ex instanceof OutputFailure f && f.closedPipe()) return ExitCodes.PIPE_CLOSED; // quiet, like SIGPIPE
        err.println("cchc: " + Messages.oneLine(ex.getMessage() == null ? Reasons.brief(ex) : ex.getMessage()));
        return ExitCodes.SOME_FAILED;
    }
}
