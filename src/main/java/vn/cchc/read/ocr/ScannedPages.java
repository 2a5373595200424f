package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.Table;

/** OCR'd pages into a document's blocks: tables numbered across the document, tilts worth a warning noted. */
public final class ScannedPages {
    private ScannedPages() {
    }

    /**
     * The pages' blocks in order, tables numbered from {@code 0}; a noticeable tilt is reported in {@code warnings}.
     * With the engine's {@link WordLayout}, the words outside grids are laid out by it (tables printed without lines
     * among them); without one, they are Tesseract's paragraphs.
     */
    public static List<Block> blocks(OcrEngine engine, List<OcrEngine.Page> pages, List<String> warnings) {
        noteWarnings(pages, warnings);
        if (engine.layout() != null) return engine.layout().blocks(pages.stream().map(OcrEngine.Page::scan).toList());
        List<Block> out = new ArrayList<>();
        int tables = 0;
        for (OcrEngine.Page p : pages) {
            for (Block b : p.blocks()) {
                out.add(b instanceof Table t ? new Table(tables++, t.rows(), t.page(), t.columns()) : b);
            }
        }
        return out;
    }

    /** The pages' own warnings, and a noticeable tilt straightened, in {@code warnings}. */
    public static void noteWarnings(List<OcrEngine.Page> pages, List<String> warnings) {
        for (OcrEngine.Page p : pages) {
            if (Math.abs(p.skew()) >= 0.5) {
                warnings.add("page " + p.number() + " read by OCR, straightened by " + String.format(java.util.Locale.ROOT, "%.1f", p.skew()) + "°");
            }
            warnings.addAll(p.warnings());
        }
    }
}
