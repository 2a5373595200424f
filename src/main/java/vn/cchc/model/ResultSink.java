package vn.cchc.model;

import java.io.IOException;

/** Receives file results in input order; writers implement it. */
public interface ResultSink extends AutoCloseable {
    void accept(FileResult result) throws IOException;

    /** Finishes the output (closing brackets, flush). Called once after the last result. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
