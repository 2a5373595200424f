package vn.cchc.read.ocr;

import java.util.List;

import vn.cchc.read.Block;

/**
 * Lays out the words OCR read on a document's pages into paragraphs and tables, as a text layer's glyphs are. A table
 * printed without lines has no grid to cut into cells, so its rows and columns are found from where its words lie,
 * by the same logic that reads such a table from a PDF's text layer (header, columns, row starts, wrapped labels, a
 * table going on over a page break). That logic lives with the PDF reader, which depends on this package, so it is
 * handed to the {@link OcrEngine} as this interface rather than called from here.
 */
public interface WordLayout {
    /**
     * The document's blocks in page order, tables numbered from 0 across the document; each page's grid tables stay
     * as they were read, at their places among the rest.
     */
    List<Block> blocks(List<ScanPage> pages);
}
