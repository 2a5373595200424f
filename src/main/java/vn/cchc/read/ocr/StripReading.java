package vn.cchc.read.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import vn.cchc.read.ReadException;

/**
 * A page's text strips read by Tesseract as soon as they are cut, on a thread of their own, while the page's cells are
 * still being cut: the cutting then hides behind Tesseract on a second core instead of holding up the page's first
 * read (on a one-page scan, most of the cut). The same images are read with the same command as when read in turn,
 * so the words are the same; the read takes its turn among the {@code --jobs} Tesseract processes (see
 * {@link Tesseract}), never one more.
 */
final class StripReading {
    private final Tesseract tesseract;
    private final Path workDir;
    private final ExecutorService pool;
    private final Map<PageOcr.Prepared, Future<List<Tesseract.Word>>> started = new ConcurrentHashMap<>();
    private boolean closed;

    StripReading(Tesseract tesseract, Path workDir, ExecutorService pool) {
        this.tesseract = tesseract;
        this.workDir = workDir;
        this.pool = pool;
    }

    /** Starts reading the strips of a page just cut into them. */
    synchronized void start(PageOcr.Prepared pr) {
        if (closed) return; // the document was given up while this page was being cut
        List<Path> strips = List.copyOf(pr.stripImages);
        started.put(pr, pool.submit(() -> {
            // without Tesseract the user hears why from the engine, which asks the same question: no doomed process
            Optional<String> problem = tesseract.unavailable();
            if (problem.isPresent()) throw new ReadException(problem.get());
            return tesseract.read(strips, workDir, Tesseract.Mode.LINES);
        }));
    }

    /** The words of the page's strips, from the read started by {@link #start}, or read now when none was started. */
    List<Tesseract.Word> words(PageOcr.Prepared pr) throws IOException, ReadException {
        Future<List<Tesseract.Word>> f = started.remove(pr);
        if (f == null) return tesseract.read(pr.stripImages, workDir, Tesseract.Mode.LINES);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted during OCR");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof ReadException r) throw r;
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        }
    }

    /** Stops the reads nobody will ask for (a document given up: a timeout, an error on another page). */
    synchronized void cancelAll() {
        closed = true;
        for (Future<?> f : started.values()) f.cancel(true);
        started.clear();
    }
}
