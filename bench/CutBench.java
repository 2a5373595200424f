package vn.cchc.read.ocr;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The Java work of cutting scanned pages for Tesseract, without Tesseract: CPU milliseconds per page of each step
 * (ink mask, deskew, rotation and its new mask, line finding, grids) and of a whole cut (those steps again, then the
 * text strips and the cells written as images), the best of several rounds. Also a hash of everything the cut produced
 * (tilts, rulings, grids, the image files): equal hashes before and after a change mean Tesseract reads the same images.
 * Run by bench/cut-bench.sh; in this package because the steps are package-private.
 *
 * <p>args: ROUNDS FILE.pdf:PAGE,PAGE... ...
 */
public final class CutBench {
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<GrayImage> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] fileAndPages = args[i].split(":");
            try (PDDocument doc = Loader.loadPDF(new java.io.File(fileAndPages[0]))) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (String p : fileAndPages[1].split(",")) {
                    pages.add(GrayImage.of(renderer.renderImageWithDPI(Integer.parseInt(p) - 1, OcrEngine.DPI, ImageType.GRAY)));
                }
            }
        }
        String[] names = {"mask", "deskew", "rotate+mask", "lines", "grids", "whole cut"};
        long[] best = new long[names.length];
        Arrays.fill(best, Long.MAX_VALUE);
        String hash = null;
        for (int r = 0; r < rounds; r++) {
            long[] t = new long[names.length];
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < pages.size(); i++) {
                GrayImage page = pages.get(i);
                long t0 = cpu();
                InkMask mask = InkMask.of(page);
                long t1 = cpu();
                double skew = Deskew.angle(mask);
                long t2 = cpu();
                if (Math.abs(skew) > Deskew.NEGLIGIBLE_DEGREES) {
                    page = page.rotated(skew);
                    mask = InkMask.of(page);
                }
                long t3 = cpu();
                List<Segment> lines = LineFinder.find(page, mask, Math.max(60, Math.min(page.width, page.height) / 30));
                long t4 = cpu();
                List<ImageGrid> grids = ImageGrid.find(lines);
                long t5 = cpu();
                Path dir = Files.createTempDirectory("cut-bench");
                PageOcr.Prepared pr = new PageOcr(null, dir).cut(pages.get(i), i + 1);
                long t6 = cpu();
                long[] ends = {t1, t2, t3, t4, t5, t6};
                long start = t0;
                for (int k = 0; k < ends.length; k++) {
                    t[k] += ends[k] - start;
                    start = ends[k];
                }
                md.update((skew + " " + lines + " " + grids + " " + pr.boxes + " " + pr.marked + "\n").getBytes());
                try (var files = Files.list(dir)) {
                    for (Path f : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                        md.update(f.getFileName().toString().getBytes());
                        md.update(Files.readAllBytes(f));
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
            for (int k = 0; k < names.length; k++) best[k] = Math.min(best[k], t[k]);
            hash = HexFormat.of().formatHex(md.digest()).substring(0, 16);
        }
        StringBuilder out = new StringBuilder(pages.size() + " pages, best of " + rounds + " rounds, CPU ms per page:");
        for (int k = 0; k < names.length; k++) out.append(String.format("  %s %d", names[k], best[k] / 1_000_000 / pages.size()));
        System.out.println(out + "\noutput hash " + hash);
    }
}
