package vn.cchc.pipeline;

/** Whether standard output goes to a person's terminal rather than a file or a pipe. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Java 17 has no direct test; a console exists only when the process is attached to a terminal on both
     * standard input and output, which is the case that matters (a binary workbook typed at a prompt).
     */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }
}
