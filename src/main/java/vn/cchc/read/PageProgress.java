package vn.cchc.read;

/**
 * How far a reader is through the slow pages of a document (pages read by OCR: seconds each, where a text page takes
 * milliseconds). The batch listens on the thread that reads a file, to show "page 3/20" for a long scan and to give
 * such a file time in proportion to its pages; a reader just reports, and nothing happens when nobody listens.
 */
public final class PageProgress {
    /** Told about the slow pages of the file being read on this thread. */
    public interface Listener {
        /** {@code total} pages are about to be read slowly (called once per document, before the first). */
        void starting(int total);

        /**
         * {@code done} of them are finished. Called as each page is done, possibly from a thread other than the
         * listening one (pages read in parallel), never twice at once, with {@code done} rising.
         */
        void read(int done, int total);
    }

    private static final Listener NONE = new Listener() {
        @Override
        public void starting(int total) {
        }

        @Override
        public void read(int done, int total) {
        }
    };

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private PageProgress() {
    }

    /** The listener of the calling thread's file, or one that ignores everything. */
    public static Listener current() {
        Listener l = CURRENT.get();
        return l == null ? NONE : l;
    }

    /** Listens to the calling thread's reading until {@link #clear}. */
    public static void listen(Listener listener) {
        CURRENT.set(listener);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
