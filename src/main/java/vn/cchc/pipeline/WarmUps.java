package vn.cchc.pipeline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads the machinery of a file's reader (and of the stages after reading) beside the file's own work, not before it:
 * a scan renders and cuts its first page on the other core meanwhile. The batch starts the file's --timeout clock
 * once the machinery is loaded, so loading never counts against it.
 */
final class WarmUps {
    /** Idle threads end after a minute; none keeps the tool alive. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cchc-warm-up");
        t.setDaemon(true);
        return t;
    });

    private WarmUps() {
    }

    /** Warms up for {@code path} on a thread of its own, then runs {@code whenLoaded} (also when loading failed). */
    static void start(FileExtractor extractor, Path path, Runnable whenLoaded) {
        CompletableFuture.runAsync(() -> {
            try {
                extractor.warmUp(path);
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // the file's own extraction meets the same problem and words it
            }
        }, THREADS).whenComplete((v, e) -> whenLoaded.run());
    }
}
