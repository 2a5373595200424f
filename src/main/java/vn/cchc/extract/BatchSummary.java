package vn.cchc.extract;

/** Counts for the one-line summary at the end of a batch. */
public record BatchSummary(int files, int failed, long records, long unmatched, long flagged) {
    public boolean anyFailed() {
        return failed > 0;
    }
}
