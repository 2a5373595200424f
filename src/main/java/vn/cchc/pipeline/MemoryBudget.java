package vn.cchc.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * The heap a batch may fill with files being read, shared out by an estimate of what each file will take: a file
 * starts only when its share is free, so a big file waits until the files before it are done (and no new one starts
 * beside it) instead of several of them filling the heap at once. A share larger than the whole budget is the whole
 * budget: such a file runs alone.
 *
 * <p>The estimates are deliberately rough, from the size and the kind of file (a DOCX unzips its XML into a tree
 * tens of times its size, a text report is read line by line and kept only up to the
 * {@link vn.cchc.read.DocumentLimits caps}): they order the work, and a file that still runs out of memory fails
 * alone (see {@link FileWork}).
 */
final class MemoryBudget {
    private static final long MB = 1024 * 1024;
    /** Room kept outside the budget for the writer, the output's buffers and the JVM's own needs. */
    private static final long RESERVE_MIN = 64 * MB;

    private final int totalMb;
    private final Semaphore permits;

    MemoryBudget(long bytes) {
        this.totalMb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MB));
        this.permits = new Semaphore(totalMb, true); // fair: a big file waiting is not overtaken forever by small ones
    }

    /** The budget of a JVM whose heap may grow to {@code maxMemory} bytes: all but a quarter of it (64 MB at least). */
    static long bytesFor(long maxMemory) {
        long max = maxMemory == Long.MAX_VALUE ? 4096 * MB : maxMemory;
        return Math.max(16 * MB, max - Math.max(RESERVE_MIN, max / 4));
    }

    /** The budget of this JVM. */
    static MemoryBudget ofThisJvm() {
        return new MemoryBudget(bytesFor(Runtime.getRuntime().maxMemory()));
    }

    int totalMb() {
        return totalMb;
    }

    /** The megabytes reading {@code path} is expected to take, at least 1 and at most the whole budget. */
    int weigh(Path path) {
        long size;
        try {
            size = path == null ? 0 : Files.size(path);
        } catch (IOException | RuntimeException e) {
            size = 0; // the extraction words the problem; it reads nothing
        }
        String name = path == null || path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        double mb = size / (double) MB;
        double estimate = switch (ext) {
            // read line by line and kept only up to the caps: what is kept, a few times over in rows and records
            case "txt", "text", "md", "csv", "tsv" -> 16 + Math.min(mb, 32) * 8;
            // zipped XML unpacked into a tree
            case "docx", "docm", "xlsx", "xlsm", "odt", "ods" -> 32 + mb * 40;
            case "doc", "xls", "rtf", "html", "htm" -> 24 + mb * 10;
            case "pdf" -> 32 + mb * 4;
            case "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif" -> 64 + mb * 20;
            default -> 24 + mb * 10;
        };
        return (int) Math.max(1, Math.min(totalMb, Math.ceil(estimate)));
    }

    /** Waits until {@code mb} megabytes of the budget are free and takes them. */
    Lease acquire(int mb) throws InterruptedException {
        int n = Math.max(0, Math.min(mb, totalMb));
        permits.acquire(n);
        return new Lease(n);
    }

    /** A file's share of the budget, given back once (whichever comes first: the file ends or is abandoned). */
    final class Lease {
        private int held;

        private Lease(int held) {
            this.held = held;
        }

        /** Gives the share back; later calls do nothing. */
        synchronized void release() {
            permits.release(held);
            held = 0;
        }

        /**
         * Gives the share back and waits for the whole budget: the file runs again with no other beside it, so
         * whether it runs out of memory is its own doing.
         */
        void exclusive() throws InterruptedException {
            release();
            permits.acquire(totalMb);
            synchronized (this) {
                held = totalMb;
            }
        }
    }
}
