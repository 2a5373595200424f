package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/** Every gold row of the corpus text reports, checked field by field. */
class GoldenTextTest {
    static Path corpus(String file) throws Exception {
        return Path.of(GoldenTextTest.class.getResource("/corpus/" + file).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "004"})
    void everyGoldRowIsReadExactly(String name) throws Exception {
        FileResult r = new FileExtractor(Readers.standard()).extract(corpus(name + ".txt"), name + ".txt");
        GoldRows.assertReadsExactly(GoldRows.load(name), r, name + ".txt");
        for (StatRecord o : r.records()) assertFalse(o.flags().contains(Flag.UNREADABLE_VALUE), o.label());
    }
}
