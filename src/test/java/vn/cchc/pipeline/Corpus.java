package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test copies of the corpus, read from the classpath. */
final class Corpus {
    private Corpus() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource /corpus/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
