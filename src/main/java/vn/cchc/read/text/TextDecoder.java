package vn.cchc.read.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import vn.cchc.read.DocumentLimits;
import vn.cchc.read.ReadException;

/**
 * Turns the bytes of a text report held in memory into a string, as {@link TextLines} decodes a file (which see for
 * the encodings); line breaks come out as LF.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws ReadException {
        return decodeNamed(bytes).text();
    }

    /** The text and the name of the encoding it was read in. */
    static LegacyVietnamese.Decoded decodeNamed(byte[] bytes) throws ReadException {
        try {
            TextLines lines = TextLines.open(new ByteArrayInputStream(bytes), DocumentLimits.NONE);
            StringBuilder text = new StringBuilder(bytes.length);
            String line = lines.next();
            while (line != null) {
                text.append(line);
                line = lines.next();
                if (line != null) text.append('\n');
            }
            return new LegacyVietnamese.Decoded(lines.encoding(), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array is read without I/O
        }
    }
}
