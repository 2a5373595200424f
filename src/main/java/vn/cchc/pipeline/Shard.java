package vn.cchc.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --shard K/N}: the K-th (0-based) of N disjoint slices of the inputs, so that N machines started by any
 * scheduler (a Kubernetes indexed Job, a Slurm array, GNU parallel) share one batch without overlap and without
 * talking to each other.
 *
 * <p>A file's slice is decided by the SHA-256 of its name as given or found under a folder: stable across machines,
 * runs and Java versions, and spread evenly whatever the names look like. The name, not the content, so each
 * machine reads only its own files; two copies of one report under two names may land on two machines, which the
 * database's key on content makes harmless.
 *
 * @param index K, from 0 to {@code count - 1} (as a Kubernetes completion index)
 * @param count N, at least 1
 */
public record Shard(int index, int count) {
    /** Every input: one slice of one. */
    public static final Shard ALL = new Shard(0, 1);

    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1) throw new IllegalArgumentException("the number of shards must be at least 1");
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " of " + count + " does not exist (K goes from 0 to N-1)");
        }
    }

    /** Parses {@code K/N}; the message of the exception is for the user. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) throw new IllegalArgumentException("--shard takes K/N, e.g. 0/4 (got '" + spec + "')");
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The inputs of this slice, in their order. */
    public List<InputFile> select(List<InputFile> inputs) {
        if (count == 1) return inputs;
        return inputs.stream().filter(f -> sliceOf(f.display(), count) == index).toList();
    }

    /** Which of {@code count} slices a name falls in. */
    static int sliceOf(String name, int count) {
        byte[] d;
        try {
            d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (d[i] & 0xff);
        return (int) Long.remainderUnsigned(v, count);
    }
}
