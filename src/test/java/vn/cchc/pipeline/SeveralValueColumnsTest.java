package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/**
 * Report 004 with a second value column beside the report's own (last year's figures, the plan, the period before):
 * every row must still give this period's figure as its value, the other as {@code values}/{@code prev_value}.
 */
class SeveralValueColumnsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"004-cung-ky.txt, 2023-Q1, 2024-Q1, true", "004-hai-nam.txt, 2023, 2024, true",
            "004-ke-hoach.txt, ke_hoach, thuc_hien, false", "004-ky-nay.txt, ky_truoc, 2024-Q1, false"})
    void valueIsTheReportsPeriod(String file, String otherKey, String ownKey, boolean otherIsLastYear) throws IOException {
        Path p = dir.resolve(file);
        try (InputStream in = getClass().getResourceAsStream("/forms/" + file)) {
            Files.copy(in, p);
        }
        FileResult r = new FileExtractor(Readers.standard()).extract(p, file);
        List<JsonNode> gold = GoldRows.load("004");
        GoldRows.assertReadsExactly(gold, r, file);
        for (StatRecord o : r.records()) {
            assertFalse(o.flags().contains(Flag.VALUE_COLUMN_GUESSED), file + " " + o.stt());
            assertEquals(List.of(otherKey, ownKey).stream().sorted().toList(), o.values().keySet().stream().sorted().toList());
            assertEquals(o.value(), o.values().get(ownKey));
            if (o.value() != null && o.valueRaw().matches("\\d+")) {
                BigDecimal other = o.values().get(otherKey);
                assertEquals(0, o.value().add(BigDecimal.valueOf(3)).compareTo(other), file + " " + o.stt());
                if (otherIsLastYear) assertEquals(other, o.prevValue());
                else assertNull(o.prevValue());
            }
        }
    }
}
