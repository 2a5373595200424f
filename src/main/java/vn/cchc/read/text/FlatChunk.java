package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines between one row number and the next in flattened text: one numbered row, possibly followed by rows
 * without a number (sub-rows under it) and by notes. Which is which is decided by {@link FlatRowReader}.
 */
final class FlatChunk {
    /** The printed number that opened the chunk ("2.1", "IV"), or "" for lines before any number. */
    final String stt;
    final boolean roman;
    final List<Piece> pieces = new ArrayList<>();

    FlatChunk(String stt, boolean roman) {
        this.stt = stt;
        this.roman = roman;
    }

    /**
     * One line of a chunk.
     *
     * @param text        cleaned text, the row number removed from the first line
     * @param width       length of the whole line as printed, which tells a wrapped label from a short note
     * @param page        page of the line, or null
     * @param afterHeader true for the first line after a repeated header (a page break): it starts a new label
     */
    record Piece(String text, int width, Integer page, boolean afterHeader) {
    }
}
