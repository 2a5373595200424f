-- cchc warehouse, first schema (cchc 0.1). The same tables and columns as in PostgreSQL; SQLite has no date or
-- timestamp type, so those are ISO-8601 text (timestamps in UTC, e.g. 2026-11-30T21:05:00.123Z).

-- One row per `cchc extract --db` run.
CREATE TABLE run (
    run_id        TEXT PRIMARY KEY,
    started       TEXT NOT NULL,
    finished      TEXT,
    arguments     TEXT NOT NULL,
    tool_version  TEXT NOT NULL,
    files         INTEGER,
    loaded        INTEGER,
    unchanged     INTEGER,
    skipped       INTEGER,
    failed        INTEGER,
    records       INTEGER
);

-- One row per distinct document content: the SHA-256 of the file's bytes is the key, so a renamed or copied
-- report is the same report and a corrected one is another.
CREATE TABLE report (
    report_id         TEXT PRIMARY KEY CHECK (length(report_id) = 64),
    file              TEXT NOT NULL,
    file_absolute     TEXT NOT NULL,
    format            TEXT,
    pages             INTEGER,
    bytes             INTEGER,
    issuer            TEXT,
    level             TEXT,
    report_number     TEXT,
    report_date       TEXT,
    period            TEXT,
    metadata_flags    TEXT,
    status            TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error             TEXT,
    warnings          TEXT,
    record_count      INTEGER NOT NULL,
    problem_count     INTEGER NOT NULL,
    tool_version      TEXT NOT NULL,
    catalogue_version TEXT,
    loaded_at         TEXT NOT NULL,
    run_id            TEXT NOT NULL REFERENCES run (run_id)
);

CREATE TABLE record (
    report_id      TEXT NOT NULL REFERENCES report (report_id) ON DELETE CASCADE,
    record_index   INTEGER NOT NULL,
    table_index    INTEGER,
    row_index      INTEGER,
    page           INTEGER,
    section        TEXT,
    stt            TEXT,
    label          TEXT,
    unit           TEXT,
    value_raw      TEXT,
    value          REAL,
    note           TEXT,
    indicator      TEXT,
    indicator_name TEXT,
    match_score    REAL,
    flags          TEXT,
    PRIMARY KEY (report_id, record_index)
);
CREATE INDEX record_indicator ON record (indicator);

CREATE TABLE problem (
    report_id     TEXT NOT NULL REFERENCES report (report_id) ON DELETE CASCADE,
    problem_index INTEGER NOT NULL,
    flag          TEXT NOT NULL,
    records       TEXT NOT NULL,
    message       TEXT NOT NULL,
    PRIMARY KEY (report_id, problem_index)
);
