package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.Readers;
import vn.cchc.read.text.TextReader;

/** The per-file --timeout starts when the file's own work starts, not while the reader's machinery loads. */
class WarmUpTest {
    @TempDir
    Path dir;

    private static final String REPORT = "UBND HUYỆN A\nBÁO CÁO công tác cải cách hành chính quý I năm 2024\n"
            + "STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n1\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t6\n";

    /** A text reader whose machinery takes 3 s to load, once. */
    private static final class SlowToLoad implements DocumentReader {
        final AtomicInteger warmUps = new AtomicInteger();
        /** Files whose reading started while the machinery was still loading. */
        final AtomicInteger readWhileLoading = new AtomicInteger();
        volatile boolean loaded;
        final TextReader text = new TextReader();

        @Override
        public Set<String> mediaTypes() {
            return Set.of("text/plain");
        }

        @Override
        public String format() {
            return "txt";
        }

        @Override
        public void warmUp() {
            warmUps.incrementAndGet();
            try {
                Thread.sleep(3000);
                text.read(new java.io.ByteArrayInputStream(REPORT.getBytes(StandardCharsets.UTF_8)));
                loaded = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | vn.cchc.read.ReadException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Document read(InputStream in) throws IOException, vn.cchc.read.ReadException {
            if (!loaded) readWhileLoading.incrementAndGet();
            return text.read(in);
        }
    }

    @Test
    void warmUpDoesNotCountAgainstTheTimeout() throws Exception {
        SlowToLoad reader = new SlowToLoad();
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path p = Files.writeString(dir.resolve(i + ".txt"), REPORT + "\n".repeat(i), StandardCharsets.UTF_8);
            inputs.add(InputFile.of(p, p.getFileName().toString()));
        }
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        List<FileResult> results = new ArrayList<>();
        // 2 s is far more than a two-row report takes once loaded, far less than the 3 s of loading
        Batch batch = new Batch(new FileExtractor(new Readers(List.of(reader))), err, 2, Duration.ofSeconds(2),
                Progress.none(), null);
        batch.run(inputs, new ResultSink() {
            @Override
            public void accept(FileResult r) {
                results.add(r);
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        });
        assertEquals(3, results.size());
        for (FileResult r : results) assertNull(r.error(), r.file() + ": " + r.error());
        assertEquals(1, reader.warmUps.get(), "once per reader, the other threads wait for it");
        // a scan renders and cuts its first page on the other core meanwhile: loading is not a wait before the work
        assertTrue(reader.readWhileLoading.get() > 0, "the files' own work starts while the reader loads");
    }
}
