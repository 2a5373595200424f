package vn.cchc.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * An output file written to a temporary file beside it and renamed into place on {@link #commit()}; without a
 * commit (a crash, an exception) the target is left as it was and the temporary file removed on close.
 *
 * <p>The temporary file is created as any tool creates a file, with the mode the umask gives (not the 0600 of
 * {@code Files.createTempFile}), so a loader running as another user can read the result; when the target already
 * exists, it keeps its mode, as a shell's {@code >} would. A temporary file left by a run that was killed before it
 * could clean up is removed by the next run into the same folder ({@link TemporaryFiles}).
 */
public final class AtomicFileOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream file;
    private final CheckedOutputStream out;
    private boolean committed;

    public AtomicFileOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null) Files.createDirectories(dir);
        // what an earlier run killed with kill -9 left beside its output (see TemporaryFiles)
        TemporaryFiles.removeStale(dir == null ? Path.of(".") : dir);
        this.temp = createTemp(dir, this.target.getFileName().toString());
        // Ctrl-C runs shutdown hooks but no finally blocks: do not leave the temporary file behind then either
        temp.toFile().deleteOnExit();
        keepModeOf(this.target, temp);
        this.file = new BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
        this.out = new CheckedOutputStream(file, target.toString());
    }

    /** A new file beside the target, created with CREATE_NEW so that the umask applies (and no one else's file is reused). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = (dir == null ? Path.of(".") : dir).resolve(TemporaryFiles.nameFor(name));
            try {
                Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    private static void keepModeOf(Path existing, Path temp) {
        try {
            PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
            if (from == null || !Files.isRegularFile(existing)) return;
            Files.setPosixFilePermissions(temp, from.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the umask's mode is the fallback
        }
    }

    /** The stream to write to; closing it does not commit. Failed writes throw {@link OutputFailure}. */
    public OutputStream stream() {
        return new NonClosingOutputStream(out);
    }

    public void commit() throws IOException {
        out.flush();
        try {
            file.close();
        } catch (IOException e) {
            throw OutputFailure.of(target.toString(), e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                file.close();
            } catch (IOException e) {
                // the write already failed and was reported; the temporary file goes anyway
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
