package vn.cchc.write;

/** Output formats of {@code cchc extract}. */
public enum OutputFormat {
    csv, json, jsonl
}
