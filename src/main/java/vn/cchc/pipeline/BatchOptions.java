package vn.cchc.pipeline;

import java.nio.file.Path;
import java.time.Duration;

import vn.cchc.read.ocr.OcrOptions;

/**
 * How a batch runs, as opposed to what it extracts.
 *
 * @param jobs         files extracted at the same time (at least 1)
 * @param timeout      longest time one file may take before it is abandoned; {@link Duration#ZERO} for no limit
 * @param maxFileBytes larger files are refused unread, so that one huge input cannot exhaust the heap
 * @param incremental  state file of {@code --incremental} (content hashes already extracted), or null
 * @param retryFailed  {@code --retry-failed}: extract again the files whose content failed in an earlier run
 * @param ocr          how scanned pages are read ({@code --ocr}, {@code --ocr-lang}); its page parallelism is {@code jobs}
 *                     as {@link Parallelism} allows it
 */
public record BatchOptions(int jobs, Duration timeout, long maxFileBytes, Path incremental, boolean retryFailed,
        OcrOptions ocr) {
    /** A report that takes two minutes is stuck, not slow: the corpus documents take well under a second. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** Real reports, scanned ones included, stay far below this; a bigger file is more likely a mistake. */
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

    public BatchOptions {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (timeout == null || timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative");
        if (maxFileBytes < 1) throw new IllegalArgumentException("the size limit must be positive");
        // pages OCR'd at once: held to what the machine can give, as the files are (the batch warns)
        int pages = Parallelism.of(jobs).allowed();
        ocr = ocr == null ? new OcrOptions(OcrOptions.Mode.AUTO, OcrOptions.DEFAULT_LANG, pages)
                : new OcrOptions(ocr.mode(), ocr.lang(), pages);
    }

    public BatchOptions(int jobs, Duration timeout, long maxFileBytes, Path incremental) {
        this(jobs, timeout, maxFileBytes, incremental, false, null);
    }

    public BatchOptions(int jobs, Duration timeout, long maxFileBytes, Path incremental, boolean retryFailed) {
        this(jobs, timeout, maxFileBytes, incremental, retryFailed, null);
    }

    /** One job per core, the default limits, no incremental state. */
    public static BatchOptions defaults() {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, DEFAULT_MAX_FILE_BYTES, null);
    }

    public BatchOptions withJobs(int n) {
        return new BatchOptions(n, timeout, maxFileBytes, incremental, retryFailed, ocr);
    }
}
