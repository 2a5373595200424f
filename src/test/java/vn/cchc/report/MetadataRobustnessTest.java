package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.cchc.read.text.TextReader;

/** Any slice of a real report, however cut, reads without an exception (checked on the inner method). */
class MetadataRobustnessTest {
    @Test
    void slicesOfTheCorpusNeverThrow() throws IOException {
        Random random = new Random(6);
        for (String file : List.of("000.txt", "002.txt", "004.txt")) {
            List<String> lines = Arrays.asList(CorpusMetadataTest.corpus(file).split("\n"));
            for (int n = 0; n < 200; n++) {
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
                String slice = String.join("\n", lines.subList(from, to));
                ReportLines r = ReportLines.of(new TextReader().parse(slice));
                assertDoesNotThrow(() -> new ReportMetadataExtractor().extract(r), file + " " + from + ".." + to);
            }
        }
    }
}
