package vn.cchc.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The progress line on standard error (files done / total, rate, current file), redrawn in place. Only for people:
 * it is drawn only when standard error is a terminal, and erased before any other message and at the end.
 */
public class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 100;

    private final PrintStream err;
    private int total;
    private int done;
    private long startNanos;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Draws nothing. */
    public static Progress none() {
        return new Progress(null) {
            @Override
            public void start(int total) {
            }

            @Override
            public void working(String file) {
            }

            @Override
            public void done(String file) {
            }

            @Override
            public void clear() {
            }
        };
    }

    /** Progress on {@code err} when it is the process's standard error and that is a terminal; otherwise none. */
    public static Progress forStderr(PrintStream err) {
        return err == System.err && stderrIsTerminal() ? new Progress(err) : none();
    }

    public void start(int totalFiles) {
        this.total = totalFiles;
        this.startNanos = System.nanoTime();
    }

    /** The batch is waiting for this file. */
    public void working(String file) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        String head = String.format(Locale.ROOT, "cchc: %d/%d files, %.1f files/s, ", done, total, done / seconds);
        String name = vn.cchc.text.Printable.escape(file);
        int room = WIDTH - head.length();
        if (name.length() > room) name = "…" + name.substring(name.length() - room + 1);
        err.print("\r\033[K" + head + name);
        err.flush();
        drawn = true;
    }

    /** A file is finished; the next {@link #working} call shows the new count. */
    public void done(String file) {
        done++;
    }

    /** Erases the line so that a message or the summary starts on a clean line. */
    public void clear() {
        if (!drawn) return;
        err.print("\r\033[K");
        err.flush();
        drawn = false;
    }

    /**
     * Java cannot ask whether stderr is a terminal; on Linux /proc says where file descriptor 2 goes. Elsewhere the
     * console check (stdin and stdout are terminals) is the best guess.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Paths.get("/proc/self/fd/2");
        try {
            if (Files.exists(fd2.getParent())) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console check
        }
        return System.console() != null;
    }
}
