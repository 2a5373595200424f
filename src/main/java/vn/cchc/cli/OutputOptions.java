package vn.cchc.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.cchc.write.OutputFormat;

/** {@code -f, --format} and {@code -o, --output}: what the records are written as, and where. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete) instead of standard output.")
    Path output;
}
