package vn.cchc.number;

/** What a value cell held. */
public enum NumberKind {
    /** A number read with certainty. */
    NUMBER,
    /** Nothing printed. */
    EMPTY,
    /** A word or dash that stands for "none" ({@code -}, {@code Không}, {@code Chưa}): no value. */
    TEXT_ZERO,
    /** Something that is not a number this parser can read with certainty; value stays null, flagged. */
    UNREADABLE
}
