package vn.cchc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/** The scans' shortcut past Tika's whole database must never decide differently from it. */
class ScanTypesTest {
    private static final Tika TIKA = new Tika();

    @Test
    void agreesWithTikaOnEveryTestFileUnderItsOwnNameAndOthers() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("samples")))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        int decided = 0;
        for (Path f : files) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(f), (int) Math.min(Files.size(f), 65536));
            String own = f.getFileName().toString();
            for (String name : Arrays.asList(own, null, "scan", "scan.txt", "scan.docx", "scan.PDF", "scan.JPG", "scan.tif", "scan.cr2", "scan.ai")) {
                MediaType quick = quick(head, name);
                if (quick == null) continue;
                if (name != null && name.equals(own)) decided++;
                assertEquals(tika(head, name), quick.toString(), f + " named " + name);
            }
        }
        // the shortcut is taken for the test scans (PDF, JPEG, TIFF) and the sample PDF, or it saves nothing
        assertTrue(decided >= 10, "decided " + decided);
    }

    @Test
    void leavesToTikaWhatItsWholeDatabaseMightNameOtherwise() throws IOException {
        byte[] tiff = {'I', 'I', 0x2a, 0, 0x10, 0, 0, 0, 'C', 'R', 2, 0, 0, 0, 0, 0};
        assertEquals("image/tiff", quickName(Arrays.copyOf(tiff, 8), "photo.tif"));
        assertNull(quick(tiff, "photo.tif"), "a Canon raw photo is a TIFF to the first bytes only");
        assertEquals("image/x-canon-cr2", tika(tiff, "photo.tif"));
        byte[] ai = "%PDF-1.5\n%AI5_FileFormat 3\n".getBytes(StandardCharsets.US_ASCII);
        assertNull(quick(ai, "art.pdf"), "an Illustrator file");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertEquals("image/png", quickName(png, "scan.png"));
        assertNull(quick(png, "scan.jpg"), "the name says another format");
        assertNull(quick(png, "scan"), "a name Tika's whole database may know");
        for (String s : List.of("PK\u0003\u0004", "{\\rtf1", "<html>", "%!PS-Adobe", "GIF89a", "BM", "x%PDF-1.4")) {
            assertNull(quick(s.getBytes(StandardCharsets.ISO_8859_1), "scan.pdf"), s);
        }
    }

    private static String quickName(byte[] bytes, String name) throws IOException {
        MediaType t = quick(bytes, name);
        return t == null ? null : t.toString();
    }

    private static MediaType quick(byte[] bytes, String name) throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        MediaType t = ScanTypes.detect(in, name);
        assertEquals(bytes.length > 0 ? bytes[0] & 0xFF : -1, in.read(), "the stream is reset for the reader");
        return t;
    }

    private static String tika(byte[] bytes, String name) throws IOException {
        Metadata md = new Metadata();
        if (name != null) md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return MediaType.parse(TIKA.detect(new ByteArrayInputStream(bytes), md)).getBaseType().toString();
    }
}
