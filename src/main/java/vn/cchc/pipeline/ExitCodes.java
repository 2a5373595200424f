package vn.cchc.pipeline;

/** What the process exit code says. */
public final class ExitCodes {
    /** Every input was read. */
    public static final int OK = 0;
    /** Some input failed; the others were processed and written. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** {@code --strict}: a consistency check failed. */
    public static final int CHECK_FAILED = 3;
    /**
     * The reader of standard output went away ({@code cchc ... | head}): the run stopped at once, quietly, with the
     * code a shell gives a process ended by SIGPIPE (128 + 13).
     */
    public static final int PIPE_CLOSED = 141;

    private ExitCodes() {
    }
}
