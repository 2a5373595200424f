package vn.cchc.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.read.Block;
import vn.cchc.read.text.FlattenedTableRecovery;
import vn.cchc.read.text.SourceLine;
import vn.cchc.read.text.TextReader;

/**
 * For a PDF whose table has no usable geometry (no rulings, columns that do not line up, cells centred so that
 * a row's lines straddle its number): its text lines, top to bottom and left to right, are what a PDF-to-text tool
 * would have left, so the flattened-text recovery rebuilds the rows from them, with its flags on uncertain rows.
 */
final class FlattenedFallback {
    private final FlattenedTableRecovery recovery = new FlattenedTableRecovery();

    /** The blocks with recovered tables, or empty when the lines hold no statistics table either. */
    Optional<List<Block>> recover(List<PageContent> pages, List<String> warnings) {
        List<SourceLine> lines = new ArrayList<>();
        for (PageContent p : pages) {
            for (TextLine l : TextLine.group(p.glyphs())) lines.add(new SourceLine(l.text(), p.number()));
        }
        FlattenedTableRecovery.Result found = recovery.recoverWithWarnings(lines);
        if (found.tables().isEmpty()) return Optional.empty();
        warnings.addAll(found.warnings());
        warnings.add("table geometry unusable: rows rebuilt from the text lines (see the row flags)");
        return Optional.of(TextReader.withTables(found.tables(), lines));
    }
}
