package vn.cchc.vocabulary;

/** What a column of a statistics table holds. */
public enum ColumnRole {
    STT, LABEL, UNIT, VALUE, NOTE
}
