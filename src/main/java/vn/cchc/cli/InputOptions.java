package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs of every command that reads reports ({@code extract}, {@code check}, {@code summary},
 * {@code catalogue suggest}), so that they take them the same way: PATHs, {@code -} for standard input,
 * {@code --files-from FILE} ({@code -0}), and standard input itself when nothing is named and it is not a terminal.
 */
final class InputOptions {
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

    private ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }
}
