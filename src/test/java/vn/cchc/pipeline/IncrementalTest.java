package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;

class IncrementalTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run extract(Path folder, Path state) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"extract", "--format", "jsonl", "--incremental", state.toString(), folder.toString()},
                out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondRunOnlyReadsNewContent() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path state = dir.resolve("state/cchc.state");
        Files.write(folder.resolve("000.txt"), Corpus.bytes("000.txt"));

        Run first = extract(folder, state);
        assertEquals(ExitCodes.OK, first.exit, first.err);
        assertTrue(first.out.contains("000.txt"));
        List<String> lines = Files.readAllLines(state);
        assertEquals(2, lines.size(), "a header and one file");
        assertTrue(lines.get(1).matches("[0-9a-f]{64}  .*000\\.txt"), lines.get(1));

        // nothing new; then a new report and the same content under another name
        Run second = extract(folder, state);
        assertEquals(ExitCodes.OK, second.exit, second.err);
        assertEquals("", second.out.strip());
        assertTrue(second.err.contains("0 file(s) read, 0 failed, 0 record(s), 0 unmatched, 0 flagged, 1 skipped"), second.err);

        Files.write(folder.resolve("004.txt"), Corpus.bytes("004.txt"));
        Files.write(folder.resolve("renamed.txt"), Corpus.bytes("000.txt"));
        Run third = extract(folder, state);
        assertTrue(third.out.contains("004.txt") && !third.out.contains("000.txt") && !third.out.contains("renamed.txt"),
                third.err);
        assertTrue(third.err.contains("1 file(s) read, 0 failed") && third.err.contains("2 skipped"), third.err);
        assertEquals(3, Files.readAllLines(state).size());
        try (var files = Files.list(state.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the state");
        }
    }

    private Run extract(Path folder, Path state, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("extract", "--format", "jsonl", "--incremental", state.toString()));
        args.addAll(List.of(more));
        args.add(folder.toString());
        int exit = Cli.run(args.toArray(String[]::new), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatFailedIsRememberedAndSkippedUntilRetryFailed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path state = dir.resolve("cchc.state");
        Files.write(folder.resolve("binary.txt"), new byte[] {1, 2, 3, 0});
        Run first = extract(folder, state);
        assertEquals(ExitCodes.SOME_FAILED, first.exit);
        List<String> lines = Files.readAllLines(state);
        assertTrue(lines.stream().anyMatch(l -> l.matches("failed [0-9a-f]{64}  .*binary\\.txt\tbinary content.*")), lines.toString());

        // the same broken content: a reminder, not another exit 1 every night
        Run second = extract(folder, state);
        assertEquals(ExitCodes.OK, second.exit, second.err);
        assertTrue(second.err.contains("1 skipped (failed before with the same content; --retry-failed tries again)"),
                second.err);
        assertEquals(1, second.err.strip().lines().count(), second.err);

        Run retried = extract(folder, state, "--retry-failed");
        assertEquals(ExitCodes.SOME_FAILED, retried.exit);
        assertTrue(retried.err.contains("binary.txt: binary content"), retried.err);

        // corrected (new content): read, and the old failure is no more news
        Files.write(folder.resolve("binary.txt"), Corpus.bytes("000.txt"));
        Run fixed = extract(folder, state);
        assertEquals(ExitCodes.OK, fixed.exit, fixed.err);
        assertTrue(fixed.out.contains("binary.txt"));
    }

    @Test
    void copiesOfOneContentInABatchAreDecidedBeforeAnyWorkWhateverTheJobs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        for (int i = 0; i < 6; i++) Files.write(folder.resolve("copy" + i + ".txt"), Corpus.bytes("000.txt"));
        String one = extract(folder, dir.resolve("s1"), "--jobs", "1").out;
        String eight = extract(folder, dir.resolve("s8"), "--jobs", "8").out;
        assertEquals(one, eight);
        assertTrue(one.contains("copy0.txt") && !one.contains("copy1.txt"), "the first copy is read, the others skipped");
    }

    @Test
    void aStateFileThatIsNotOneIsRefused() throws Exception {
        Path state = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        Run r = extract(dir, state);
        assertEquals(ExitCodes.SOME_FAILED, r.exit);
        assertTrue(r.err.contains("notes.txt:1: not a cchc state line"), r.err);
        assertEquals("my notes\n", Files.readString(state));
    }
}
