package vn.cchc.pipeline;

/**
 * Counts for the one-line summary at the end of a batch.
 *
 * @param skipped  files left out by {@code --incremental} because their content was extracted before
 * @param problems     consistency problems found, over all files
 * @param failedBefore of the skipped files, those whose content failed in an earlier run (skipped until
 *                     {@code --retry-failed})
 */
public record BatchSummary(int files, int failed, long records, long unmatched, long flagged, int skipped,
                           long problems, int failedBefore) {
    public BatchSummary(int files, int failed, long records, long unmatched, long flagged) {
        this(files, failed, records, unmatched, flagged, 0, 0, 0);
    }

    public BatchSummary(int files, int failed, long records, long unmatched, long flagged, int skipped) {
        this(files, failed, records, unmatched, flagged, skipped, 0, 0);
    }

    public BatchSummary(int files, int failed, long records, long unmatched, long flagged, int skipped, long problems) {
        this(files, failed, records, unmatched, flagged, skipped, problems, 0);
    }

    public boolean anyProblem() {
        return problems > 0;
    }

    public boolean anyFailed() {
        return failed > 0;
    }

    /** Files read successfully. */
    public int read() {
        return files - failed - skipped;
    }
}
