package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.pipeline.BatchOptions;
import vn.cchc.read.ocr.OcrOptions;

/**
 * The options of every command that reads reports ({@code extract}, {@code check}, {@code summary},
 * {@code catalogue suggest}), so that they read them the same way: which inputs (PATHs, {@code -} for standard
 * input, {@code --files-from FILE} with {@code -0}, and standard input itself when nothing is named and it is not a
 * terminal), how each file is read (time and size limits, OCR), and how loudly ({@code -q}). {@code -j, --jobs} is
 * {@link JobsOption}.
 */
final class ReadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Report files, folders (searched recursively) or globs (\"reports/**/*.pdf\"); PDF, DOCX, DOC, "
                    + "ODT, RTF, HTML, TXT, spreadsheets, and scans (PDF, PNG, JPEG, TIFF). `-` reads one report from "
                    + "standard input, as does no PATH at all when standard input is not a terminal.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Read the inputs from FILE (`-`: standard input), one per line, or NUL-separated with -0; "
                    + "names are taken as they are, never as globs.")
    String filesFrom;

    @Option(names = {"-0", "--null"}, description = "--files-from names are separated by NUL (find -print0), not lines.")
    boolean nullSeparated;

    @Option(names = {"-q", "--quiet"},
            description = "No progress, summary or warnings on standard error (errors are still printed).")
    boolean quiet;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file that takes longer, with a reason; 0 for no limit (default: ${DEFAULT-VALUE}). "
                    + "A scan gets this much time per page it reads by OCR.")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "100",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = "Read page images with Tesseract: auto (pages without usable text, and image files), never, "
                    + "always (every PDF page) (default: ${DEFAULT-VALUE}).")
    String ocr;

    @Option(names = "--ocr-lang", paramLabel = "LANG", defaultValue = "vie",
            description = "Tesseract language of the reports' text (default: ${DEFAULT-VALUE}); numbers are read with "
                    + "Tesseract's built-in English model.")
    String ocrLang;

    /**
     * What the command line names, and standard input.
     *
     * @param names the inputs: paths, globs and {@code -}, in order
     * @param stdin standard input, to be read for the name {@code -}
     */
    record Named(List<String> names, InputStream stdin) {
    }

    /**
     * The paths given, then those of {@code --files-from}; or standard input ({@code -}) when neither is given and it
     * is not a terminal. An empty standard input standing for the missing PATH (cron's /dev/null, a forgotten pipe)
     * is a usage error, not an empty report.
     */
    Named resolve(CchcCommand root) throws IOException {
        List<String> names = new ArrayList<>(paths);
        if (filesFrom != null) {
            if (filesFrom.equals("-") && names.contains("-")) {
                throw usage("standard input cannot be both --files-from - and the path -");
            }
            names.addAll(InputList.read(filesFrom, root.in, nullSeparated));
            if (names.isEmpty()) throw usage("--files-from " + filesFrom + " names no file");
        } else if (nullSeparated) {
            throw usage("-0/--null applies to --files-from, which is missing");
        }
        if (!names.isEmpty()) return new Named(names, root.in);
        if (root.stdinIsTerminal) {
            throw usage("Missing required parameter: 'PATH' (report files, folders or globs; or pipe a report into "
                    + "standard input)");
        }
        PushbackInputStream peek = new PushbackInputStream(root.in, 1);
        int first = peek.read();
        if (first < 0) {
            throw usage("Missing required parameter: 'PATH' (report files, folders or globs; standard input is empty)");
        }
        peek.unread(first);
        return new Named(List.of("-"), peek);
    }

    /**
     * The batch these options and the others describe.
     *
     * @param incremental the {@code --incremental} state file, or null
     */
    BatchOptions batch(int jobs, Path incremental, boolean retryFailed) {
        if (timeoutSeconds < 0) throw usage("--timeout must not be negative");
        if (maxSizeMb < 1) throw usage("--max-size must be at least 1 (MB)");
        OcrOptions ocrOptions;
        try {
            ocrOptions = new OcrOptions(OcrOptions.Mode.valueOf(ocr.toUpperCase(Locale.ROOT)), ocrLang, jobs);
        } catch (IllegalArgumentException e) {
            throw usage("--ocr must be auto, never or always, and --ocr-lang a Tesseract language such as vie or vie+eng "
                    + "(got --ocr " + ocr + " --ocr-lang " + ocrLang + ")");
        }
        return new BatchOptions(jobs, Duration.ofSeconds(timeoutSeconds), maxSizeMb * 1024 * 1024, incremental,
                retryFailed, ocrOptions);
    }

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
