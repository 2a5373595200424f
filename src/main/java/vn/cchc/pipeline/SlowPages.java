package vn.cchc.pipeline;

import java.time.Duration;

import vn.cchc.read.PageProgress;

/**
 * The pages of the file a worker reads that its reader reads slowly (by OCR: seconds a page), as the reader reports
 * them: the progress line shows the page a long scan is on, and the file's {@code --timeout} counts per such page.
 */
final class SlowPages implements PageProgress.Listener {
    private volatile int total;
    private volatile int done;

    @Override
    public void starting(int pages) {
        total += pages; // only the worker's thread writes
    }

    @Override
    public void read(int pagesDone, int pages) {
        done = pagesDone;
    }

    int total() {
        return total;
    }

    /** The file's name for the progress line, with the OCR page it is on for a scan of several pages. */
    String show(String file) {
        int t = total;
        return t > 1 ? file + " (OCR page " + done + "/" + t + ")" : file;
    }

    /** The time the file may take: {@code timeout} per page read by OCR, at least once. */
    long budgetNanos(Duration timeout) {
        return timeout.toNanos() * Math.max(1, total);
    }
}
