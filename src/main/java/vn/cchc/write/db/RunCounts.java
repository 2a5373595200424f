package vn.cchc.write.db;

/**
 * What a run did, for the {@code run} table and the summary line.
 *
 * @param files     inputs of the run (after {@code --shard})
 * @param loaded    reports loaded or replaced (a new cchc or catalogue version, or a file that failed before)
 * @param unchanged reports already in the database with the same content, left as they were
 * @param skipped   reports {@code --incremental} skipped unread
 * @param failed    inputs that failed (stored with status {@code failed} when their bytes could be read)
 * @param records   records written
 */
public record RunCounts(int files, int loaded, int unchanged, int skipped, int failed, long records) {
}
