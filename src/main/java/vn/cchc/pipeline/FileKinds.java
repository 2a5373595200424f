package vn.cchc.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is neither a regular file nor a folder is, in the user's words. Such an input is refused before
 * it is opened: a named pipe blocks until a writer comes, a device like {@code /dev/zero} never ends, and either
 * would otherwise pass for an "empty file" (its size is 0).
 */
final class FileKinds {
    private FileKinds() {
    }

    /** "not a regular file (a named pipe)" and the like; the stat mode says which kind where the system has one. */
    static String notRegular(Path p) {
        String kind = kind(p);
        return "not a regular file" + (kind == null ? "" : " (" + kind + ")") + "; to read a stream, pipe it to standard input as -";
    }

    private static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> null;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null; // no unix attributes (Windows): the plain reason is enough
        }
    }
}
