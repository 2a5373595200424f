package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;

/**
 * Every failure line is one line in the user's terms: damaged PDF, DOCX and DOC files made from the samples (cut short,
 * bytes flipped, a package part removed or broken) fail with a reason that names no Java class and passes on no
 * library boilerplate, and the reasons with a plain meaning (truncated, a damaged part) say it.
 */
class FailureMessagesTest {
    /** A Java class name, a package path, a library's advice to its developers. */
    private static final Pattern INTERNAL = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|org|com)\\.[a-z]"
            + "|bugzilla|please (open|raise)|IOUtils|setByteArrayMaxOverride|\\[M\\.?\\d");

    @TempDir
    static Path dir;

    /** Each damaged file's failure reason, from one run over all of them. */
    private static Map<String, String> reasons;
    private static String stderr;

    @BeforeAll
    static void runOverDamagedFiles() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("samples", "000.pdf"));
        byte[] docx = Files.readAllBytes(Path.of("samples", "004.docx"));
        write("cut-half.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        write("cut-head.pdf", Arrays.copyOf(pdf, 300));
        write("cut-half.docx", Arrays.copyOf(docx, docx.length / 2));
        Map<String, byte[]> parts = parts(Path.of("samples", "004.docx"));
        write("no-document-xml.docx", zip(parts, Map.of("word/document.xml", new byte[0]), true));
        write("no-content-types.docx", zip(parts, Map.of("[Content_Types].xml", new byte[0]), true));
        write("broken-content-types.docx", zip(parts, Map.of("[Content_Types].xml", bytes("<Types xmlns=\"x\"><broken")), false));
        write("broken-document-xml.docx", zip(parts, Map.of("word/document.xml", bytes("<w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")), false));
        write("broken-numbering.docx", zip(parts, Map.of("word/numbering.xml", bytes("<w:numbering xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum")), false));
        write("broken-rels.docx", zip(parts, Map.of("_rels/.rels", bytes("garbage")), false));
        write("unknown-encoding.docx", zip(parts, Map.of("word/_rels/document.xml.rels", bytes(new String(parts.get("word/_rels/document.xml.rels"),
                StandardCharsets.UTF_8).replace("UTF-8", "UTH-8"))), false));
        // bytes flipped at random: whatever the parsers trip over, the reason stays in the user's terms
        Random random = new Random(18);
        for (int i = 0; i < 12; i++) write("flipped-" + i + ".pdf", flip(pdf, random, 1 + random.nextInt(30)));
        for (int i = 0; i < 8; i++) write("flipped-" + i + ".docx", flip(docx, random, 1 + random.nextInt(20)));
        byte[] doc = Files.readAllBytes(Path.of("src/test/resources/corpus/004.doc"));
        write("cut-half.doc", Arrays.copyOf(doc, doc.length / 2));
        for (int i = 0; i < 8; i++) write("flipped-" + i + ".doc", flip(doc, random, 10 + random.nextInt(30)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.run(new String[] {"extract", "-q", "--jobs", "2", "--format", "jsonl", dir.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stderr = err.toString(StandardCharsets.UTF_8);
        reasons = new LinkedHashMap<>();
        for (String line : stderr.lines().toList()) {
            String prefix = "cchc: " + dir + "/";
            if (!line.startsWith(prefix)) continue;
            String rest = line.substring(prefix.length());
            int colon = rest.indexOf(": ");
            reasons.put(rest.substring(0, colon), rest.substring(colon + 2));
        }
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flip(byte[] original, Random random, int n) {
        byte[] b = original.clone();
        for (int i = 0; i < n; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        return b;
    }

    private static Map<String, byte[]> parts(Path docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(docx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) parts.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
        return parts;
    }

    /** The package with some parts replaced, or (with {@code drop}) left out. */
    private static byte[] zip(Map<String, byte[]> parts, Map<String, byte[]> changed, boolean drop) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                byte[] content = changed.get(part.getKey());
                if (content != null && drop) continue;
                z.putNextEntry(new ZipEntry(part.getKey()));
                z.write(content != null ? content : part.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void everyFailureIsOneLineInTheUsersTerms() {
        assertTrue(reasons.size() >= 10, stderr);
        // the damaged Word 97 files reach POI's own guards and index errors too
        assertTrue(reasons.keySet().stream().filter(f -> f.endsWith(".doc")).count() >= 3, reasons.toString());
        List<String> bad = new ArrayList<>();
        for (var r : reasons.entrySet()) {
            if (INTERNAL.matcher(r.getValue()).find() || r.getValue().isBlank()) bad.add(r.getKey() + ": " + r.getValue());
            // flipped bytes are damage, not a cut: a detail that is not true is worse than none
            if (r.getKey().startsWith("flipped-") && r.getValue().contains("truncated")) bad.add(r.getKey() + ": " + r.getValue());
        }
        assertEquals(List.of(), bad);
        for (String line : stderr.lines().toList()) assertTrue(line.startsWith("cchc: "), line);
    }

    @Test
    void aCutShortPdfIsCalledTruncated() {
        assertEquals("truncated PDF (the file is cut short: its end is missing)", reasons.get("cut-half.pdf"));
        assertEquals("truncated PDF (the file is cut short: its end is missing)", reasons.get("cut-head.pdf"));
        assertEquals("corrupt DOCX (truncated: the file is cut short)", reasons.get("cut-half.docx"));
    }

    @Test
    void aDamagedPackageNamesWhatIsDamaged() {
        assertTrue(reasons.get("no-document-xml.docx").contains("main document part '/word/document.xml' not found"), reasons.toString());
        assertTrue(reasons.get("no-content-types.docx").contains("content type"), reasons.toString());
        assertEquals("corrupt DOCX (damaged numbering part)", reasons.get("broken-numbering.docx"));
        assertEquals("corrupt DOCX (unknown character encoding \"UTH-8\")", reasons.get("unknown-encoding.docx"));
        assertTrue(reasons.get("broken-document-xml.docx").startsWith("corrupt DOCX (XML document structures must"),
                reasons.toString());
        assertFalse(reasons.get("broken-rels.docx").contains("POIXML"), reasons.toString());
    }
}
