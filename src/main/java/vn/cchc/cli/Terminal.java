package vn.cchc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is a terminal (a person typing) rather than a pipe or a file. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Java cannot ask isatty(0); on Linux /proc says where file descriptor 0 goes. Elsewhere {@code System.console()}
     * (a terminal on both stdin and stdout) is the best guess.
     */
    static boolean stdin() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (Files.exists(fd0.getParent())) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
