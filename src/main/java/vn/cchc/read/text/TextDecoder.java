package vn.cchc.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.cchc.read.ReadException;

/**
 * Turns the bytes of a text report into a string: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy
 * Vietnamese encodings {@link LegacyVietnamese} recognises. Anything else fails with a reason rather than producing
 * mojibake.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws ReadException {
        return decodeNamed(bytes).text();
    }

    /** The text and the name of the encoding it was read in. */
    static LegacyVietnamese.Decoded decodeNamed(byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw new ReadException("empty file");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return utf(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return utf(bytes, 2, StandardCharsets.UTF_16BE);
        if (looksBinary(bytes)) throw new ReadException("binary content, not a text document");
        try {
            LegacyVietnamese.Decoded utf8 = utf(bytes, 0, StandardCharsets.UTF_8);
            return LegacyVietnamese.undoMisreading(utf8.text()).orElse(utf8);
        } catch (ReadException e) {
            return LegacyVietnamese.decode(bytes).orElseThrow(() -> new ReadException(
                    "text is neither UTF-8 nor recognisable Windows-1258, TCVN3 or VNI Vietnamese; save it as UTF-8"));
        }
    }

    private static LegacyVietnamese.Decoded utf(byte[] b, int offset, Charset cs) throws ReadException {
        return new LegacyVietnamese.Decoded(cs.name(), strict(b, offset, cs));
    }

    static boolean isUnicode(LegacyVietnamese.Decoded d) {
        return d.encoding().startsWith("UTF-");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** NUL bytes or a high share of control characters in the first 8 KiB mean binary data. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
        }
        return control > n / 20;
    }

    private static String strict(byte[] b, int offset, Charset cs) throws ReadException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ReadException("malformed " + cs.name() + " text");
        }
    }
}
