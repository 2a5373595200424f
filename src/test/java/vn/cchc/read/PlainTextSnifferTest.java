package vn.cchc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/** The shortcut past Tika must never decide differently from Tika. */
class PlainTextSnifferTest {
    private static final Tika TIKA = new Tika();

    @Test
    void agreesWithTikaOnEveryTestFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("samples")))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        int decided = 0;
        for (Path f : files) {
            MediaType quick;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
                quick = PlainTextSniffer.plainText(in, f.getFileName().toString());
            }
            if (quick == null) continue;
            decided++;
            assertEquals(tika(Files.readAllBytes(f), f.getFileName().toString()), quick.toString(), f.toString());
        }
        // the shortcut is taken for the text reports, or it saves nothing
        org.junit.jupiter.api.Assertions.assertTrue(decided >= 5, "decided " + decided);
    }

    @Test
    void leavesEverythingElseToTika() throws IOException {
        for (String s : List.of("<html><body>x</body></html>", "{\\rtf1\\ansi x}", "%PDF-1.4", "From: a@b\nSubject: x",
                "MIME-Version: 1.0", "#!/bin/sh", "BEGIN:VCARD", "text\u0000with nul", "   ", "", "a\u001bb")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertNull(PlainTextSniffer.plainText(new ByteArrayInputStream(b), "x.txt"), s);
        }
        byte[] report = "UBND TỈNH THỪA THIÊN HUẾ\nBÁO CÁO\n".getBytes(StandardCharsets.UTF_8);
        assertNull(PlainTextSniffer.plainText(new ByteArrayInputStream(report), "x.pdf"), "the name says otherwise");
        assertEquals(MediaType.TEXT_PLAIN, PlainTextSniffer.plainText(new ByteArrayInputStream(report), "x.txt"));
        assertEquals(tika(report, "x.txt"), "text/plain");
    }

    private static String tika(byte[] bytes, String name) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return MediaType.parse(TIKA.detect(new ByteArrayInputStream(bytes), md)).getBaseType().toString();
    }
}
