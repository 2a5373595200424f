package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.Table;

/** OCR'd pages into a document's blocks: tables numbered across the document, tilts worth a warning noted. */
public final class ScannedPages {
    private ScannedPages() {
    }

    /** The pages' blocks in order, tables numbered from {@code 0}; a noticeable tilt is reported in {@code warnings}. */
    public static List<Block> blocks(List<OcrEngine.Page> pages, List<String> warnings) {
        List<Block> out = new ArrayList<>();
        int tables = 0;
        for (OcrEngine.Page p : pages) {
            if (Math.abs(p.skew()) >= 0.5) {
                warnings.add("page " + p.number() + " read by OCR, straightened by " + String.format(java.util.Locale.ROOT, "%.1f", p.skew()) + "°");
            }
            warnings.addAll(p.warnings());
            for (Block b : p.blocks()) {
                out.add(b instanceof Table t ? new Table(tables++, t.rows(), t.page()) : b);
            }
        }
        return out;
    }
}
