package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.pipeline.ExitCodes;

/**
 * What the user reads about inputs that are not reports: names with control characters stay on one line, named pipes
 * and devices are refused without being opened, a folder or glob with nothing to read says so and exits 1 — in
 * {@code extract}, {@code check}, {@code summary} and {@code catalogue suggest} alike.
 */
class InputMessagesTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                true);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }

    /** The four commands that read reports, each given the same inputs. */
    private static List<String[]> commands(String... inputs) {
        return List.of(concat(new String[] {"extract", "--format", "jsonl"}, inputs), concat(new String[] {"check"}, inputs),
                concat(new String[] {"summary", "--format", "csv"}, inputs),
                concat(new String[] {"catalogue", "suggest"}, inputs));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aNameWithANewlineOrAnEscapeIsOneLineEverywhere() throws Exception {
        Path odd = Files.write(tmp.resolve("bad\nreport\u001b[31m.txt"), "STT\n".getBytes(StandardCharsets.UTF_8));
        String shown = tmp + "/bad\\nreport\\x1b[31m.txt";
        Run r = run("extract", "-q", odd.toString());
        assertEquals(ExitCodes.SOME_FAILED, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("cchc: " + shown + ": "), r.err());
        Run check = run("check", odd.toString());
        assertTrue(check.out().startsWith(shown + ": not checked: "), check.out());
        assertTrue(check.out().lines().noneMatch(l -> l.startsWith("report")), check.out());
        // the state file's line for it is one line too, and the next run reads it back
        Path state = tmp.resolve("state.txt");
        run("extract", "-q", "--incremental", state.toString(), odd.toString());
        List<String> lines = Files.readAllLines(state).stream().filter(l -> l.startsWith("failed ")).toList();
        assertEquals(1, lines.size(), Files.readString(state));
        assertTrue(lines.get(0).contains("  " + shown + "\t"), lines.get(0));
        Run again = run("extract", "--incremental", state.toString(), odd.toString());
        assertTrue(again.err().contains("1 skipped (failed before"), again.err());
    }

    @Test
    void aNameWithANewlineThatIsReadIsOneLineInItsWarnings() throws Exception {
        Path a = Files.write(tmp.resolve("a\nfirst.txt"), sample("004.txt"));
        Path b = Files.write(tmp.resolve("b\nsecond.txt"), sample("004.txt"));
        Run r = run("extract", "--format", "jsonl", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        // the second is a duplicate of the first: the warning names both, each escaped
        for (String line : r.errLines()) assertTrue(line.startsWith("cchc: "), r.err());
        assertTrue(r.err().contains("b\\nsecond.txt: warning: same issuer and period as " + tmp + "/a\\nfirst.txt"), r.err());
        // the data keeps the real name: JSON escapes it on its own
        assertTrue(r.out().contains("a\\nfirst.txt"), r.out().substring(0, 300));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedNotOpenedSoNothingHangs() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        if (!made && "true".equals(System.getenv("CI"))) Assertions.fail("mkfifo is missing; under CI=true that is a failure");
        Assumptions.assumeTrue(made, "no mkfifo on this system");
        Path good = Files.write(tmp.resolve("good.txt"), sample("004.txt"));
        for (String[] cmd : commands(fifo.toString(), good.toString())) {
            Run r = run(cmd);
            assertEquals(ExitCodes.SOME_FAILED, r.exit(), String.join(" ", cmd) + "\n" + r.err());
            assertTrue(r.err().contains("cchc: " + fifo + ": not a regular file (a named pipe)")
                    || r.out().contains(fifo + ": not checked: not a regular file (a named pipe)"), r.err() + r.out());
        }
        // with --incremental the content would be hashed before any reading: still not opened
        Run r = run("extract", "-q", "--incremental", tmp.resolve("s").toString(), fifo.toString());
        assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.err());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDeviceIsNotReadForeverNorCalledEmpty() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero) && "true".equals(System.getenv("CI"))) Assertions.fail("no /dev/zero under CI=true");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Run r = run("extract", "-q", "/dev/zero");
        assertEquals(ExitCodes.SOME_FAILED, r.exit());
        assertEquals(List.of("cchc: /dev/zero: not a regular file (a character device); to read a stream, pipe it to "
                + "standard input as -"), r.errLines());
    }

    @Test
    void anEmptyFolderAFolderNamedLikeAReportAndAnEmptyGlobSayNoReportsFound() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("inbox"));
        Path dotPdf = Files.createDirectories(tmp.resolve("x.pdf"));
        Files.writeString(dotPdf.resolve("notes.md"), "not a report");
        String glob = tmp + "/inbox/*.pdf";
        for (String input : List.of(empty.toString(), dotPdf.toString(), glob)) {
            for (String[] cmd : commands(input)) {
                Run r = run(cmd);
                String what = String.join(" ", cmd) + "\n" + r.err() + r.out();
                assertEquals(ExitCodes.SOME_FAILED, r.exit(), what);
                String line = input + ": no reports found";
                assertTrue(r.err().contains("cchc: " + line) || r.out().contains(line), what);
            }
        }
    }
}
