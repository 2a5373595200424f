package vn.cchc.table;

import java.util.Optional;

import vn.cchc.vocabulary.Flag;
import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.ocr.OcrFlags;

/**
 * How sure OCR is of a row's value. The reader gives each cell its confidence; only here, once the value column is
 * known, is it decided whether the value can be trusted.
 */
final class OcrValues {
    private OcrValues() {
    }

    /** The confidence of the row's value cell, or null for a row not read by OCR or without a value cell of its own. */
    static Double confidence(Row r, Optional<Integer> valueColumn) {
        if (!r.flags().contains(Flag.OCR) || valueColumn.isEmpty()) return null;
        Cell c = r.cellAt(valueColumn.get());
        if (c == null || c.gridCol() != valueColumn.get()) return null;
        return c.ocrConfidence();
    }

    /** A value cell with ink that OCR read with low confidence, or whose two readings disagreed (confidence 0). */
    static boolean uncertain(Row r, Double confidence) {
        return confidence != null && confidence < OcrFlags.MIN_CONFIDENCE;
    }
}
