package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import vn.cchc.read.PageProgress;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.text.Printable;
import vn.cchc.vocabulary.Flag;
import vn.cchc.summary.Duplicates;

/**
 * Runs the extractor over a list of inputs, {@code jobs} files at a time, hands each result to the sink in input
 * order and reports failures on the error stream, one line each.
 *
 * <p>Results stream: at most a small window of files ahead of the one being written is in flight, so memory does not
 * grow with the batch. Each file is isolated: whatever its parser throws, or if it runs past the timeout, only that
 * file fails.
 */
public final class Batch {
    /** How often the writer wakes up while waiting, to redraw the progress line. */
    private static final long POLL_MILLIS = 250;

    private final FileExtractor extractor;
    private final PrintStream err;
    private final Parallelism parallelism;
    private final int jobs;
    private final MemoryBudget budget = MemoryBudget.ofThisJvm();
    private final FileWork work;
    private final Duration timeout;
    private final Progress progress;
    private final ContentLedger state;
    /** Each workbook's companion report in this run (see {@link Companions}). */
    private volatile java.util.Map<java.nio.file.Path, java.nio.file.Path> companions = java.util.Map.of();
    private final Duplicates.Tracker duplicates = new Duplicates.Tracker();
    private boolean warnDuplicates = true;
    private boolean quiet;
    private boolean retryFailed;

    public Batch(FileExtractor extractor, PrintStream err) {
        this(extractor, err, 1, Duration.ZERO, Progress.none(), null);
    }

    /**
     * @param timeout {@link Duration#ZERO} for no limit
     * @param state   the {@code --incremental} state (a state file or the database), or null to extract everything
     */
    public Batch(FileExtractor extractor, PrintStream err, int jobs, Duration timeout, Progress progress,
                 ContentLedger state) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        this.extractor = extractor;
        this.err = err;
        this.parallelism = Parallelism.of(jobs);
        this.jobs = parallelism.allowed();
        this.work = new FileWork(extractor);
        // a year is "no limit" in practice and keeps the deadline arithmetic in nanoseconds from overflowing
        this.timeout = timeout.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365) : timeout;
        this.progress = progress;
        this.state = state;
    }

    /** Leaves duplicate submissions to the caller, who warns once it has chosen between them ({@code summary}). */
    Batch withoutDuplicateWarnings() {
        warnDuplicates = false;
        return this;
    }

    /** {@code -q}: no warnings (a file's, duplicates, unmatched rows) on standard error; failures are still printed. */
    public Batch quiet(boolean q) {
        this.quiet = q;
        return this;
    }

    /** {@code --retry-failed}: extract again the files whose content failed in an earlier run. */
    public Batch retryFailed(boolean retry) {
        this.retryFailed = retry;
        return this;
    }

    public BatchSummary run(List<InputFile> inputs, ResultSink sink) throws IOException {
        companions = Companions.of(inputs);
        boolean identify = sink.needsSourceFile();
        Counts counts = new Counts();
        // which files are new is decided once, before any work, so that it cannot depend on --jobs or timing
        List<Planned> plan = plan(inputs, counts);
        if (parallelism.reduced() && !quiet) err.println("cchc: warning: " + parallelism.warning());
        progress.start(plan.size());
        // enough files ahead to keep every worker busy while the writer waits for a slow one, and no more
        int window = Math.max(2, jobs * 4);
        Deque<Pending> inFlight = new ArrayDeque<>();
        try (WorkerPool pool = new WorkerPool(jobs)) {
            int next = 0;
            while (next < plan.size() || !inFlight.isEmpty()) {
                while (next < plan.size() && inFlight.size() < window) {
                    Pending p = new Pending(plan.get(next++), pool, identify);
                    inFlight.add(p);
                    pool.execute(p::run);
                }
                Pending head = inFlight.poll();
                deliver(awaitThroughLackOfMemory(head), sink, counts);
            }
        } finally {
            progress.clear();
        }
        sink.finish();
        return new BatchSummary(inputs.size(), counts.failed, counts.records, counts.unmatched, counts.flagged,
                counts.skipped, counts.problems, counts.failedBefore);
    }

    /** An input to extract, with its content hash when {@code --incremental} needs it. */
    private record Planned(InputFile input, String sha256) { }

    /**
     * With {@code --incremental}: hashes every input and keeps the new ones. Content extracted before is skipped, so
     * is a second copy of one content within this batch (the first is extracted), and content that failed before
     * unless {@code --retry-failed}.
     */
    private List<Planned> plan(List<InputFile> inputs, Counts counts) {
        List<Planned> plan = new ArrayList<>(inputs.size());
        Set<String> thisBatch = new HashSet<>();
        for (InputFile in : inputs) {
            if (state == null || in.error() != null) {
                plan.add(new Planned(in, null));
                continue;
            }
            String sha;
            try {
                sha = IncrementalState.sha256(in.path());
            } catch (IOException | RuntimeException e) {
                plan.add(new Planned(in, null)); // the extractor words the reason (missing, a folder, no permission)
                continue;
            }
            IncrementalState.Seen seen = state.seen(sha);
            if (seen == IncrementalState.Seen.EXTRACTED || !thisBatch.add(sha)) {
                counts.skipped++;
            } else if (seen == IncrementalState.Seen.FAILED && !retryFailed) {
                counts.skipped++;
                counts.failedBefore++;
            } else {
                plan.add(new Planned(in, sha));
            }
        }
        return plan;
    }

    /**
     * As {@link #await}, riding out a full heap: while a worker's file fills the heap, this thread's own small
     * allocations (waiting, the progress line) may be the ones that fail. The worker's file then fails (or ends) and
     * frees what it held, so waiting again is right; only a heap that stays full stops the run.
     */
    private FileWork.Outcome awaitThroughLackOfMemory(Pending p) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return await(p);
            } catch (OutOfMemoryError e) {
                if (attempt >= 40) throw e;
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
            }
        }
    }

    /** Waits for a file's result, abandoning it once it has run longer than the timeout. */
    private FileWork.Outcome await(Pending p) throws IOException {
        try {
            while (!p.started.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) progress.working(p.input.display());
            while (true) {
                progress.working(p.slow.show(p.input.display()));
                long wait = POLL_MILLIS * 1_000_000L;
                if (!timeout.isZero()) {
                    long left = p.startNanos + p.slow.budgetNanos(timeout) - System.nanoTime();
                    if (left <= 0) {
                        if (p.abandon()) return new FileWork.Outcome(timedOut(p.input, p.slow.total()), null); // not the content's fault: not remembered
                        wait = 0;
                    } else {
                        wait = Math.min(wait, left);
                    }
                }
                try {
                    return p.result.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not yet: redraw progress and check the clock again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                // even the file's failure could not be recorded in its thread: record it here
                return FileWork.Outcome.of(FileResult.failed(p.input.display(), null, FileWork.OUT_OF_MEMORY));
            }
            if (cause instanceof Error error) throw error;
            throw new IOException(cause);
        }
    }

    private FileResult timedOut(InputFile in, int ocrPages) {
        String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return FileResult.failed(in.display(), null, "took longer than " + limit
                + (ocrPages > 1 ? " per page for its " + ocrPages + " pages read by OCR" : "") + ", abandoned (see --timeout)");
    }

    private void deliver(FileWork.Outcome o, ResultSink sink, Counts counts) throws IOException {
        Optional<String> first = o.result().failed() ? Optional.empty()
                : duplicates.seen(o.result().file(), o.result().metadata());
        FileResult r = first.isEmpty() ? o.result() : duplicating(o.result(), first.get());
        if (r.failed() || !r.warnings().isEmpty()) progress.clear();
        if (r.failed()) {
            counts.failed++;
            // one line whatever control characters the name or the document's text hold
            err.println(Printable.escape("cchc: " + r.file() + ": " + r.error()));
        }
        if (!quiet) {
            for (String w : r.warnings()) err.println(Printable.escape("cchc: " + r.file() + ": warning: " + w));
            UnmatchedSummary.of(r.records()).ifPresent(line -> err.println(Printable.escape("cchc: " + r.file() + ": " + line)));
            if (first.isPresent() && warnDuplicates) {
                err.println(Printable.escape("cchc: " + r.file() + ": warning: "
                        + Duplicates.warning(r.file(), first.get(), r.metadata())));
            }
        }
        // no line per file: standard error lists what failed; the problems are in the output and in `cchc check`
        counts.problems += r.problems().size();
        counts.records += r.records().size();
        for (StatRecord rec : r.records()) {
            if (rec.flags().contains(Flag.UNMATCHED)) counts.unmatched++;
            if (!rec.flags().isEmpty()) counts.flagged++;
        }
        // the sink has written and flushed this file's records: only now may the state say it was delivered
        sink.accept(r, o.source());
        if (state != null && o.sha256() != null) state.delivered(o.sha256(), r);
        progress.done(r.file());
    }

    /**
     * The result with its records pointing at the earlier input of the same submission, if any: records of the same
     * report sent twice must say so where they go, not only on standard error.
     */
    private static FileResult duplicating(FileResult r, String first) {
        List<StatRecord> marked = r.records().stream().map(x -> x.duplicating(first)).toList();
        return new FileResult(r.file(), r.format(), r.metadata(), r.warnings(), marked, r.error(), r.problems());
    }

    private static final class Counts {
        int failed, skipped, failedBefore;
        long records, unmatched, flagged, problems;
    }

    /** One input on its way through a worker. */
    private final class Pending {
        private static final int RUNNING = 0;
        private static final int DONE = 1;
        private static final int ABANDONED = 2;

        final Planned planned;
        final InputFile input;
        final WorkerPool pool;
        final CountDownLatch started = new CountDownLatch(1);
        final CompletableFuture<FileWork.Outcome> result = new CompletableFuture<>();
        final AtomicInteger status = new AtomicInteger(RUNNING);
        volatile long startNanos;
        volatile Thread runner;
        volatile MemoryBudget.Lease lease;
        final SlowPages slow = new SlowPages();

        final boolean identify;

        Pending(Planned planned, WorkerPool pool, boolean identify) {
            this.planned = planned;
            this.input = planned.input();
            this.pool = pool;
            this.identify = identify;
        }

        void run() {
            Thread.interrupted(); // an interrupt meant for the thread's previous file is not this file's
            runner = Thread.currentThread();
            try {
                // a file starts when its share of the memory is free: a big one waits for the files before it
                lease = budget.acquire(input.error() != null ? 0 : budget.weigh(input.path()));
            } catch (InterruptedException e) {
                result.complete(FileWork.Outcome.of(FileResult.failed(input.display(), null, "interrupted")));
                finish();
                return;
            }
            // the first file of a format loads its reader's machinery (PDFBox, POI): the tool's start-up, not this
            // file's work. It loads beside the work (WarmUps), and the --timeout clock starts once it is loaded
            startNanos = Long.MAX_VALUE / 4;
            if (input.path() != null) WarmUps.start(extractor, input.path(), this::startClock);
            else startClock();
            PageProgress.listen(slow);
            try {
                result.complete(work.run(input, planned.sha256(), companions.get(input.path()), identify, lease,
                        () -> startNanos = System.nanoTime()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                PageProgress.clear();
                finish();
            }
        }

        private void startClock() {
            startNanos = System.nanoTime();
            started.countDown();
        }

        private void finish() {
            if (lease != null) lease.release();
            runner = null;
            started.countDown();
            if (!status.compareAndSet(RUNNING, DONE)) pool.abandonedTaskEnded();
        }

        /** Gives up on the file: interrupts its parser and lets another thread take its place. */
        boolean abandon() {
            if (!status.compareAndSet(RUNNING, ABANDONED)) return false; // it has just finished after all
            Thread t = runner;
            if (t != null) t.interrupt();
            // a parser stuck on the file may keep its memory, but a share never given back would stop the batch
            MemoryBudget.Lease l = lease;
            if (l != null) l.release();
            pool.taskAbandoned();
            return true;
        }
    }
}
