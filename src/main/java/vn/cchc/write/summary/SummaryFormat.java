package vn.cchc.write.summary;

/** Output formats of {@code cchc summary}. */
public enum SummaryFormat {
    csv, json, xlsx, html;

    public boolean binary() {
        return this == xlsx;
    }
}
