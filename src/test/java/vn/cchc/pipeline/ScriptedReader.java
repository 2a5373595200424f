package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;
import vn.cchc.read.text.TextReader;

/**
 * A text reader for tests whose first line says how to misbehave: {@code hang} (ignores interrupts until
 * {@link #release}), {@code throw}, {@code oom}, {@code noclass}, {@code crash} (a broken JVM); otherwise the rest is
 * read as a normal text report.
 */
final class ScriptedReader implements DocumentReader {
    final CountDownLatch release = new CountDownLatch(1);
    private final TextReader text = new TextReader();

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
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int nl = all.indexOf('\n');
        String command = nl < 0 ? all.strip() : all.substring(0, nl).strip();
        if (command.startsWith("scan ")) {
            // a scan of N pages, each taking MS milliseconds of OCR, reported as a reader reports them
            String[] f = command.split(" ");
            int pages = Integer.parseInt(f[1]);
            vn.cchc.read.PageProgress.current().starting(pages);
            for (int i = 1; i <= pages; i++) {
                try {
                    Thread.sleep(Long.parseLong(f[2]));
                } catch (InterruptedException e) {
                    throw new ReadException("interrupted");
                }
                vn.cchc.read.PageProgress.current().read(i, pages);
            }
            return text.parse(all.substring(nl + 1));
        }
        switch (command) {
            case "hang" -> {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // a parser that does not listen: keep going
                    }
                }
                throw new ReadException("released");
            }
            case "throw" -> throw new IllegalStateException("parser bug\non two lines");
            case "oom" -> throw new OutOfMemoryError("Java heap space");
            case "noclass" -> throw new NoClassDefFoundError("org/example/Codec");
            case "crash" -> throw new InternalError("simulated JVM failure");
            default -> {
                return text.parse(all);
            }
        }
    }
}
