package vn.cchc.read.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.pipeline.GoldRows;
import vn.cchc.read.Readers;

/**
 * A PDF whose table has no geometry at all: 002's flattened text printed one line per line (made by
 * src/test/fixtures/TextAsPdf.java). The rows are rebuilt from the text lines, as for the text itself.
 */
class FlattenedFallbackTest {
    @Test
    void rowsAreRebuiltFromTheLinesOfAPdfWithoutTableGeometry() throws Exception {
        Path pdf = Path.of(getClass().getResource("/corpus/002-lines.pdf").toURI());
        FileResult pdfResult = new FileExtractor(Readers.standard()).extract(pdf, "002-lines.pdf");
        Path txt = Path.of(getClass().getResource("/corpus/002.txt").toURI());
        FileResult txtResult = new FileExtractor(Readers.standard()).extract(txt, "002.txt");
        assertTrue(pdfResult.warnings().stream().anyMatch(w -> w.contains("geometry unusable")), pdfResult.warnings().toString());
        var rows = pdfResult.records().stream().map(r -> r.section() + "|" + r.stt() + "|" + r.label() + "|" + r.value()).toList();
        var expected = txtResult.records().stream().map(r -> r.section() + "|" + r.stt() + "|" + r.label() + "|" + r.value()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(expected, rows);
        assertTrue(pdfResult.records().stream().allMatch(r -> r.page() != null));
        assertTrue(GoldRows.load("002").size() <= rows.size());
    }
}
