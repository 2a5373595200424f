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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import vn.cchc.write.AtomicFileOutput;

/**
 * The state file of {@code --incremental}: the SHA-256 of every file already extracted, one per line with the file
 * name, in {@code sha256sum} format so that people can read and check it. Content, not name or date, decides: a
 * renamed report is not read twice and a corrected one is read again.
 */
public final class IncrementalState {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.*)");
    private static final String HEADER = "# cchc --incremental state: SHA-256 of every input already extracted";

    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

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
            var m = LINE.matcher(line);
            if (!m.matches()) throw new IOException(file + ":" + n + ": not a cchc state line (SHA-256, two spaces, file)");
            s.lines.add(line);
            s.known.add(m.group(1));
        }
        return s;
    }

    /** Whether a file with this content hash was extracted by an earlier run (or earlier in this one). */
    public boolean contains(String sha256) {
        return known.contains(sha256);
    }

    /** Records a file extracted in this run. */
    public synchronized void add(String sha256, String display) {
        if (known.add(sha256)) lines.add(sha256 + "  " + display.replace('\n', ' '));
    }

    /** Writes the state atomically (temporary file renamed), so a crash leaves the previous state. */
    public synchronized void save() throws IOException {
        try (AtomicFileOutput out = new AtomicFileOutput(file)) {
            try (Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8)) {
                w.write(HEADER + "\n");
                for (String line : lines) w.write(line + "\n");
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
