package vn.cchc.extract;

/**
 * Counts for the one-line summary at the end of a batch.
 *
 * @param skipped files left out by {@code --incremental} because their content was extracted before
 */
public record BatchSummary(int files, int failed, long records, long unmatched, long flagged, int skipped) {
    public BatchSummary(int files, int failed, long records, long unmatched, long flagged) {
        this(files, failed, records, unmatched, flagged, 0);
    }

    public boolean anyFailed() {
        return failed > 0;
    }

    /** Files read successfully. */
    public int read() {
        return files - failed - skipped;
    }
}
