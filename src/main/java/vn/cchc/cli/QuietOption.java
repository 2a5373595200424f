package vn.cchc.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet}: the same meaning in every command that reads reports. */
final class QuietOption {
    @Option(names = {"-q", "--quiet"},
            description = "No progress, summary or warnings on standard error (errors are still printed).")
    boolean quiet;
}
