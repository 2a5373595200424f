package vn.cchc.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of {@link AtomicFileOutput}'s temporary files, and the removal of those a killed run left behind.
 *
 * <p>A run killed with {@code kill -9} (or by the out-of-memory killer, or a power cut) runs no clean-up: its hidden
 * temporary file, as large as the output it was writing, stays beside the output. So each name says who wrote it,
 * {@code .out.csv.cchc-HOST-PID-START-RANDOM.tmp} (HOST is the host name and, on Linux, the process-ID namespace: a
 * container sharing the host's name numbers its processes apart), and the next run into the folder removes the files
 * whose writer is certainly gone: written on this host and namespace by a process that no longer runs, or whose process ID now belongs to a process
 * started at another time (IDs are reused). A file of a live run is never touched, whether it is another cchc writing
 * into the same folder or this run's own state file. A file written on another host (a shared folder) cannot be
 * checked this way: it is removed only when nothing has written to it for a day. Files that do not have this exact
 * form (other tools', or older cchc versions' without the writer in the name) are left alone.
 */
final class TemporaryFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("\\..+\\.cchc-([A-Za-z0-9_-]{1,64})-(\\d{1,10})-(\\d{1,12})-[0-9a-f]{12}\\.tmp");
    /** How long another host's temporary file must be untouched before it is taken for a crashed run's. */
    static final Duration FOREIGN_AGE = Duration.ofDays(1);
    /** Clock differences allowed when comparing a process's start time as two JVMs computed it. */
    private static final long START_SLACK_SECONDS = 2;

    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final long START = startSeconds(ProcessHandle.current()).orElse(0L);

    private TemporaryFiles() {
    }

    /** A fresh temporary name for {@code target} (a file name, not a path), owned by this process. */
    static String nameFor(String target) {
        byte[] r = new byte[6];
        RANDOM.nextBytes(r);
        // the writer's part takes up to ~90 bytes, and a name may have 255: a long target name is cut in the temporary's
        String base = target;
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 150) base = base.substring(0, base.length() - 1);
        return "." + base + ".cchc-" + HOST + "-" + PID + "-" + START + "-" + HexFormat.of().formatHex(r) + ".tmp";
    }

    /** Removes the temporary files in {@code dir} whose writer is gone; never throws (a leftover is no reason to fail). */
    static void removeStale(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.cchc-*.tmp")) {
            for (Path f : files) {
                try {
                    if (isStale(f)) Files.deleteIfExists(f);
                } catch (IOException | RuntimeException e) {
                    // someone else's file we may not delete, or gone already: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the write itself will say what is wrong
        }
    }

    /** Whether the file is a cchc temporary file whose writer certainly no longer runs. */
    static boolean isStale(Path file) throws IOException {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        if (!m.group(1).equals(HOST)) {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(Instant.now().minus(FOREIGN_AGE));
        }
        long pid = Long.parseLong(m.group(2));
        long start = Long.parseLong(m.group(3));
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) return true;
        // the ID is in use: by the writer, unless that process started at another time (the ID was reused)
        Optional<Long> started = startSeconds(owner.get());
        return start != 0 && started.isPresent() && Math.abs(started.get() - start) > START_SLACK_SECONDS;
    }

    private static Optional<Long> startSeconds(ProcessHandle p) {
        return p.info().startInstant().map(Instant::getEpochSecond);
    }

    /** This host's name reduced to letters, digits and hyphens, with the PID namespace where Linux says it. */
    private static String host() {
        String ns = "";
        try {
            // "pid:[4026531836]": the same number in two processes means their process IDs can be compared
            String link = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
            ns = "_" + link.replaceAll("\\D", "");
        } catch (IOException | RuntimeException e) {
            // not Linux: the host name alone
        }
        return hostName() + (ns.length() > 1 ? ns : "");
    }

    /** Without a name lookup (InetAddress may wait seconds for a DNS server): the kernel's, or the environment's. */
    private static String hostName() {
        String h = null;
        try {
            h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        if (h == null || h.isEmpty()) h = System.getenv("HOSTNAME");
        if (h == null || h.isEmpty()) h = System.getenv("COMPUTERNAME");
        if (h == null) h = "localhost";
        String clean = h.replaceAll("[^A-Za-z0-9-]", "-");
        if (clean.isEmpty()) clean = "localhost";
        return clean.length() > 40 ? clean.substring(0, 40) : clean;
    }
}
