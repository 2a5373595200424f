package vn.cchc.read.ocr;

import java.util.List;

import vn.cchc.read.Table;

/**
 * What OCR read on one page, for laying out as a page with a text layer: the words outside any drawn grid, and the
 * grids' tables, already read cell by cell, at their places. Lengths in points on the straightened page.
 *
 * @param number 1-based page number
 * @param width  page width
 * @param height page height
 * @param words  the words outside the page's grids
 * @param grids  the tables read from grids, top to bottom
 */
public record ScanPage(int number, float width, float height, List<ScanWord> words, List<Grid> grids) {
    public ScanPage {
        words = List.copyOf(words);
        grids = List.copyOf(grids);
    }

    /** A table read from a drawn grid, and the page band it takes. */
    public record Grid(float top, float bottom, Table table) {
    }
}
