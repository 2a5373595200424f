package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;
import vn.cchc.read.Readers;
import vn.cchc.read.text.TextReader;

/**
 * Issue 18: a file that runs out of memory fails alone, and a file that ran out of memory only because of its
 * neighbour is read after all, run again with no other file beside it. {@code --jobs} is held to what the machine can
 * give, with a warning.
 */
class MemoryIsolationTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /**
     * A text reader whose first line may say {@code oom} (runs out of memory every time) or {@code oom-once} (the
     * first time only: the victim of a neighbour). Notes how many reads run at once when a second attempt starts.
     */
    private static final class HungryReader implements DocumentReader {
        final AtomicInteger running = new AtomicInteger();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final List<Integer> runningAtRetry = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public Set<String> mediaTypes() {
            return Set.of("text/plain");
        }

        @Override
        public String format() {
            return "txt";
        }

        @Override
        public Document read(InputStream in) throws IOException, ReadException {
            running.incrementAndGet();
            try {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String first = all.substring(0, all.indexOf('\n')).strip();
                int attempt = attempts.computeIfAbsent(all, k -> new AtomicInteger()).incrementAndGet();
                if (attempt > 1) runningAtRetry.add(running.get());
                if (first.equals("oom") || first.equals("oom-once") && attempt == 1) {
                    sleep(); // a neighbour is reading meanwhile
                    throw new OutOfMemoryError("Java heap space");
                }
                sleep();
                return new TextReader().parse(all);
            } finally {
                running.decrementAndGet();
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }


    private InputFile report(String name, String firstLine) throws IOException {
        String text = firstLine + "\n" + new String(Corpus.bytes("000.txt"), StandardCharsets.UTF_8);
        Path p = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return InputFile.of(p, name);
    }

    @Test
    void theFileThatRunsOutOfMemoryFailsAloneAndItsVictimIsReadAgainAlone() throws Exception {
        HungryReader reader = new HungryReader();
        List<InputFile> inputs = List.of(report("a.txt", "a"), report("hog.txt", "oom"), report("victim.txt", "oom-once"),
                report("b.txt", "b"), report("c.txt", "c"));
        ListSink sink = new ListSink();
        BatchSummary s = new Batch(new FileExtractor(new Readers(List.of(reader))), err, 2, Duration.ZERO,
                Progress.none(), null).run(inputs, sink);
        String errText = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, s.failed(), errText);
        List<String> failures = errText.lines().filter(l -> !l.contains(": warning: ")).toList();
        assertEquals(List.of("cchc: hog.txt: " + FileWork.OUT_OF_MEMORY), failures);
        for (int i : List.of(0, 2, 3, 4)) {
            assertFalse(sink.results.get(i).records().isEmpty(), sink.results.get(i).file() + " is written");
        }
        assertEquals(2, reader.runningAtRetry.size(), "the hog and the victim were each tried a second time");
        assertEquals(List.of(1, 1), reader.runningAtRetry, "a second attempt runs with no other file beside it");
    }

    @Test
    void jobsAreHeldToTwoPerCoreAndToTheHeapWithAWarning() {
        Parallelism small = Parallelism.of(1000, 2, 512L << 20);
        assertEquals(4, small.allowed(), "2 cores");
        assertTrue(small.reduced());
        assertEquals("--jobs 1000 reduced to 4: at most 2 per core (2 cores) and one per 48 MB of the 384 MB memory "
                + "budget (512 MB heap; -Xmx gives more)", small.warning());
        assertEquals(2, Parallelism.of(64, 32, 160L << 20).allowed(), "96 MB of budget: two files of 48 MB");
        assertEquals(1, Parallelism.of(8, 8, 64L << 20).allowed(), "always one at least");
        Parallelism fine = Parallelism.of(3, 8, 8L << 30);
        assertEquals(3, fine.allowed());
        assertFalse(fine.reduced());
    }

    @Test
    void theCommandSaysSoWhenItReducesJobsUnlessQuiet() throws IOException {
        Path good = Files.write(dir.resolve("good.txt"), Corpus.bytes("004.txt"));
        int cores = Runtime.getRuntime().availableProcessors();
        String many = String.valueOf(cores * 2 + 1);
        String loud = run("extract", "--jobs", many, good.toString());
        assertEquals(1, loud.lines().filter(l -> l.startsWith("cchc: warning: --jobs " + many + " reduced to ")).count(), loud);
        String quiet = run("extract", "-q", "--jobs", many, good.toString());
        assertFalse(quiet.contains("reduced"), quiet);
        String within = run("extract", "--jobs", "1", good.toString());
        assertFalse(within.contains("reduced"), within);
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Cli.run(args, out, new PrintStream(e, true, StandardCharsets.UTF_8));
        assertTrue(out.size() > 1000, "the rows are written");
        return e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBigFileWaitsForTheBudgetAndABudgetIsGivenBackOnce() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        assertEquals(100, budget.totalMb());
        MemoryBudget.Lease small = budget.acquire(30);
        AtomicInteger got = new AtomicInteger();
        Thread big = new Thread(() -> {
            try {
                budget.acquire(1000).release(); // more than the whole: the whole
                got.set(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        big.start();
        big.join(300);
        assertEquals(0, got.get(), "the big file waits while the small one runs");
        small.release();
        small.release(); // given back once only
        big.join(5000);
        assertEquals(1, got.get());
        budget.acquire(100).release(); // the whole budget is free again
    }

    @Test
    void filesAreWeighedByKindAndSize() throws IOException {
        MemoryBudget budget = new MemoryBudget(1L << 30);
        Path txt = Files.write(dir.resolve("r.txt"), new byte[10 << 20]);
        Path docx = Files.write(dir.resolve("r.docx"), new byte[10 << 20]);
        assertEquals(96, budget.weigh(txt));
        assertEquals(432, budget.weigh(docx));
        assertEquals(1024, new MemoryBudget(1L << 30).weigh(Files.write(dir.resolve("big.docx"), new byte[40 << 20])),
                "at most the whole budget: it runs alone");
    }
}
