package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ExtractMetadataOptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badPeriodIsAUsageError() {
        assertEquals(2, run("extract", "--period", "2024-Q5", "src/test/resources/corpus/004.txt"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2024-Q5"));
    }

    @Test
    void issuerAndPeriodOverrideWhatIsRead() {
        assertEquals(0, run("extract", "-q", "-f", "jsonl", "--issuer", "UBND phường Hồng Hải", "--period", "2023",
                "src/test/resources/corpus/004.txt"));
        String jsonl = out.toString(StandardCharsets.UTF_8);
        for (String line : jsonl.strip().split("\n")) {
            assertTrue(line.contains("\"issuer\":\"UBND phường Hồng Hải\""), line);
            assertTrue(line.contains("\"level\":\"xa\""), line);
            assertTrue(line.contains("\"period\":\"2023\""), line);
            assertTrue(line.contains("\"report_number\":\"863/BC-SKHĐT\""), line);
        }
    }
}
