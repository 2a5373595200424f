package vn.cchc.pipeline;

import vn.cchc.write.db.DbTarget;

/**
 * {@code --db}: where to load the run, and how.
 *
 * @param target      the database
 * @param arguments   the command line, recorded in the {@code run} table (passwords masked)
 * @param incremental {@code --incremental} without a state file: the database says which reports are loaded already
 * @param textOutput  whether records also go to {@code -o} or standard output (with {@code --db} they do only when
 *                    asked for by {@code -o} or {@code --format})
 */
public record DbLoad(DbTarget target, String arguments, boolean incremental, boolean textOutput) {
}
