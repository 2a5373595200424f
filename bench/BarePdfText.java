import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.read.Readers;

/**
 * Times cchc's whole extraction of some PDFs against a bare PDFBox text pass over the same files, in one JVM, after
 * warm-up, alternating the two so that neither gets a warmer machine. Not a unit test: run by bench/pdf-bench.sh.
 *
 * <p>Usage: java -cp target/cchc.jar bench/BarePdfText.java ROUNDS FILE.pdf...
 */
public class BarePdfText {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(Path.of(args[i]));
        FileExtractor cchc = new FileExtractor(Readers.standard());
        long sink = 0;
        for (int w = 0; w < 3; w++) sink += bare(files) + extract(cchc, files);
        long bareNs = 0, cchcNs = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += bare(files);
            long t1 = System.nanoTime();
            sink += extract(cchc, files);
            long t2 = System.nanoTime();
            bareNs += t1 - t0;
            cchcNs += t2 - t1;
        }
        double bareMs = bareNs / 1e6 / rounds, cchcMs = cchcNs / 1e6 / rounds;
        System.out.printf("files: %d, rounds: %d (after 3 warm-up rounds), checksum %d%n", files.size(), rounds, sink);
        System.out.printf("bare PDFTextStripper: %8.1f ms per round%n", bareMs);
        System.out.printf("cchc extract:         %8.1f ms per round%n", cchcMs);
        System.out.printf("ratio cchc / bare:    %8.2f%n", cchcMs / bareMs);
    }

    private static long bare(List<Path> files) throws IOException {
        long n = 0;
        for (Path p : files) {
            try (PDDocument doc = Loader.loadPDF(new File(p.toString()))) {
                n += new PDFTextStripper().getText(doc).length();
            }
        }
        return n;
    }

    private static long extract(FileExtractor cchc, List<Path> files) {
        long n = 0;
        for (Path p : files) {
            FileResult r = cchc.extract(p, p.toString());
            if (r.error() != null) throw new IllegalStateException(p + ": " + r.error());
            n += r.records().size();
        }
        return n;
    }
}
