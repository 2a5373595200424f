package vn.cchc.read.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * For the benchmark only: with the system property {@code cchc.ocr.keep=DIR}, the cell images are kept under DIR and
 * every Tesseract command line is appended to {@code DIR/commands.txt}, so that {@code bench/ocr-bench.sh} can time
 * Tesseract alone on exactly the same images.
 */
final class OcrTrace {
    private OcrTrace() {
    }

    static Path keepDir() {
        String d = System.getProperty("cchc.ocr.keep");
        return d == null || d.isBlank() ? null : Path.of(d);
    }

    static synchronized void record(List<String> command, int images) {
        Path dir = keepDir();
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("commands.txt"), String.join("\t", command) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a benchmark aid must never fail an extraction
        }
    }
}
