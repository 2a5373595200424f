package vn.cchc.pipeline;

/**
 * How many files a batch reads at once: what {@code --jobs} asks for, within what the machine can give. Reading is
 * work for a processor, so more than two files per core only wait for one; and each file needs some heap, so a small
 * heap takes fewer files at once (a thousand threads on half a gigabyte lose most of their files to lack of memory).
 *
 * @param requested what {@code --jobs} asked for
 * @param allowed   what the batch runs
 * @param cores     the processors this JVM may use
 * @param budgetMb  the batch's memory budget ({@link MemoryBudget})
 * @param heapMb    the heap the JVM may grow to
 */
public record Parallelism(int requested, int allowed, int cores, long budgetMb, long heapMb) {
    /** Files per core: one working while another waits for the disk. */
    static final int PER_CORE = 2;
    /** The least heap a file being read needs (a small report takes a few MB; a large PDF or DOCX, tens). */
    static final long MB_PER_JOB = 48;

    /** For this JVM. */
    public static Parallelism of(int requested) {
        Runtime rt = Runtime.getRuntime();
        return of(requested, rt.availableProcessors(), rt.maxMemory());
    }

    static Parallelism of(int requested, int cores, long maxMemory) {
        long budgetMb = MemoryBudget.bytesFor(maxMemory) >> 20;
        long heapMb = (maxMemory == Long.MAX_VALUE ? MemoryBudget.bytesFor(maxMemory) : maxMemory) >> 20;
        long byCores = (long) PER_CORE * Math.max(1, cores);
        long byMemory = Math.max(1, budgetMb / MB_PER_JOB);
        int allowed = (int) Math.max(1, Math.min(requested, Math.min(byCores, byMemory)));
        return new Parallelism(requested, allowed, cores, budgetMb, heapMb);
    }

    /** Whether the batch runs fewer files at once than asked for. */
    public boolean reduced() {
        return allowed < requested;
    }

    /** The one-line warning when the request was reduced. */
    public String warning() {
        return "--jobs " + requested + " reduced to " + allowed + ": at most " + PER_CORE + " per core (" + cores
                + " core" + (cores == 1 ? "" : "s") + ") and one per " + MB_PER_JOB + " MB of the " + budgetMb
                + " MB memory budget (" + heapMb + " MB heap; -Xmx gives more)";
    }
}
