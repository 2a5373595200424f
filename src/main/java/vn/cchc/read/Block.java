package vn.cchc.read;

/** A piece of a document in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
    /** 1-based page where the block starts, or null when the format has no pages. */
    Integer page();
}
