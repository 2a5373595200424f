package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Standard input saved to a temporary file for the path {@code -}: the pipeline needs a file (its size is checked,
 * its content hashed, a ZIP looked into before it is parsed), and a pipe can be read only once. Removed on close.
 */
final class StdinCopy implements AutoCloseable {
    /** The path that means standard input, as for {@code cat -}. */
    static final String NAME = "-";

    private final Path path;

    private StdinCopy(Path path) {
        this.path = path;
    }

    /** What a job does with its inputs once they are files. */
    interface Work<T> {
        T run(List<InputFile> files) throws IOException;
    }

    /**
     * Runs {@code work} on the files the inputs name, standard input saved to a file for {@code -} (and removed
     * afterwards): how every command that reads reports turns its inputs into files.
     */
    static <T> T expanded(List<String> inputs, InputStream stdin, Work<T> work) throws IOException {
        try (StdinCopy copy = inputs.contains(NAME) ? of(stdin) : null) {
            return work.run(new InputExpander(copy == null ? null : copy.path()).expand(inputs));
        }
    }

    static StdinCopy of(InputStream stdin) throws IOException {
        // no extension: the format is detected from the content alone
        Path p = Files.createTempFile("cchc-stdin-", "");
        p.toFile().deleteOnExit();
        try {
            Files.copy(stdin, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(p);
            throw new IOException("standard input: cannot read: " + e.getMessage(), e);
        }
        return new StdinCopy(p);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
