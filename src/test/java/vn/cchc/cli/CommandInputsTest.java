package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.DeliveryTest.Run;
import vn.cchc.pipeline.ExitCodes;

/**
 * Every command that reads reports takes its inputs the same way (PATHs, {@code -}, standard input when no PATH is
 * given, {@code --files-from} with {@code -0}) and {@code -q} means the same in each: no warnings, errors still.
 */
class CommandInputsTest {
    @TempDir
    Path tmp;

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }

    /** Two copies of one report: the second is a duplicate submission, which is a warning. */
    private List<String> twoCopies() throws Exception {
        Path a = Files.write(tmp.resolve("a.txt"), sample("004.txt"));
        Path b = Files.write(tmp.resolve("b.txt"), sample("004.txt"));
        return List.of(a.toString(), b.toString());
    }

    @Test
    void quietSilencesTheDuplicateSubmissionWarningButNotErrors() throws Exception {
        List<String> copies = twoCopies();
        String missing = tmp.resolve("missing.txt").toString();
        Run loud = DeliveryTest.run("extract", "--format", "jsonl", copies.get(0), copies.get(1), missing);
        assertTrue(loud.err().contains(copies.get(1) + ": warning: "), loud.err());
        Run quiet = DeliveryTest.run("extract", "-q", "--format", "jsonl", copies.get(0), copies.get(1), missing);
        assertEquals(ExitCodes.SOME_FAILED, quiet.exit());
        assertEquals(List.of("cchc: " + missing + ": no such file or directory"), quiet.err().strip().lines().toList());
        assertTrue(quiet.out().contains("\"duplicate_of\":\"" + copies.get(0) + "\""), "the records still say so");
    }

    @Test
    void quietMeansTheSameInCheckSummaryAndSuggest() throws Exception {
        List<String> copies = twoCopies();
        Path legacy = Files.write(tmp.resolve("legacy.txt"),
                Files.readAllBytes(Path.of("src/test/resources/encodings/000-windows1258.txt")));
        Run check = DeliveryTest.run("check", legacy.toString());
        assertTrue(check.err().contains("warning: text converted to Unicode"), check.err());
        Run quietCheck = DeliveryTest.run("check", "-q", legacy.toString());
        assertEquals("", quietCheck.err());
        assertEquals(check.out(), quietCheck.out());

        Run summary = DeliveryTest.run("summary", copies.get(0), copies.get(1));
        assertEquals(0, summary.exit(), summary.err());
        assertTrue(summary.err().contains("summary: warning: "), summary.err());
        Run quietSummary = DeliveryTest.run("summary", "-q", copies.get(0), copies.get(1));
        assertEquals("", quietSummary.err());
        assertEquals(summary.out(), quietSummary.out());

        Run suggest = DeliveryTest.run("catalogue", "suggest", "--only-new", legacy.toString());
        assertTrue(suggest.err().contains("proposed indicator(s)"), suggest.err());
        Run quietSuggest = DeliveryTest.run("catalogue", "suggest", "--only-new", "-q", legacy.toString());
        assertEquals("", quietSuggest.err());
        assertEquals(suggest.out(), quietSuggest.out());
    }

    @Test
    void everyCommandReadsStandardInputAsDashOrWhenNoPathIsGiven() throws Exception {
        byte[] report = sample("004.txt");
        Run named = DeliveryTest.run("check", "samples/004.txt");
        for (List<String> args : List.of(List.of("check", "-"), List.of("check"))) {
            Run r = DeliveryTest.run(report, false, args.toArray(String[]::new));
            assertEquals(named.exit(), r.exit(), r.err());
            assertEquals(named.out().replace("samples/004.txt", "-"), r.out());
        }
        Run summary = DeliveryTest.run(report, false, "summary", "-q", "-f", "json");
        assertEquals(0, summary.exit(), summary.err());
        assertTrue(summary.out().contains("\"2024-Q1\""), summary.out());
        Run suggest = DeliveryTest.run(report, false, "catalogue", "suggest", "-q", "--only-new", "-");
        assertEquals(0, suggest.exit(), suggest.err());
        assertTrue(suggest.out().startsWith("code,section,parent,"), suggest.out());

        for (String command : List.of("check", "summary")) {
            Run terminal = DeliveryTest.run(new byte[0], true, command);
            assertEquals(ExitCodes.USAGE, terminal.exit(), terminal.err());
            assertTrue(terminal.err().startsWith("cchc: Missing required parameter: 'PATH'"), terminal.err());
            Run empty = DeliveryTest.run(new byte[0], false, command);
            assertEquals(ExitCodes.USAGE, empty.exit(), empty.err());
            assertTrue(empty.err().contains("standard input is empty"), empty.err());
        }
    }

    @Test
    void everyCommandTakesFilesFromWithNulSeparators() throws Exception {
        Path odd = Files.write(tmp.resolve("a report [2024] *.txt"), sample("004.txt"));
        byte[] nul = (odd + "\0samples/002.txt\0").getBytes(StandardCharsets.UTF_8);
        Run check = DeliveryTest.run(nul, false, "check", "-q", "--files-from", "-", "-0");
        assertTrue(check.out().contains(odd.toString()) && check.out().contains("samples/002.txt"), check.out());
        Path list = Files.writeString(tmp.resolve("list"), odd + "\n\nsamples/002.txt\n");
        Run summary = DeliveryTest.run("summary", "-q", "--period", "2024-Q1", "-f", "json", "--files-from", list.toString());
        assertEquals(0, summary.exit(), summary.err());
        assertTrue(summary.out().contains(odd.toString()), summary.out());
        Run suggest = DeliveryTest.run(nul, false, "catalogue", "suggest", "-q", "--only-new", "--files-from", "-", "-0");
        assertEquals(0, suggest.exit(), suggest.err());

        Run both = DeliveryTest.run(nul, false, "summary", "--files-from", "-", "-");
        assertEquals(ExitCodes.USAGE, both.exit(), both.err());
        Run noList = DeliveryTest.run("check", "-0", "samples/004.txt");
        assertEquals(ExitCodes.USAGE, noList.exit(), noList.err());
        assertTrue(noList.err().contains("-0/--null applies to --files-from"), noList.err());
    }

    @Test
    void everyCommandTakesTheSameLimitsAndOcrOptions() throws Exception {
        Path big = Files.write(tmp.resolve("big.txt"), new byte[1536 * 1024]);
        for (List<String> command : List.of(List.of("extract"), List.of("check"), List.of("summary"), List.of("catalogue", "suggest"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("-q", "--max-size", "0", "samples/004.txt"));
            Run zero = DeliveryTest.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, zero.exit(), command + ": " + zero.err());
            assertTrue(zero.err().startsWith("cchc: --max-size must be at least 1"), zero.err());
            args = new java.util.ArrayList<>(command);
            args.addAll(List.of("-q", "--ocr", "sometimes", "samples/004.txt"));
            Run ocr = DeliveryTest.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, ocr.exit(), command + ": " + ocr.err());
            args = new java.util.ArrayList<>(command);
            args.addAll(List.of("-q", "--max-size", "1", "--timeout", "60", big.toString(), "samples/004.txt"));
            Run limited = DeliveryTest.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.SOME_FAILED, limited.exit(), command + ": " + limited.err());
            assertTrue(limited.err().startsWith("cchc: " + big + ": "), limited.err());
        }
    }
}
