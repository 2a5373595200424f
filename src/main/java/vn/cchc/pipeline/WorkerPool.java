package vn.cchc.pipeline;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that extract files. A parser stuck on a file may ignore the interrupt that abandons it and keep its
 * thread; the pool then grows by one thread for as long as that lasts, so {@code jobs} files keep moving.
 * Threads are daemons: a stuck parser never keeps the process alive.
 */
final class WorkerPool implements AutoCloseable {
    private final int jobs;
    private final ThreadPoolExecutor executor;
    private int stuck;

    WorkerPool(int jobs) {
        this.jobs = jobs;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(jobs, jobs, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cchc-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void execute(Runnable task) {
        executor.execute(task);
    }

    /** A task was abandoned while still running: add a thread in its place. */
    synchronized void taskAbandoned() {
        stuck++;
        resize();
    }

    /** An abandoned task finally returned: its stand-in thread is no longer needed. */
    synchronized void abandonedTaskEnded() {
        stuck--;
        resize();
    }

    private void resize() {
        // an abandoned file may end before its abandonment is counted (stuck is -1 for that moment): never fewer
        // threads than jobs, and never none (a pool of 0 threads is refused)
        int size = jobs + Math.max(0, stuck);
        // the core size may never exceed the maximum, so the order depends on the direction
        if (size > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
