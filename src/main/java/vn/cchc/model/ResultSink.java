package vn.cchc.model;

import java.io.IOException;

/** Receives file results in input order; writers implement it. */
public interface ResultSink extends AutoCloseable {
    void accept(FileResult result) throws IOException;

    /**
     * As {@link #accept(FileResult)}, with what identifies the input file (content hash, absolute path), or null when
     * the batch did not compute it ({@link #needsSourceFile()} false) or the file could not be read at all.
     */
    default void accept(FileResult result, SourceFile source) throws IOException {
        accept(result);
    }

    /** Whether this sink needs each input's {@link SourceFile}: hashing every input costs a read of its bytes. */
    default boolean needsSourceFile() {
        return false;
    }

    /** Finishes the output (closing brackets, flush). Called once after the last result. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
