package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.pipeline.ExitCodes;

/**
 * Getting the data out: failed writes, closed pipes, file modes, standard input, messages. The write failures are
 * real: a child JVM writes into {@code /dev/full} and into a pipe whose reader goes away.
 */
class DeliveryTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(byte[] stdin, boolean stdinIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                stdinIsTerminal);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], true, args);
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }

    /** A child JVM running cchc with the test class path. */
    private static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.cchc.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    @Test
    void aFullDeviceIsOneLineAndExit1() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")) || System.getenv("CI") != null,
                "no /dev/full on this system");
        Path err = tmp.resolve("err.txt");
        Process p = child("extract", "samples/004.txt").redirectOutput(new File("/dev/full"))
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCodes.SOME_FAILED, p.exitValue());
        List<String> lines = Files.readAllLines(err);
        assertEquals(List.of("cchc: standard output: cannot write: No space left on device"), lines);
    }

    @Test
    void aClosedPipeStopsAtOnceQuietlyAndRecordsOnlyWhatWasWritten() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        byte[] report = sample("004.txt");
        int count = 60;
        for (int i = 0; i < count; i++) {
            // distinct content, so that --incremental does not skip the copies
            byte[] copy = java.util.Arrays.copyOf(report, report.length + 1);
            copy[report.length] = (byte) ('\n');
            Files.write(inbox.resolve(String.format("r%03d.txt", i)), (new String(report, StandardCharsets.UTF_8)
                    + "\n".repeat(i + 1)).getBytes(StandardCharsets.UTF_8));
        }
        Path state = tmp.resolve("state.txt");
        Path err = tmp.resolve("err.txt");
        Process p = child("extract", "--jobs", "1", "--incremental", state.toString(), inbox.toString())
                .redirectError(err.toFile()).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(r.readLine().startsWith("file,format,"));
        } // the reader goes away, as `head -1` does
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "stops, does not carry on with the batch");
        assertEquals(ExitCodes.PIPE_CLOSED, p.exitValue());
        assertEquals("", Files.readString(err), "quiet, as on SIGPIPE");
        long recorded = Files.exists(state) ? Files.readAllLines(state).stream().filter(l -> !l.startsWith("#")).count() : 0;
        assertTrue(recorded < count, "only the files whose records went out are recorded: " + recorded);
    }

    @Test
    void outputFileRespectsTheUmaskAndKeepsAnExistingMode() throws Exception {
        Path out = tmp.resolve("out.csv");
        assertEquals(0, run("extract", "-q", "-o", out.toString(), "samples/004.txt").exit());
        Path plain = Files.createFile(tmp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                "the mode any tool gets under this umask, not 0600");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, run("extract", "-q", "-o", out.toString(), "samples/004.txt").exit());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void jsonSaysWhichToolCatalogueAndWhen() throws Exception {
        Run r = run("extract", "-q", "--format", "json", "samples/004.txt");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("cchc", root.get("tool").asText());
        assertFalse(root.get("version").asText().isBlank());
        assertEquals(vn.cchc.catalogue.Catalogue.builtIn().version(), root.get("catalogue_version").asText());
        // SOURCE_DATE_EPOCH=1700000000 in the build's test environment: the same bytes for every run
        assertEquals("2023-11-14T22:13:20Z", root.get("created").asText());
    }

    @Test
    void standardInputAsDashOrWhenNoPathIsGiven() throws Exception {
        byte[] report = sample("004.txt");
        Run dash = run(report, false, "extract", "-q", "--format", "jsonl", "-");
        assertEquals(0, dash.exit(), dash.err());
        assertEquals(151, dash.out().strip().split("\n").length);
        assertTrue(dash.out().startsWith("{\"file\":\"-\",\"format\":\"txt\""), dash.out().substring(0, 60));
        Run piped = run(sample("004.docx"), false, "extract", "-q", "--format", "jsonl");
        assertEquals(0, piped.exit(), piped.err());
        assertTrue(piped.out().contains("\"format\":\"docx\""), "format detected from the content");
        Run terminal = run(new byte[0], true, "extract");
        assertEquals(ExitCodes.USAGE, terminal.exit());
        assertEquals(2, terminal.err().strip().split("\n").length, terminal.err());
    }

    @Test
    void filesFromListsNamesByLineOrNul() throws Exception {
        Path odd = Files.write(tmp.resolve("a report [2024] *.txt"), sample("004.txt"));
        byte[] nul = (odd + "\0samples/002.txt\0").getBytes(StandardCharsets.UTF_8);
        Run r = run(nul, false, "extract", "-q", "--format", "jsonl", "--files-from", "-", "-0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("a report [2024] *.txt") && r.out().contains("samples/002.txt"));
        Path list = Files.writeString(tmp.resolve("list"), "samples/004.txt\n\nsamples/002.txt\n");
        Run lines = run("extract", "-q", "--format", "jsonl", "--files-from", list.toString());
        assertEquals(0, lines.exit(), lines.err());
        assertTrue(lines.out().contains("samples/004.txt") && lines.out().contains("samples/002.txt"));
    }

    @Test
    void usageErrorsAreOneLineAndWhereToLook() {
        Run r = run("extract", "--format", "xml", "samples/004.txt");
        assertEquals(ExitCodes.USAGE, r.exit());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("cchc: Invalid value for option '--format'"), lines.get(0));
        assertEquals("Try `cchc extract --help` for more information.", lines.get(1));
        assertTrue(r.out().isEmpty());
    }

    @Test
    void periodIsCaseInsensitive() {
        Run r = run("extract", "-q", "--format", "jsonl", "--period", "2024-q3", "samples/004.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"period\":\"2024-Q3\""));
    }

    @Test
    void quietSilencesWarningsButNotErrors() throws Exception {
        Path legacy = Files.write(tmp.resolve("legacy.txt"),
                Files.readAllBytes(Path.of("src/test/resources/encodings/000-windows1258.txt")));
        Path missing = tmp.resolve("missing.txt");
        Run loud = run("extract", legacy.toString(), missing.toString());
        assertTrue(loud.err().contains("warning: text converted to Unicode"), loud.err());
        Run quiet = run("extract", "-q", legacy.toString(), missing.toString());
        assertEquals(ExitCodes.SOME_FAILED, quiet.exit());
        assertEquals(List.of("cchc: " + missing + ": no such file or directory"), quiet.err().strip().lines().toList());
    }

    @Test
    void anOutputFileThatIsAnInputIsRefused() throws Exception {
        Path report = Files.write(tmp.resolve("report.txt"), sample("004.txt"));
        Run r = run("extract", "-o", report.toString(), tmp.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("cchc: " + report + ": the output file is also an input; refusing to overwrite it", r.err().strip());
        assertEquals(new String(sample("004.txt"), StandardCharsets.UTF_8), Files.readString(report));
    }
}
