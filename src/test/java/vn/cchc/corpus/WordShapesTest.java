package vn.cchc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;

/** Shapes Word reports take beyond the corpus, each in DOCX and in DOC, read end to end. */
class WordShapesTest {
    private final FileExtractor extractor = new FileExtractor(Readers.standard());

    private FileResult extract(String name) throws Exception {
        Path p = Path.of(getClass().getResource("/word/" + name).toURI());
        FileResult r = extractor.extract(p, name);
        assertNull(r.error(), r.error());
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbered.docx", "numbered.doc"})
    void anAutoNumberedSttColumnGivesNumbersAndSections(String file) throws Exception {
        List<StatRecord> rows = extract(file).records();
        assertEquals(List.of("1.", "2.", "2.1", "2.2", "1."), rows.stream().map(StatRecord::stt).toList());
        assertEquals(List.of("CDDH", "CDDH", "CDDH", "CDDH", "THECHE"), rows.stream().map(StatRecord::section).toList());
        assertEquals("4", rows.get(3).valueRaw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"titlebox.docx", "titlebox.doc"})
    void aTitleBoxedInATableStillNamesTheArea(String file) throws Exception {
        List<StatRecord> rows = extract(file).records();
        assertEquals(2, rows.size());
        assertEquals(List.of("THECHE", "THECHE"), rows.stream().map(StatRecord::section).toList());
    }
}
