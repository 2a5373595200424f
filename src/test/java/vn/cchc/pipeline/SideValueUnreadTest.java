package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/**
 * A number in the other value column ("Cùng kỳ năm 2023") that cchc cannot read is null in {@code prev_value} and
 * {@code values}: the row says so with {@code side_value_unread}, and the report's own value is unaffected.
 */
class SideValueUnreadTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadSideNumberIsFlaggedNotDroppedSilently() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/forms/004-cung-ky.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String before = "\tNhiệm vụ\t24\t21\t";
        assertEquals(1, text.split(before, -1).length - 1, "fixture row 2.1 is where the test expects it");
        Path p = dir.resolve("004-cung-ky.txt");
        Files.writeString(p, text.replace(before, "\tNhiệm vụ\tkhoảng 24\t21\t"));

        FileResult r = new FileExtractor(Readers.standard()).extract(p, "004-cung-ky.txt");
        StatRecord row = r.records().stream().filter(o -> "2.1".equals(o.stt())).findFirst().orElseThrow();
        assertTrue(row.flags().contains(Flag.SIDE_VALUE_UNREAD), row.flags().toString());
        assertNull(row.prevValue());
        assertEquals(0, new BigDecimal("21").compareTo(row.value()));
        for (StatRecord o : r.records()) {
            if (o != row) assertFalse(o.flags().contains(Flag.SIDE_VALUE_UNREAD), o.stt() + " " + o.flags());
        }
    }
}
