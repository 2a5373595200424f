package vn.cchc.cli;

import java.nio.file.Path;
import java.util.Stack;

import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --incremental [STATEFILE]} and {@code --retry-failed}: what {@code extract} skips as done before. */
final class IncrementalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--incremental", paramLabel = "STATEFILE", parameterConsumer = StateFileOrDb.class,
            description = "Skip files whose content (SHA-256) STATEFILE lists as already extracted (or as failed, "
                    + "see --retry-failed); add this run's files to it once their records are written. With --db, "
                    + "no STATEFILE: the database says which reports are loaded already (or failed).")
    String incremental;

    @Option(names = "--retry-failed",
            description = "With --incremental: extract again the files whose content failed in an earlier run "
                    + "(by default they are skipped, with a reminder in the summary).")
    boolean retryFailed;

    /** Whether {@code --incremental} was given, with a state file or with {@code --db}. */
    boolean given() {
        if (retryFailed && incremental == null) {
            throw new ParameterException(mixee.commandLine(),
                    "--retry-failed needs --incremental (a STATEFILE, or the database with --db)");
        }
        return incremental != null;
    }

    /** The state file, or null: not incremental, or the database is the state. */
    Path stateFile() {
        return given() && !incremental.isEmpty() ? Path.of(incremental) : null;
    }

    /**
     * {@code --incremental STATEFILE}, or a bare {@code --incremental} with {@code --db}: the database is the state,
     * so the next argument is an input, not a state file.
     */
    static final class StateFileOrDb implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec spec) {
            boolean withDb = spec.findOption("--db").getValue() != null
                    || args.stream().anyMatch(a -> a.equals("--db") || a.startsWith("--db="));
            if (withDb) {
                option.setValue("");
                return;
            }
            if (args.isEmpty()) throw new ParameterException(spec.commandLine(), "--incremental needs a STATEFILE (or --db)");
            option.setValue(args.pop());
        }
    }
}
