package vn.cchc.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte-order mark (Windows "Unicode" text from some programs). Its signature
 * is the zero byte of every ASCII character: on one side of each byte pair (little-endian: the second byte, big-endian:
 * the first) and never on the other. Binary formats have zeros too, so the bytes must also decode to characters a
 * document is made of: letters, digits, punctuation and white space, and no NUL character.
 */
public final class Utf16Sniffer {
    /** A third of the characters at least are ASCII or Latin-1 (Vietnamese text: most of them are). */
    private static final double ZERO_SIDE_SHARE = 0.3;
    /** The other side of the pairs has next to no zero: text has no U+xx00 characters to speak of. */
    private static final double OTHER_SIDE_SHARE = 0.02;
    /** Nearly every decoded character is one a document is written in. */
    private static final double TEXT_SHARE = 0.98;

    private Utf16Sniffer() {
    }

    /** UTF-16LE or UTF-16BE when {@code head} (the first bytes of a file, no BOM) is UTF-16 text; otherwise null. */
    public static Charset withoutBom(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) return null;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            boolean even = head[i] == 0;
            boolean odd = head[i + 1] == 0;
            if (even && odd) return null; // U+0000: binary
            if (even) zeroEven++;
            if (odd) zeroOdd++;
        }
        Charset cs;
        if (zeroOdd >= pairs * ZERO_SIDE_SHARE && zeroEven <= pairs * OTHER_SIDE_SHARE) cs = StandardCharsets.UTF_16LE;
        else if (zeroEven >= pairs * ZERO_SIDE_SHARE && zeroOdd <= pairs * OTHER_SIDE_SHARE) cs = StandardCharsets.UTF_16BE;
        else return null;
        return readsAsText(head, cs) ? cs : null;
    }

    private static boolean readsAsText(byte[] head, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(head.length / 2 + 1);
        // a head cut inside a surrogate pair leaves its first half undecoded, which is no fault of the text
        decoder.decode(ByteBuffer.wrap(head, 0, head.length & ~1), chars, false);
        chars.flip();
        if (chars.remaining() == 0) return false;
        int text = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (isDocumentCharacter(chars.charAt(i))) text++;
        }
        return text >= chars.length() * TEXT_SHARE;
    }

    private static boolean isDocumentCharacter(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') return true;
        if (Character.isSurrogate(c)) return true; // a pair was decoded: a character beyond the BMP
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> c != '\uFFFD';
        };
    }
}
