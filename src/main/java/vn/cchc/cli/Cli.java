package vn.cchc.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Builds the command line with explicit streams, so tests can drive it in-process. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, OutputStream out, PrintStream err) {
        PrintStream stdout = out instanceof PrintStream ps ? ps : new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandLine cmd = new CommandLine(new CchcCommand(stdout, err));
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("cchc: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cmd.execute(args);
    }
}
