/*
 * The baseline of bench/batch-bench.sh: parses the same files with the bare libraries (PDFBox for PDF, POI for DOCX
 * and DOC; plain UTF-8 decoding for text), on the same number of threads, and does nothing with the text. The full
 * extraction's time divided by this one is the overhead of everything cchc adds.
 *
 * Run as a single-file program: java -cp target/cchc.jar bench/BareParse.java --jobs N FILE...
 * Prints "bare_seconds=S files=N failed=F" on the last line of standard output.
 */

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

public class BareParse {
    public static void main(String[] args) throws Exception {
        int jobs = Runtime.getRuntime().availableProcessors();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jobs")) jobs = Integer.parseInt(args[++i]);
            else files.add(Path.of(args[i]));
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Integer>> results = new ArrayList<>();
        for (Path f : files) results.add(pool.submit(() -> parse(f)));
        long chars = 0;
        int failed = 0;
        for (Future<Integer> r : results) {
            try {
                chars += r.get();
            } catch (Exception e) {
                failed++;
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "bare_seconds=%.3f files=%d failed=%d chars=%d%n", seconds, files.size(), failed, chars);
    }

    /** Parses one file to text and returns the text's length, so the work cannot be optimised away. */
    static int parse(Path f) throws Exception {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                return new PDFTextStripper().getText(doc).length();
            }
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                return x.getText().length();
            }
        }
        if (name.endsWith(".doc")) {
            try (InputStream in = Files.newInputStream(f); HWPFDocument doc = new HWPFDocument(in)) {
                return doc.getRange().text().length();
            }
        }
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1).length;
    }
}
