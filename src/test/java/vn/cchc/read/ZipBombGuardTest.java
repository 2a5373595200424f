package vn.cchc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombGuardTest {
    @TempDir
    Path dir;

    private static byte[] docx() throws IOException {
        try (InputStream in = ZipBombGuardTest.class.getResourceAsStream("/corpus/000.docx")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aRealDocxPasses() throws IOException {
        byte[] b = docx();
        assertTrue(ZipBombGuard.isZip(b));
        assertEquals(Optional.empty(), ZipBombGuard.check(Files.write(dir.resolve("r.docx"), b)));
    }

    @Test
    void aTruncatedDocxIsLeftToTheReader() throws IOException {
        byte[] b = docx();
        assertEquals(Optional.empty(), ZipBombGuard.check(Files.write(dir.resolve("cut.docx"), Arrays.copyOf(b, b.length / 2))));
    }

    @Test
    void anEntryThatInflatesAThousandTimesIsRefused() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) zip.write(zeros);
        }
        Optional<String> why = ZipBombGuard.check(bomb);
        assertTrue(why.isPresent());
        assertTrue(why.get().startsWith("refused as a likely decompression bomb: entry word/document.xml"), why.get());
    }

    @Test
    void pdfIsNotAZip() {
        assertFalse(ZipBombGuard.isZip("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
