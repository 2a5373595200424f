package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.model.StatRecord;
import vn.cchc.vocabulary.Flag;

class UnmatchedSummaryTest {
    private static StatRecord record(String stt, String label, List<Flag> flags) {
        return new StatRecord("f", "text", null, 0, 0, "CDDH", stt, label, "", "1", null, null, null, "", null, null, 0.3, "CDDH/-/x",
                null, null, null, null, null, flags);
    }

    @Test
    void silentWhenEveryRowMatched() {
        assertTrue(UnmatchedSummary.of(List.of(record("1", "a", List.of()))).isEmpty());
    }

    @Test
    void namesTheFirstUnmatchedRowsAndCountsAll() {
        List<StatRecord> rs = new ArrayList<>();
        for (int i = 1; i <= 7; i++) rs.add(record(i + ".", "Dòng " + i, List.of(Flag.UNMATCHED)));
        rs.add(record("8.", "Khớp", List.of()));
        String line = UnmatchedSummary.of(rs).orElseThrow();
        assertTrue(line.startsWith("7 row(s) matched no catalogue indicator: 1. \"Dòng 1\"; 2. \"Dòng 2\""), line);
        assertTrue(line.endsWith("5. \"Dòng 5\"; ..."), line);
        assertEquals(-1, line.indexOf("Khớp"));
    }
}
