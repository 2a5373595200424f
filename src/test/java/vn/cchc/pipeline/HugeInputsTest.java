package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;

/**
 * Issue 18: one huge file never takes the batch down. A 95 MB text report (inside the default {@code --max-size}) and
 * a 35 MB single line of cells, read in a JVM of 512 MB beside a good report: each fails with one line, the good
 * report's rows are all written (into {@code -o}, which is renamed into place only when the run completes), and no
 * stack trace reaches the user. Run in a child JVM, whose heap is the one the issue measured.
 */
class HugeInputsTest {
    @TempDir
    Path dir;

    @Test
    void hugeTextFilesFailAloneInHalfAGigabyte() throws Exception {
        byte[] report = Corpus.bytes("004.txt");
        Path good = Files.write(dir.resolve("good.txt"), report);
        Path table = dir.resolve("huge-table.txt");
        try (OutputStream out = Files.newOutputStream(table)) {
            // the report, then its statistics rows again and again: one table of a million rows
            out.write(report);
            String rows = new String(report, StandardCharsets.UTF_8).lines().filter(l -> l.chars().filter(c -> c == '\t').count() >= 3)
                    .skip(2).reduce("", (a, b) -> a + b + "\n");
            byte[] block = rows.getBytes(StandardCharsets.UTF_8);
            for (long n = report.length; n < 95L << 20; n += block.length) out.write(block);
        }
        Path line = dir.resolve("one-line.txt");
        try (OutputStream out = Files.newOutputStream(line)) {
            out.write("STT\tChỉ tiêu\t".getBytes(StandardCharsets.UTF_8));
            byte[] cells = "123\t".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 35L << 20; n += cells.length) out.write(cells);
            out.write('\n');
        }
        Path output = dir.resolve("out.csv");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.cchc.cli.Main",
                "extract", "--jobs", "2", "-o", output.toString(), good.toString(), table.toString(), line.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        byte[] errBytes = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
        String err = new String(errBytes, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.SOME_FAILED, p.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("Error") || err.contains("\tat "), err);
        List<String> failures = err.lines().filter(l -> !l.contains(": warning: ") && !l.contains(" file(s) read")).toList();
        assertEquals(List.of(
                "cchc: " + table + ": too large: a table of more than 20,000 rows (at line 20424); no report is this big",
                "cchc: " + line + ": too large: line 1 is longer than 1,048,576 characters; no report is this big"), failures, err);
        assertEquals(goodRecordsAlone(good), csvRecords(Files.readString(output, StandardCharsets.UTF_8)),
                "every row of the good report is written");
    }

    private static long goodRecordsAlone(Path good) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(ExitCodes.OK, Cli.run(new String[] {"extract", "-q", good.toString()}, out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        long n = csvRecords(out.toString(StandardCharsets.UTF_8));
        assertTrue(n > 100, "004.txt has its rows");
        return n;
    }

    /** CSV lines after the header (no field of 004.txt's records holds a line break). */
    private static long csvRecords(String csv) {
        return csv.lines().count() - 1;
    }
}
