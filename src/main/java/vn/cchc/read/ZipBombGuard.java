package vn.cchc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses ZIP containers (DOCX, ODT) that would inflate to far more than any report: a decompression bomb must fail
 * its own file with a reason, not exhaust the heap of a batch. The entries are inflated and counted here, before any
 * reader sees the file, because the sizes a ZIP declares can lie. (POI's {@code ZipSecureFile} has similar limits,
 * but loading POI classes here would drag its logging into every run, text-only ones included.)
 */
public final class ZipBombGuard {
    /** A whole report with its images inflates to a few tens of megabytes. */
    public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /** POI's own default: XML compresses about 10:1, nothing in a real document 100:1 at this size. */
    private static final int MAX_RATIO = 100;
    /** Small entries may be very compressible (a run of spaces); the ratio only matters above this. */
    private static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private ZipBombGuard() {
    }

    /** Whether the file starts like a ZIP archive (local file header). */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The reason to refuse the archive, or empty when it inflates to a sane size (or is not a readable ZIP). */
    public static Optional<String> check(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            long total = 0;
            int entries = 0;
            byte[] buf = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) return Optional.of(bomb("more than " + MAX_ENTRIES + " entries"));
                long inflated = 0;
                try (InputStream in = z.getInputStream(entry)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (total > MAX_INFLATED_BYTES) {
                            return Optional.of(bomb("inflates to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB"));
                        }
                        long packed = Math.max(1, entry.getCompressedSize());
                        if (inflated > RATIO_FLOOR_BYTES && inflated / packed > MAX_RATIO) {
                            return Optional.of(bomb("entry " + entry.getName() + " inflates more than " + MAX_RATIO + " times"));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not a well-formed ZIP: the reader will say what is wrong with it
        }
    }

    private static String bomb(String why) {
        return "refused as a likely decompression bomb: " + why;
    }
}
