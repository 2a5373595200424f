package vn.cchc.read.sheet;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.ReadException;
import vn.cchc.text.LegacyFonts;

/** What the workbook readers share: turning their sheets into one document, with the warnings a user needs. */
final class WorkbookReaders {
    private WorkbookReaders() {
    }

    /** @param legacyFonts the legacy (TCVN3, VNI) fonts whose text was converted, named in a warning */
    static Document document(String format, List<SheetGrid> sheets, java.util.Collection<String> legacyFonts)
            throws ReadException {
        List<Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int tables = 0;
        for (SheetGrid g : sheets) {
            int rows = g.hiddenRowsWithContent();
            int cols = g.hiddenColsWithContent();
            if (rows > 0 || cols > 0) {
                warnings.add("sheet '" + g.name() + "': " + hidden(rows, "row") + (rows > 0 && cols > 0 ? " and " : "")
                        + hidden(cols, "column") + " hidden in the workbook skipped");
            }
            tables = SheetBlocks.cut(g.visibleRows().toArray(SheetGrid.VisibleRow[]::new), tables, blocks);
        }
        if (blocks.isEmpty()) throw new ReadException("empty workbook (no cell with text)");
        if (!legacyFonts.isEmpty()) warnings.add(LegacyFonts.warning(legacyFonts));
        return new Document(format, blocks, warnings);
    }

    private static String hidden(int n, String what) {
        if (n == 0) return "";
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
