package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.read.Readers;

class BatchTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final ScriptedReader scripted = new ScriptedReader();

    private String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path good(String name) throws IOException {
        return Files.write(dir.resolve(name), Corpus.bytes("000.txt"));
    }

    private static byte[] concat(String head, byte[] rest) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(h, h.length + rest.length);
        System.arraycopy(rest, 0, out, h.length, rest.length);
        return out;
    }

    private static InputFile in(Path p) {
        return InputFile.of(p, p.getFileName().toString());
    }

    private Batch batch(int jobs, Duration timeout) {
        return new Batch(new FileExtractor(new Readers(List.of(scripted))), err, jobs, timeout, Progress.none(), null);
    }

    @Test
    void jobs1AndJobs4WriteByteIdenticalOutputInEveryFormat() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("many"));
        // every corpus format, so the check still bites once the PDF and DOCX readers are in
        for (int i = 0; i < 3; i++) {
            for (String name : List.of("000.txt", "002.txt", "004.txt", "000.pdf", "004.pdf", "000.docx", "004.docx")) {
                Files.write(corpus.resolve(String.format("%02d-%s", i, name)), Corpus.bytes(name));
            }
        }
        for (String format : List.of("csv", "json", "jsonl")) {
            byte[] one = cli("extract", "-q", "--jobs", "1", "--format", format, corpus.toString());
            byte[] four = cli("extract", "-q", "--jobs", "4", "--format", format, corpus.toString());
            assertTrue(one.length > 10_000, format);
            assertArrayEquals(one, four, format);
        }
    }

    private byte[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.run(args, out, err);
        return out.toByteArray();
    }

    @Test
    void resultsReachTheSinkInInputOrder() throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 30; i++) inputs.add(in(i % 3 == 0 ? write(i + ".txt", "throw\n") : good(i + ".txt")));
        ListSink sink = new ListSink();
        batch(4, Duration.ZERO).run(inputs, sink);
        assertEquals(inputs.stream().map(InputFile::display).toList(), sink.results.stream().map(FileResult::file).toList());
    }

    @Test
    void eachFailureIsOneLineAndTheOtherFilesGoOn() throws Exception {
        List<InputFile> inputs = List.of(in(good("a.txt")), in(write("b.txt", "throw\n")), in(write("c.txt", "oom\n")),
                in(write("d.txt", "noclass\n")), in(good("e.txt")));
        ListSink sink = new ListSink();
        BatchSummary s = batch(2, Duration.ZERO).run(inputs, sink);
        assertEquals(3, s.failed());
        assertEquals(2, s.read());
        assertFalse(sink.results.get(0).records().isEmpty());
        assertFalse(sink.results.get(4).records().isEmpty());
        // a.txt and e.txt are the same report: the warning about the second is not a failure line
        List<String> lines = errText().lines().filter(l -> !l.contains(": warning: same issuer and period as")).toList();
        assertEquals(3, lines.size(), errText());
        assertTrue(errText().contains("cchc: e.txt: warning: same issuer and period as a.txt"), errText());
        assertTrue(lines.get(0).startsWith("cchc: b.txt: unreadable document (parser bug on two lines"), lines.get(0));
        assertTrue(lines.get(1).startsWith("cchc: c.txt: out of memory"), lines.get(1));
        assertTrue(lines.get(2).startsWith("cchc: d.txt: unreadable document (cchc is missing a library this document needs"), lines.get(2));
    }

    @Test
    void aScanGetsTheTimeoutForEachPageItReadsByOcr() throws Exception {
        // 4 pages of 0.7 s: longer than the 2 s limit of a file, well within 4 × 2 s
        Path scan = Files.write(dir.resolve("scan.txt"), concat("scan 4 700\n", Corpus.bytes("000.txt")));
        Path slow = Files.write(dir.resolve("slow.txt"), concat("scan 1 4000\n", Corpus.bytes("000.txt")));
        ListSink sink = new ListSink();
        BatchSummary s = batch(1, Duration.ofSeconds(2)).run(List.of(in(scan), in(slow)), sink);
        assertEquals(1, s.failed(), errText());
        assertFalse(sink.results.get(0).records().isEmpty(), errText());
        assertTrue(errText().contains("cchc: slow.txt: took longer than 2 s, abandoned (see --timeout)"), errText());
    }

    @Test
    void aFileThatHangsIsAbandonedAfterTheTimeoutAndTheOthersGoOnEvenWithOneJob() throws Exception {
        List<InputFile> inputs = List.of(in(write("stuck.txt", "hang\n")), in(good("a.txt")), in(good("b.txt")));
        ListSink sink = new ListSink();
        // 3 s: long enough for a good file read cold on a loaded machine (200 ms failed the good files at load 45)
        try {
            BatchSummary s = batch(1, Duration.ofSeconds(3)).run(inputs, sink);
            assertEquals(1, s.failed(), errText());
            assertEquals(2, s.read());
        } finally {
            scripted.release.countDown();
        }
        assertEquals("cchc: stuck.txt: took longer than 3 s, abandoned (see --timeout)",
                errText().lines().filter(l -> !l.contains(": warning: same issuer and period as")).findFirst().orElse(""));
        assertFalse(sink.results.get(2).records().isEmpty());
    }

    @Test
    void aBrokenJvmStopsTheRunAndLeavesTheOutputFileAsItWas() throws Exception {
        Path out = write("out.csv", "previous run\n");
        Path a = good("a.txt");
        Path crash = write("crash.txt", "crash\n");
        ExtractJob job = new ExtractJob(List.of(a.toString(), crash.toString(), a.toString()), vn.cchc.write.OutputFormat.csv,
                out, false, true, BatchOptions.defaults().withJobs(2), vn.cchc.report.MetadataOverride.NONE);
        Readers readers = new Readers(List.of(scripted));
        assertThrows(InternalError.class, () -> job.run(new ByteArrayOutputStream(), err, readers));
        assertEquals("previous run\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.txt", "crash.txt", "out.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void onlyABoundedWindowOfResultsIsHeldWhateverTheBatchSize() throws Exception {
        AtomicInteger extracted = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        var text = new vn.cchc.read.text.TextReader();
        // counts on the worker side (read) and the writer side (sink): the difference is what memory holds
        var counting = new vn.cchc.read.DocumentReader() {
            @Override
            public java.util.Set<String> mediaTypes() {
                return text.mediaTypes();
            }

            @Override
            public String format() {
                return text.format();
            }

            @Override
            public vn.cchc.read.Document read(java.io.InputStream in) throws IOException, vn.cchc.read.ReadException {
                mostHeld.accumulateAndGet(extracted.incrementAndGet() - written.get(), Math::max);
                return text.read(in);
            }
        };
        ResultSink streaming = new ResultSink() {
            @Override
            public void accept(FileResult result) {
                written.incrementAndGet(); // keeps nothing, as the real writers
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
        List<InputFile> inputs = new ArrayList<>();
        Path one = good("one.txt");
        for (int i = 0; i < 120; i++) inputs.add(InputFile.of(one, "copy-" + i));
        int jobs = 2;
        new Batch(new FileExtractor(new Readers(List.of(counting))), err, jobs, Duration.ZERO, Progress.none(), null)
                .run(inputs, streaming);
        assertEquals(120, written.get());
        assertTrue(mostHeld.get() <= 4 * jobs + 1, "held " + mostHeld.get());
    }

    @Test
    void badBatchOptionsAreUsageErrors() {
        for (String[] bad : List.of(new String[] {"--jobs", "0"}, new String[] {"--timeout", "-1"}, new String[] {"--max-size", "0"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = Cli.run(new String[] {"extract", bad[0], bad[1], dir.toString()}, out, err);
            assertEquals(ExitCodes.USAGE, exit, bad[0]);
            assertEquals(0, out.size());
            assertTrue(errText().contains(bad[0] + " must"), errText());
        }
    }
}
