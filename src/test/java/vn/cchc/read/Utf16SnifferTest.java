package vn.cchc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf16SnifferTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Utf16SnifferTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void vietnameseTextInEitherByteOrderIsRecognised() throws IOException {
        String text = new String(resource("/corpus/000.txt"), StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_16LE, Utf16Sniffer.withoutBom(Arrays.copyOf(text.getBytes(StandardCharsets.UTF_16LE), 8191)));
        assertEquals(StandardCharsets.UTF_16BE, Utf16Sniffer.withoutBom(Arrays.copyOf(text.getBytes(StandardCharsets.UTF_16BE), 8192)));
        assertEquals(StandardCharsets.UTF_16LE, Utf16Sniffer.withoutBom("Báo cáo".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void otherContentIsNot() throws IOException {
        for (String name : List.of("/corpus/000.txt", "/corpus/000.pdf", "/corpus/000.docx", "/corpus/000.doc")) {
            assertNull(Utf16Sniffer.withoutBom(Arrays.copyOf(resource(name), 8192)), name);
        }
        byte[] random = new byte[8192];
        new Random(18).nextBytes(random);
        assertNull(Utf16Sniffer.withoutBom(random));
        assertNull(Utf16Sniffer.withoutBom(new byte[8192]), "zeros are binary");
        // 16-bit samples of a quiet sound: zero high bytes, but low bytes that are control characters
        byte[] samples = new byte[8192];
        for (int i = 0; i < samples.length; i += 2) samples[i] = (byte) (i % 32);
        assertNull(Utf16Sniffer.withoutBom(samples));
    }
}
