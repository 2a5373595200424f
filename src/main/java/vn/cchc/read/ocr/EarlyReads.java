package vn.cchc.read.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import vn.cchc.read.ReadException;

/**
 * The reads of a page that need nothing but its cut, started as soon as their images are written, on threads of their
 * own: its text strips while its cells are still cut (the cutting then hides behind Tesseract on a second core
 * instead of holding up the page's first read), and its tables' first rows once the cut is done (they then wait in
 * Tesseract's queue while the strips' words are placed, and the next page's wait while this one's are worked out, so
 * Tesseract does not idle between the calls of a page). The same images are read with the same commands as when read
 * in turn, so the words are the same; every read takes its turn among the {@code --jobs} Tesseract processes (see
 * {@link Tesseract}), never one more.
 */
final class EarlyReads {
    /** The images of a read and their words. */
    record Read(List<Path> images, List<Tesseract.Word> words) {
    }

    private final Tesseract tesseract;
    private final Path workDir;
    /** Null: nothing starts early, every read is made when asked for. */
    private final ExecutorService pool;
    private final Map<PageOcr.Prepared, Future<List<Tesseract.Word>>> strips = new ConcurrentHashMap<>();
    private final Map<PageOcr.Prepared, Future<List<Tesseract.Word>>> heads = new ConcurrentHashMap<>();
    private boolean closed;

    EarlyReads(Tesseract tesseract, Path workDir, ExecutorService pool) {
        this.tesseract = tesseract;
        this.workDir = workDir;
        this.pool = pool;
    }

    /** Starts reading the strips of a page just cut into them. */
    void startStrips(PageOcr.Prepared pr) {
        start(strips, pr, List.copyOf(pr.stripImages), Tesseract.Mode.LINES);
    }

    /** Starts reading the first rows of the tables of a page just cut. */
    void startHeads(PageOcr.Prepared pr) {
        start(heads, pr, headCells(pr), Tesseract.Mode.BLOCK);
    }

    /** The words of the page's strips. */
    List<Tesseract.Word> strips(PageOcr.Prepared pr) throws IOException, ReadException {
        return words(strips, pr, pr.stripImages, Tesseract.Mode.LINES);
    }

    /** The cells of the first rows of the page's tables, which may be their header, and their words. */
    Read heads(PageOcr.Prepared pr) throws IOException, ReadException {
        List<Path> cells = headCells(pr);
        return new Read(cells, words(heads, pr, cells, Tesseract.Mode.BLOCK));
    }

    private static List<Path> headCells(PageOcr.Prepared pr) {
        List<Path> head = new ArrayList<>();
        for (int t = 0; t < pr.grids.size(); t++) {
            for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
                if (e.getKey().firstBand() < PageOcr.HEADER_ROWS) head.add(e.getValue());
            }
        }
        return head;
    }

    private synchronized void start(Map<PageOcr.Prepared, Future<List<Tesseract.Word>>> started, PageOcr.Prepared pr,
                                    List<Path> images, Tesseract.Mode mode) {
        if (pool == null || closed) return; // in turn, or the document was given up while this page was being cut
        started.put(pr, pool.submit(() -> {
            // without Tesseract the user hears why from the engine, which asks the same question: no doomed process
            Optional<String> problem = tesseract.unavailable();
            if (problem.isPresent()) throw new ReadException(problem.get());
            return tesseract.read(images, workDir, mode);
        }));
    }

    /** The words of a read started early, or of the same read made now when none was started. */
    private List<Tesseract.Word> words(Map<PageOcr.Prepared, Future<List<Tesseract.Word>>> started, PageOcr.Prepared pr,
                                       List<Path> images, Tesseract.Mode mode) throws IOException, ReadException {
        Future<List<Tesseract.Word>> f = started.remove(pr);
        if (f == null) return tesseract.read(images, workDir, mode);
        try {
            return OcrEngine.get(f);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted during OCR");
        }
    }

    /** Stops the reads nobody will ask for (a document given up: a timeout, an error on another page). */
    synchronized void cancelAll() {
        closed = true;
        for (Future<?> f : strips.values()) f.cancel(true);
        for (Future<?> f : heads.values()) f.cancel(true);
        strips.clear();
        heads.clear();
    }
}
