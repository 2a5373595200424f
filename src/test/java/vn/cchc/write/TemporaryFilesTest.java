package vn.cchc.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;

/**
 * Temporary files of {@code -o} left by a killed run are removed by the next run into the same folder; those of a live
 * run never are. The killed run is real: a child JVM writing {@code -o out.csv}, ended with {@code kill -9}.
 */
class TemporaryFilesTest {
    @TempDir
    Path dir;

    private static String leftover(String target, String host, long pid, long start) {
        return "." + target + ".cchc-" + host + "-" + pid + "-" + start + "-0123456789ab.tmp";
    }

    private static String thisHost() {
        String own = TemporaryFiles.nameFor("x");
        // .x.cchc-HOST-PID-START-RANDOM.tmp
        String rest = own.substring(".x.cchc-".length(), own.length() - ".tmp".length());
        String[] parts = rest.split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, parts.length - 3));
    }

    /** The ID of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static long startOf(ProcessHandle p) {
        return p.info().startInstant().orElseThrow().getEpochSecond();
    }

    private void writeOutput(String name) throws IOException {
        try (AtomicFileOutput out = new AtomicFileOutput(dir.resolve(name))) {
            out.stream().write("x\n".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
    }

    @Test
    void aDeadWritersFileIsRemovedALiveOnesIsKept() throws Exception {
        String host = thisHost();
        ProcessHandle self = ProcessHandle.current();
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path dead = Files.writeString(dir.resolve(leftover("out.csv", host, deadPid(), 1_700_000_000L)), "partial");
            Path reused = Files.writeString(dir.resolve(leftover("out.csv", host, sleeper.pid(), 1_600_000_000L)), "partial");
            Path live = Files.writeString(dir.resolve(leftover("other.csv", host, sleeper.pid(),
                    startOf(sleeper.toHandle()))), "being written");
            Path mine = Files.writeString(dir.resolve(leftover("state.txt", host, self.pid(), startOf(self))), "being written");
            Path foreignFresh = Files.writeString(dir.resolve(leftover("out.csv", "other-host", 1, 1)), "being written");
            Path foreignOld = Files.writeString(dir.resolve(leftover("old.csv", "other-host", 2, 1)), "partial");
            Files.setLastModifiedTime(foreignOld, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
            // not of this form: another tool's, or an older cchc's without the writer in the name
            Path otherTool = Files.writeString(dir.resolve(".out.csv.0123456789ab.tmp"), "x");
            Path plain = Files.writeString(dir.resolve("notes.tmp"), "x");

            writeOutput("out.csv");

            assertFalse(Files.exists(dead), "a dead process's temporary file goes");
            assertFalse(Files.exists(reused), "a process ID now used by a process started later: the writer is gone");
            assertFalse(Files.exists(foreignOld), "another host's, untouched for a day");
            for (Path kept : List.of(live, mine, foreignFresh, otherTool, plain)) assertTrue(Files.exists(kept), kept.toString());
            assertEquals("x\n", Files.readString(dir.resolve("out.csv")));
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(6, s.count(), "nothing else left: this run's own temporary file is gone too");
            }
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aLongTargetNameStillGivesAValidTemporaryName() throws Exception {
        String name = "bao-cao-tong-hop-".repeat(12) + "Quảng-Điền.csv";
        writeOutput(name);
        assertTrue(Files.exists(dir.resolve(name)));
    }

    /** A child JVM running cchc with the test class path. */
    private static ProcessBuilder child(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.cchc.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches("\\..*\\.cchc-.*\\.tmp")).toList();
        }
    }

    @Test
    void aRunKilledWithKill9LeavesItsFileWhichTheNextRunRemovesButNotWhileItRuns() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        byte[] report = Files.readAllBytes(Path.of("samples", "004.txt"));
        for (int i = 0; i < 400; i++) Files.write(inbox.resolve(String.format("r%03d.txt", i)), report);
        Path out = Files.createDirectories(dir.resolve("out"));
        Process killed = child("extract", "-q", "--jobs", "1", "-o", out.resolve("big.csv").toString(), inbox.toString()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (temporaries(out).isEmpty() && killed.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            List<Path> left = temporaries(out);
            assertEquals(1, left.size(), "the child is writing its output");
            // another run into the same folder while the child is writing: the child's file is kept
            Path small = Files.write(dir.resolve("small.txt"), report);
            assertEquals(0, run("extract", "-q", "-o", out.resolve("small.csv").toString(), small.toString()));
            assertTrue(Files.exists(left.get(0)), "a live run's temporary file is never removed");
            assertTrue(killed.isAlive(), "the child ran all along");

            killed.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(left.get(0)), "kill -9 leaves the temporary file behind");
            assertFalse(Files.exists(out.resolve("big.csv")), "and no output");

            assertEquals(0, run("extract", "-q", "-o", out.resolve("small.csv").toString(), small.toString()));
            assertEquals(List.of(), temporaries(out), "the next run into the folder removed it");
            assertTrue(Files.size(out.resolve("small.csv")) > 1000);
        } finally {
            killed.destroyForcibly();
        }
    }

    private static int run(String... args) {
        return Cli.run(args, new ByteArrayOutputStream(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
