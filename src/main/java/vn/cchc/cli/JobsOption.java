package vn.cchc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -j, --jobs}: how many files a batch command reads at once. */
final class JobsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files read in parallel (default: the number of cores). Output order does not depend on it.")
    Integer jobs;

    /** The number asked for, or one per core. */
    int jobs() {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) throw new ParameterException(mixee.commandLine(), "--jobs must be at least 1");
        return n;
    }
}
