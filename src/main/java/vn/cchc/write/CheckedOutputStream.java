package vn.cchc.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose every failure is an {@link OutputFailure} naming the target. {@code System.out} is a
 * {@code PrintStream}, which swallows write errors: data sent to a full disk or a closed pipe would be lost without a
 * word and the run would end with exit code 0. cchc writes its data through this stream instead, so a failed write
 * stops the run. The first failure is also remembered, for writers (such as a {@code PrintStream} on top) that hide it.
 */
public final class CheckedOutputStream extends FilterOutputStream {
    private final String target;
    private volatile OutputFailure failure;

    public CheckedOutputStream(OutputStream out, String target) {
        super(out);
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    /** Flushes; the stream underneath (standard output) stays open for the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** The first write that failed, or null. */
    public OutputFailure failure() {
        return failure;
    }

    private OutputFailure fail(IOException e) {
        OutputFailure f = OutputFailure.of(target, e);
        if (failure == null) failure = f;
        return f;
    }
}
