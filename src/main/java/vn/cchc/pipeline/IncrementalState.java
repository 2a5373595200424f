package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import vn.cchc.model.FileResult;
import vn.cchc.text.Printable;
import vn.cchc.write.AtomicFileOutput;

/**
 * The state file of {@code --incremental}: the SHA-256 of every file already extracted, one per line with the file
 * name, in {@code sha256sum} format so that people can read and check it. Content, not name or date, decides: a
 * renamed report is not read twice and a corrected one is read again.
 *
 * <p>Files that failed are remembered too, with their reason ({@code failed HASH  FILE<TAB>REASON}), so that one
 * corrupt submission does not fail every nightly run: the same content is skipped next time with a reminder, until
 * {@code --retry-failed} or a corrected file (another hash). Failures that say nothing about the content (a timeout,
 * memory) are not remembered.
 */
public final class IncrementalState implements ContentLedger {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.*)");
    private static final Pattern FAILED = Pattern.compile("failed ([0-9a-f]{64})  ([^\t]*)\t(.*)");
    private static final String HEADER = "# cchc --incremental state: SHA-256 of every input already extracted";
    private static final String FAILED_HEADER = "# inputs that failed (same content skipped until --retry-failed): "
            + "failed SHA-256  file<TAB>reason";

    /** What an earlier run did with a content hash. */
    public enum Seen { NEW, EXTRACTED, FAILED }

    private final Path file;
    private final Map<String, String> extracted = new LinkedHashMap<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    private IncrementalState(Path file) {
        this.file = file;
    }

    /** Reads the state file; a missing one is the empty state of a first run. */
    public static IncrementalState load(Path file) throws IOException {
        IncrementalState s = new IncrementalState(file);
        if (!Files.exists(file)) return s;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            var f = FAILED.matcher(line);
            if (f.matches()) {
                s.failed.put(f.group(1), line);
                continue;
            }
            var m = LINE.matcher(line);
            if (!m.matches()) throw new IOException(file + ":" + n + ": not a cchc state line (SHA-256, two spaces, file)");
            s.extracted.put(m.group(1), line);
        }
        s.failed.keySet().removeAll(s.extracted.keySet());
        return s;
    }

    @Override
    public synchronized Seen seen(String sha256) {
        if (extracted.containsKey(sha256)) return Seen.EXTRACTED;
        return failed.containsKey(sha256) ? Seen.FAILED : Seen.NEW;
    }

    /** Whether a file with this content hash was extracted by an earlier run (or earlier in this one). */
    @Override
    public boolean contains(String sha256) {
        return seen(sha256) == Seen.EXTRACTED;
    }

    /** The reason an earlier run gave for this content's failure, or null. */
    public synchronized String failureReason(String sha256) {
        String line = failed.get(sha256);
        if (line == null) return null;
        var f = FAILED.matcher(line);
        return f.matches() ? f.group(3) : null;
    }

    /** Records a file extracted in this run. */
    public synchronized void add(String sha256, String display) {
        failed.remove(sha256);
        extracted.putIfAbsent(sha256, sha256 + "  " + oneLine(display));
    }

    /** Records a file that failed in this run, with its reason. */
    public synchronized void addFailure(String sha256, String display, String reason) {
        if (extracted.containsKey(sha256)) return;
        failed.put(sha256, "failed " + sha256 + "  " + oneLine(display) + "\t" + oneLine(reason));
    }

    /** A name or reason as one line; a tab too is escaped, since it separates the reason on a failed line. */
    private static String oneLine(String s) {
        return Printable.escape(s);
    }

    /** A success is recorded as extracted, a failure with its reason (skipped next time until --retry-failed). */
    @Override
    public void delivered(String sha256, FileResult result) {
        if (!result.failed()) {
            add(sha256, result.file());
        } else {
            addFailure(sha256, result.file(), result.error());
        }
    }

    /** Writes the state atomically (temporary file renamed), so a crash leaves the previous state. */
    @Override
    public synchronized void save() throws IOException {
        try (AtomicFileOutput out = new AtomicFileOutput(file)) {
            try (Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8)) {
                w.write(HEADER + "\n");
                for (String line : extracted.values()) w.write(line + "\n");
                if (!failed.isEmpty()) {
                    w.write(FAILED_HEADER + "\n");
                    for (String line : failed.values()) w.write(line + "\n");
                }
            }
            out.commit();
        }
    }

    public static String sha256(Path path) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
