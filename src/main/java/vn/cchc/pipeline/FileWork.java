package vn.cchc.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.cchc.model.FileResult;
import vn.cchc.model.SourceFile;
import vn.cchc.read.pdf.PdfPages;
import vn.cchc.text.Reasons;

/**
 * One input's extraction inside a worker thread, whatever it throws turned into that file's one-line failure.
 *
 * <p>Running out of memory needs care: the allocation that fails may be any thread's, so a file can fail for the
 * memory its neighbour took. A file that runs out of memory is therefore run once more <em>alone</em>, with the whole
 * {@link MemoryBudget} (the other files wait): a file that was only the neighbour's victim then succeeds, and the
 * one that fails again fails for its own sake, alone.
 */
final class FileWork {
    static final String OUT_OF_MEMORY = "out of memory reading this document, even with no other file beside it (too "
            + "large or too complex; give Java more heap with -Xmx)";

    /**
     * What a worker produced for one input.
     *
     * @param sha256 the content hash to record in the incremental state, or null: not incremental, or a failure that
     *               says nothing about the content (memory, time)
     */
    record Outcome(FileResult result, String sha256, SourceFile source) {
        Outcome(FileResult result, String sha256) {
            this(result, sha256, null);
        }

        static Outcome of(FileResult r) {
            return new Outcome(r, null, null);
        }
    }

    private final FileExtractor extractor;

    FileWork(FileExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param sha256    the content hash from the batch's plan, or null
     * @param companion the report a workbook was sent with, or null
     * @param identify  whether the sink wants the input's {@link SourceFile} (content hash, absolute path)
     * @param lease     the file's share of the memory budget; taken whole for the second attempt
     * @param restarted called when the second attempt starts, so its clock starts again
     */
    Outcome run(InputFile in, String sha256, Path companion, boolean identify, MemoryBudget.Lease lease,
                Runnable restarted) {
        if (in.error() != null) return Outcome.of(FileResult.failed(in.display(), null, in.error()));
        try {
            return attempt(in, sha256, companion, identify);
        } catch (OutOfMemoryError first) {
            // this file's objects are gone with the stack that held them; was it this file, or a neighbour?
        }
        try {
            lease.exclusive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // abandoned while waiting: the batch has already given up on it
            return Outcome.of(FileResult.failed(in.display(), null, OUT_OF_MEMORY));
        }
        restarted.run();
        try {
            return attempt(in, sha256, companion, identify);
        } catch (OutOfMemoryError again) {
            return Outcome.of(FileResult.failed(in.display(), null, OUT_OF_MEMORY)); // not remembered: -Xmx may help
        }
    }

    private Outcome attempt(InputFile in, String sha256, Path companion, boolean identify) {
        try {
            FileResult result = extractor.extract(in.path(), in.display(), companion);
            SourceFile source = null;
            if (identify) {
                try {
                    String sha = sha256 != null ? sha256 : IncrementalState.sha256(in.path());
                    source = new SourceFile(in.path().toAbsolutePath().normalize(), sha, Files.size(in.path()),
                            "pdf".equals(result.format()) ? PdfPages.count(in.path()) : null);
                } catch (IOException e) {
                    // gone or unreadable since it was read: the sink gets the result without its source
                }
            }
            return new Outcome(result, sha256, source);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (StackOverflowError e) {
            return new Outcome(FileResult.failed(in.display(), null, "unreadable document (nested too deeply)"), sha256);
        } catch (VirtualMachineError e) {
            throw e; // the JVM itself is broken: stop the run, the output is not committed
        } catch (Throwable e) {
            // a parser bug or a missing optional codec (NoClassDefFoundError) must not stop the batch
            return new Outcome(FileResult.failed(in.display(), null,
                    "unreadable document (" + Reasons.brief(e) + ")"), sha256);
        }
    }
}
