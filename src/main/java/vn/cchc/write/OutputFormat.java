package vn.cchc.write;

/** Output formats of {@code cchc extract}. */
public enum OutputFormat {
    csv, json, jsonl,
    /** An Excel workbook: side-by-side indicators, records, reports, problems (binary: never to a terminal). */
    xlsx,
    /** The indicators-side-by-side table as CSV. */
    wide;

    /** Binary output that would garble a terminal. */
    public boolean binary() {
        return this == xlsx;
    }
}
