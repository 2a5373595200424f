package vn.cchc.read.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import vn.cchc.read.ReadException;

/**
 * Tesseract 5 run as a command with TSV output, as Tika's OCR parser runs it. One process reads a whole list of
 * images (every cell of a page in one call), so the model is loaded once per call, not once per cell; each process
 * is single-threaded ({@code OMP_THREAD_LIMIT=1}) because the batch already runs pages in parallel.
 */
final class Tesseract {
    /** One recognised word: the image it came from (0-based index in the call's list), its box and confidence. */
    record Word(int image, int block, int par, int line, int left, int top, int width, int height, double conf, String text) {
    }

    /**
     * How to read a list of images: Tesseract's page segmentation mode, an optional character whitelist, and a model
     * other than the document's language (null for the document's).
     */
    record Mode(int psm, String whitelist, String model) {
        static final Mode BLOCK = new Mode(6, null, null);
        /**
         * The text around and between grids, whose words are laid out by position: as one block of lines, which reads
         * every word of a table printed without lines (Tesseract's own page-layout analysis, mode 3, drops narrow
         * columns of row numbers and the words around a stamp as if they were not text).
         */
        static final Mode LINES = new Mode(6, null, null);
        /**
         * Row numbers and values: the English model, which ships with Tesseract itself, reads digits in report fonts
         * far better than the Vietnamese one (which takes a 5 for a 9 in Times at 300 dpi); the numbers and the few
         * words of a value cell ("Không", "Có") need no Vietnamese letters to be told apart.
         */
        static final Mode NUMBERS = new Mode(6, CellKind.NUMBERS, NUMBER_MODEL);
        /** A second, independent reading of value cells (as one line), compared with the first. */
        static final Mode NUMBERS_CHECK = new Mode(7, CellKind.NUMBERS, NUMBER_MODEL);
        /** A third reading (as one word) of a value cell that only one of the first two readings found anything in. */
        static final Mode NUMBERS_WORD = new Mode(8, CellKind.NUMBERS, NUMBER_MODEL);
    }

    static final String NUMBER_MODEL = "eng";

    private static final Map<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> LANGS = new ConcurrentHashMap<>();

    private final String command;
    private final String lang;
    /**
     * One permit per process allowed at a time: {@code --jobs}. A page's text strips may start reading on a thread of
     * their own while its cells are cut, and that read takes its turn with the others, never one more process.
     */
    private final Semaphore processes;

    Tesseract(String lang, int processes) {
        this.command = System.getProperty("cchc.tesseract", System.getenv().getOrDefault("CCHC_TESSERACT", "tesseract"));
        this.lang = lang;
        this.processes = new Semaphore(Math.max(1, processes), true);
    }

    /**
     * Why OCR cannot run on this machine, as the one line a user needs (which package to install), or empty when it
     * can. Asked once per command and language.
     */
    Optional<String> unavailable() {
        return PROBLEMS.computeIfAbsent(command + "\0" + lang, k -> probe());
    }

    private Optional<String> probe() {
        String install = "install the Debian packages tesseract-ocr and " + languagePackage()
                + " (apt-get install tesseract-ocr " + languagePackage() + ")";
        List<String> langs;
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.of("scanned document needs OCR, and Tesseract does not run: " + install);
            }
            langs = out.lines().map(String::strip).toList();
            LANGS.put(command, langs);
        } catch (IOException e) {
            return Optional.of("scanned document needs OCR, and Tesseract is not installed: " + install);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for Tesseract");
        }
        for (String l : lang.split("\\+")) {
            if (!langs.contains(l)) {
                return Optional.of("scanned document needs OCR, and Tesseract's '" + l + "' language is not installed: install the Debian package "
                        + languagePackage(l) + " (apt-get install " + languagePackage(l) + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether the model is installed (known after {@link #unavailable}). */
    private boolean hasModel(String model) {
        return LANGS.getOrDefault(command, List.of()).contains(model);
    }

    private String languagePackage() {
        return languagePackage(lang.split("\\+")[0]);
    }

    private static String languagePackage(String l) {
        return "tesseract-ocr-" + l.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The command line for reading the images listed in {@code listFile}; public to the benchmark through {@link OcrTrace}. */
    List<String> commandLine(Path listFile, Mode mode) {
        String model = mode.model() != null && hasModel(mode.model()) ? mode.model() : lang;
        List<String> cmd = new ArrayList<>(List.of(command, listFile.toString(), "stdout", "-l", model,
                "--psm", String.valueOf(mode.psm()), "--dpi", "300"));
        if (mode.whitelist() != null) {
            cmd.add("-c");
            cmd.add("tessedit_char_whitelist=" + mode.whitelist());
        }
        cmd.add("tsv");
        return cmd;
    }

    /** Reads every image of the list in one process; words are returned with the index of their image. */
    List<Word> read(List<Path> images, Path workDir, Mode mode) throws IOException, ReadException {
        if (images.isEmpty()) return List.of();
        Path list = Files.createTempFile(workDir, "list", ".txt");
        StringBuilder sb = new StringBuilder();
        for (Path p : images) sb.append(p.toAbsolutePath()).append('\n');
        Files.writeString(list, sb.toString(), StandardCharsets.UTF_8);
        List<String> cmd = commandLine(list, mode);
        OcrTrace.record(cmd, images.size());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectError(err.toFile());
        try {
            processes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted during OCR");
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException | RuntimeException e) {
            processes.release();
            throw e;
        }
        String tsv;
        try (InputStream in = p.getInputStream()) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new ReadException("Tesseract failed (" + firstLine(Files.readString(err, StandardCharsets.UTF_8)) + ")");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted during OCR");
        } finally {
            if (p.isAlive()) p.destroyForcibly();
            processes.release();
        }
        return parse(tsv);
    }

    static List<Word> parse(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            words.add(new Word(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                    Double.parseDouble(f[10]), text));
        }
        return words;
    }

    private static String firstLine(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Page ")).findFirst().orElse("no message");
    }
}
