package vn.cchc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Stt;

/**
 * The inconsistencies the corpus reports really have, found by going through every rate, total and unit by hand
 * (docs/checks.md lists them with their numbers): each is flagged, in every format, and nothing else is.
 */
class CorpusChecksTest {
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "000", List.of(
                    "rate_mismatch CDDH 2", // 30 % printed, 10 / 32 = 31.25 %
                    "rate_mismatch CQS 6.4"), // 46,4 % printed, 732 / 1558 = 46.98 %
            "002", List.of(
                    "unit_mismatch CDDH 3.2", // "Có=1; Không=1"
                    "sum_mismatch TTHC 1.4"), // 1 printed, parts 19 + 8 + 123 = 150
            "004", List.of(
                    "unit_mismatch CDDH 4.1", // "%" on a number of bodies inspected
                    "rate_mismatch THECHE 3.2", // 100 % printed, 1 / 11 = 9.09 %
                    "rate_mismatch TTHC 3.1", // 95,56 % printed, 82 / 744 = 11.02 %
                    "sum_mismatch TCC 2.1")); // 0 printed, parts 0 + 0 + 0 + 1 = 1

    @ParameterizedTest
    @ValueSource(strings = {"000.txt", "000.docx", "000.doc", "000.odt", "000.pdf", "000-unruled.pdf",
            "000-unruled-centred.pdf", "002.txt", "004.txt", "004.docx", "004.doc", "004.odt", "004.pdf",
            "004-unruled.pdf"})
    void everyRealInconsistencyIsFlaggedAndNothingElse(String file) throws Exception {
        Path path = Path.of(CorpusChecksTest.class.getResource("/corpus/" + file).toURI());
        FileResult r = new FileExtractor(Readers.standard()).extract(path, file);
        assertNull(r.error(), file);
        List<String> found = r.problems().stream().map(p -> {
            StatRecord first = r.records().get(p.rows().get(0));
            return p.flag() + " " + first.section() + " " + Stt.canonical(first.stt());
        }).toList();
        assertEquals(EXPECTED.get(file.substring(0, 3)), found, file + ": " + r.problems());
    }
}
