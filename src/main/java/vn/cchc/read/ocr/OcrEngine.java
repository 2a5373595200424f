package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import vn.cchc.read.Block;
import vn.cchc.read.PageProgress;
import vn.cchc.read.ReadException;

/**
 * Reads page images into paragraphs and tables. Pages are read by Tesseract in parallel on one pool per engine, sized
 * by the batch's {@code --jobs}: a long scan uses every job slot, several scans share them. Each page is straightened
 * and cut into cells beforehand on a second pool of the same size, so that the next page is cut while Tesseract reads
 * this one. Rendering stays in the calling thread (PDFBox documents are not thread-safe) and only a few rendered pages
 * are held at a time.
 */
public final class OcrEngine {
    /** Tesseract's favourite resolution; a page is rendered or scaled to it. */
    public static final float DPI = 300;

    /** Renders page {@code index} (0-based) of a document, at about {@link #DPI}. */
    @FunctionalInterface
    public interface PageImages {
        BufferedImage render(int index) throws IOException;
    }

    /**
     * What was read on one page: its blocks as OCR found them (Tesseract's paragraphs and the grids' tables), and the
     * same page as words and grid tables in place, for a {@link WordLayout}.
     */
    public record Page(int number, List<Block> blocks, double skew, List<String> warnings, ScanPage scan) {
    }

    private final OcrOptions options;
    private final Tesseract tesseract;
    private final WordLayout layout;
    private final java.util.Map<Pool, ExecutorService> pools = new java.util.concurrent.ConcurrentHashMap<>();

    /** An engine whose pages' text outside grids is Tesseract's paragraphs: no table without lines is read. */
    public OcrEngine(OcrOptions options) {
        this(options, null);
    }

    /** An engine whose pages' words are laid out by {@code layout}, which finds the tables printed without lines. */
    public OcrEngine(OcrOptions options, WordLayout layout) {
        this.options = options;
        this.tesseract = new Tesseract(options.lang(), options.jobs());
        this.layout = layout;
    }

    public OcrOptions options() {
        return options;
    }

    /** How the pages' words are laid out, or null for Tesseract's own paragraphs. */
    WordLayout layout() {
        return layout;
    }

    /** Why OCR cannot run here (the one line naming the package to install), or empty. */
    public Optional<String> unavailable() {
        return tesseract.unavailable();
    }

    /**
     * OCRs the given pages.
     *
     * @param pageNumbers 1-based numbers of the pages to read, ascending
     * The calling thread's {@link PageProgress} listener is told how many pages there are, and then, from the OCR
     * threads, each time one more is done (pages finish in about their order, each as soon as it is read).
     */
    public List<Page> read(PageImages images, List<Integer> pageNumbers) throws IOException, ReadException {
        PageProgress.Listener progress = PageProgress.current();
        // whether Tesseract runs here is asked of it once (a process of its own) while the first page renders
        CompletableFuture<Optional<String>> missing = CompletableFuture.supplyAsync(this::unavailable, r -> {
            Thread t = new Thread(r, "cchc-ocr-probe");
            t.setDaemon(true);
            t.start();
        });
        int total = pageNumbers.size();
        Path work = workDir();
        try {
            PageOcr ocr = new PageOcr(tesseract, work);
            ocr.early = new EarlyReads(tesseract, work, pool(Pool.EARLY));
            ExecutorService cutters = pool(Pool.CUT), readers = pool(Pool.READ);
            // pages rendered and not yet read from: about 17 MB each (the image and its ink)
            Semaphore inFlight = new Semaphore(options.jobs() + 2);
            int[] done = {0};
            List<Future<?>> cuts = new ArrayList<>();
            List<Future<Page>> pages = new ArrayList<>();
            // each page hands the next what it needs from the pages before it (see Carried), once it is prepared
            CompletableFuture<Carried> before = CompletableFuture.completedFuture(Carried.NONE);
            try {
                for (int n : pageNumbers) {
                    inFlight.acquire();
                    GrayImage img;
                    try {
                        img = GrayImage.of(images.render(n - 1));
                    } catch (IOException | RuntimeException e) {
                        inFlight.release();
                        available(missing); // without Tesseract, that is what the user needs to hear first
                        throw e;
                    }
                    Future<PageOcr.Prepared> cut = cutters.submit(() -> ocr.cut(img, n));
                    cuts.add(cut);
                    if (cuts.size() == 1) { // the first page is cut while Tesseract answers whether it runs here
                        available(missing);
                        progress.starting(total);
                    }
                    CompletableFuture<Carried> earlier = before, after = new CompletableFuture<>();
                    before = after;
                    // submitted in page order, so that every page before this one has started reading when it waits
                    pages.add(readers.submit(() -> {
                        Page page = readPage(ocr, cut, n, earlier, after, inFlight);
                        synchronized (done) { // one count, rising: the OCR threads finish pages side by side
                            progress.read(++done[0], total);
                        }
                        return page;
                    }));
                }
                List<Page> out = new ArrayList<>();
                for (Future<Page> f : pages) out.add(get(f));
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadException("interrupted during OCR");
            } finally {
                for (Future<?> f : cuts) f.cancel(true);
                for (Future<?> f : pages) f.cancel(true);
                ocr.early.cancelAll();
            }
        } finally {
            if (OcrTrace.keepDir() == null) deleteTree(work);
        }
    }

    /**
     * What a page takes from the pages before it: the kinds and column positions of the last table (for a table that
     * continues it without a header) and the last header read (for a table whose header OCR cannot read).
     */
    private record Carried(List<CellKind> kinds, List<Integer> columns, BorrowedHeaders.LastHeader header) {
        static final Carried NONE = new Carried(null, null, null);

        /** What the page after {@code pr} takes; borrows {@code pr}'s missing headers on the way. */
        Carried after(PageOcr.Prepared pr) {
            BorrowedHeaders.LastHeader h = BorrowedHeaders.borrowHeaders(pr, header);
            List<List<CellKind>> k = PageOcr.resolveKinds(pr, kinds, columns);
            return k.isEmpty() ? new Carried(kinds, columns, h) : new Carried(k.get(k.size() - 1), pr.lastColumns(), h);
        }
    }

    /**
     * One page, on a reading thread: once cut, its headers read; then, once the page before it has handed on what it
     * carries, its body. Pages are started in order on a first-come pool, so every page before this one has started
     * and none waits for a page after it: the chain always moves.
     */
    private static Page readPage(PageOcr ocr, Future<PageOcr.Prepared> cut, int n, CompletableFuture<Carried> earlier,
                                 CompletableFuture<Carried> after, Semaphore inFlight) throws Exception {
        PageOcr.Prepared pr;
        Carried carried;
        try {
            try {
                pr = get(cut);
                ocr.readHeads(pr);
            } finally {
                inFlight.release(); // the page image is no longer needed
            }
            carried = earlier.get(); // interrupted when the read is given up
            after.complete(carried.after(pr));
        } catch (Throwable e) {
            after.completeExceptionally(e); // the pages after this one stop too
            throw e;
        }
        PageOcr.Result r = ocr.finish(pr, carried.kinds(), carried.columns());
        return new Page(n, r.blocks(), r.skew(), r.warnings(), r.scan());
    }

    /** Throws the one line that says which package to install when Tesseract cannot run here. */
    private static void available(CompletableFuture<Optional<String>> missing) throws ReadException {
        Optional<String> problem = missing.join();
        if (problem.isPresent()) throw new ReadException(problem.get());
    }

    /** The result of a page's task, its cause rethrown as what the reader throws. */
    static <T> T get(Future<T> f) throws IOException, ReadException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ReadException r) throw r;
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        }
    }

    /**
     * The engine's pools, {@code --jobs} threads each: reading threads (each drives Tesseract on one page at a time),
     * cutting threads (each straightens a page and cuts it into cells: Tesseract reads one page while the next is cut,
     * so a scan's pages wait on Tesseract alone), and the threads that start the reads of a page that need nothing but
     * its cut ({@link EarlyReads}).
     */
    private enum Pool {
        READ("cchc-ocr"), CUT("cchc-ocr-cut"), EARLY("cchc-ocr-early");

        final String thread;

        Pool(String thread) {
            this.thread = thread;
        }
    }

    private ExecutorService pool(Pool which) {
        return pools.computeIfAbsent(which, w -> Executors.newFixedThreadPool(options.jobs(), r -> {
            Thread t = new Thread(r, w.thread);
            t.setDaemon(true); // idle OCR threads never keep the tool alive
            return t;
        }));
    }

    private static Path workDir() throws IOException {
        Path keep = OcrTrace.keepDir();
        if (keep != null) {
            Files.createDirectories(keep);
            return Files.createTempDirectory(keep, "doc");
        }
        return Files.createTempDirectory("cchc-ocr");
    }

    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a read for
        }
    }
}
