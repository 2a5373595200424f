package vn.cchc.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * One reader per file format, in the spirit of Tika's {@code Parser}: it declares the media types it
 * handles and turns a stream into the format-neutral {@link Document}. One instance serves all the worker threads
 * of a batch ({@code --jobs}), so per-document state belongs in {@link #read}, not in fields.
 */
public interface DocumentReader {
    /** Media types (as Tika's detector names them) this reader accepts. */
    Set<String> mediaTypes();

    /** Short format name written in each record's {@code format} field. */
    String format();

    /**
     * Reads the whole document. The stream is owned by the caller.
     *
     * @throws ReadException for a document that is corrupt, encrypted, empty or otherwise unreadable,
     *                       with a one-line reason
     */
    Document read(InputStream in) throws IOException, ReadException;

    /**
     * Loads the reader's machinery (classes, font tables) by reading a tiny document of its own, so that the first
     * real file does not pay for it: a batch calls this before a file's {@code --timeout} starts. Must be safe to call
     * from several threads; failures are ignored (the real file then meets them and fails with a reason).
     */
    default void warmUp() {
    }
}
