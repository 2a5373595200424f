package vn.cchc.read.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.read.docx.DocxFixture.docx;
import static vn.cchc.read.docx.DocxFixture.p;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.Cli;
import vn.cchc.pipeline.ExitCodes;

/** Bad Word files each get one line on stderr; the batch goes on and the good files are written. */
class WordBatchTest {
    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = WordBatchTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void badWordFilesAreReportedAndTheBatchGoesOn() throws Exception {
        byte[] good = fixture("000.docx");
        Path corrupt = Files.write(dir.resolve("1-corrupt.docx"), Arrays.copyOf(good, good.length / 2));
        Path locked = Files.write(dir.resolve("2-locked.docx"), DocxReaderTest.encrypt(docx().body(p("x")), "matkhau"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("photo.jpg"));
            z.write(new byte[] {1, 2, 3});
        }
        Path notWord = Files.write(dir.resolve("3-photos.docx"), zip.toByteArray());
        Path goodDocx = Files.write(dir.resolve("4-good.docx"), good);
        Path goodDoc = Files.write(dir.resolve("5-good.doc"), fixture("004.doc"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"extract", "--format", "jsonl", "--quiet", corrupt.toString(), locked.toString(),
                notWord.toString(), goodDocx.toString(), goodDoc.toString()}, out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCodes.SOME_FAILED, code);
        List<String> records = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(147 + 151, records.size());
        assertTrue(records.stream().allMatch(l -> l.startsWith("{")), "stdout carries only data");
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("1-corrupt.docx: corrupt DOCX"), errors.get(0));
        assertTrue(errors.get(1).contains("2-locked.docx: password-protected"), errors.get(1));
        assertTrue(errors.get(2).contains("3-photos.docx: unsupported format (application/zip)"), errors.get(2));
    }
}
