package vn.cchc.pipeline;

import java.io.IOException;

import vn.cchc.model.FileResult;

/**
 * What {@code --incremental} remembers between runs: the content (SHA-256) of every input already delivered. Kept in
 * a state file ({@link IncrementalState}) or, with {@code --db}, in the database itself.
 */
public interface ContentLedger {
    /** Whether a file with this content was delivered before; such a file is skipped without being read. */
    boolean contains(String sha256);

    /**
     * What an earlier run did with this content: extracted (skipped), failed (skipped unless {@code --retry-failed})
     * or new. A ledger that remembers no failures answers only EXTRACTED or NEW.
     */
    default IncrementalState.Seen seen(String sha256) {
        return contains(sha256) ? IncrementalState.Seen.EXTRACTED : IncrementalState.Seen.NEW;
    }

    /**
     * Called once a file's result has been handed to the sink (its records written and flushed), for a success or for
     * a failure that says something about the content (not a timeout or lack of memory).
     */
    void delivered(String sha256, FileResult result);

    /** Makes this run's deliveries permanent; called only once the output is safely written. */
    void save() throws IOException;
}
