package vn.cchc.write.db;

import java.io.IOException;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.SourceFile;

/**
 * {@code --db}: loads each file's result into the warehouse as it arrives, one transaction per report, so a run
 * stopped at any moment leaves every report loaded whole or not at all and the next run completes the rest.
 */
public final class DbSink implements ResultSink {
    private final Warehouse warehouse;
    private final String catalogueVersion;
    private int files;
    private int loaded;
    private int unchanged;
    private int failed;
    private long records;
    private int skipped;

    public DbSink(Warehouse warehouse, String catalogueVersion) {
        this.warehouse = warehouse;
        this.catalogueVersion = catalogueVersion;
    }

    @Override
    public boolean needsSourceFile() {
        return true;
    }

    @Override
    public void accept(FileResult result) throws IOException {
        accept(result, null);
    }

    @Override
    public void accept(FileResult result, SourceFile source) throws IOException {
        files++;
        Warehouse.Outcome o = warehouse.load(result, source, catalogueVersion);
        if (result.failed()) failed++;
        switch (o) {
            case LOADED, REPLACED -> {
                if (!result.failed()) loaded++;
                records += result.records().size();
            }
            case UNCHANGED -> unchanged++;
            case NOT_IDENTIFIED -> {
                // a file that could not even be read has no content to key on: only its error line and the count
            }
        }
    }

    /** Files {@code --incremental} skipped before they reached this sink, for the run's counts. */
    public void skipped(int n) {
        skipped = n;
    }

    /** What was loaded so far. */
    public RunCounts counts() {
        return new RunCounts(files + skipped, loaded, unchanged, skipped, failed, records);
    }

    @Override
    public void finish() throws IOException {
        // the run's counts are written by the caller once it knows the skipped files (see ExtractJob)
    }

    @Override
    public void close() {
        // the warehouse belongs to the caller, which closes it after recording the end of the run
    }
}
