package vn.cchc.write;

import java.io.IOException;

/**
 * Writing the output failed: the disk is full, the device refuses, or the reader of a pipe has gone. The run stops at
 * once; a closed pipe ({@link #closedPipe()}) is the normal end of {@code cchc ... | head} and ends the process
 * quietly, as Unix tools end on SIGPIPE; any other failure is one line on standard error.
 */
public final class OutputFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean closedPipe;

    public OutputFailure(String message, boolean closedPipe, Throwable cause) {
        super(message, cause);
        this.closedPipe = closedPipe;
    }

    public boolean closedPipe() {
        return closedPipe;
    }

    /** The failure of a write to {@code target} ("standard output" or a file name), worded for the user. */
    public static OutputFailure of(String target, IOException e) {
        if (e instanceof OutputFailure f) return f;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        boolean pipe = reason.equalsIgnoreCase("Broken pipe") || reason.contains("EPIPE")
                || reason.equalsIgnoreCase("Stream closed") || reason.contains("pipe is being closed")
                || reason.contains("pipe has been ended");
        return new OutputFailure(target + ": cannot write: " + vn.cchc.text.Reasons.oneLine(e), pipe, e);
    }
}
