package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
