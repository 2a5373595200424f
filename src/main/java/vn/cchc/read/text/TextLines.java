package vn.cchc.read.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.read.DocumentLimits;
import vn.cchc.read.ReadException;
import vn.cchc.read.Utf16Sniffer;

/**
 * The lines of a text report, decoded as they are read, so that a file is never held whole: only the line being read
 * and what the caller keeps. The encoding is decided on the head of the file (its first {@link #HEAD_BYTES}): a
 * byte-order mark, UTF-16 without one (by its zero bytes), UTF-8, UTF-8 that a program made of a TCVN3 or VNI text it
 * misread, or one of the legacy encodings {@link LegacyVietnamese} recognises; anything else fails with a reason
 * rather than producing mojibake.
 *
 * <p>UTF-8 with a few invalid bytes (a stray byte appended, a truncated copy) is read with U+FFFD in their place, and
 * {@link #replacedOffsets()} says where they were; the caller warns, and the rows that hold one are flagged. Text with
 * many invalid bytes is not UTF-8 at all and is not guessed at.
 *
 * <p>Lines end at LF, CR LF or CR; like {@code split("\n", -1)}, text ending in a line break has an empty last line.
 */
final class TextLines {
    /** Bytes the encoding is judged on: as much as {@link LegacyVietnamese} looks at. */
    static final int HEAD_BYTES = 256 * 1024;
    /** Invalid bytes tolerated in UTF-8: a few stray ones, and at most one per thousand in a long text. */
    private static final int STRAY_BYTES = 16;
    /** Offsets kept for the warning: the first few say enough. */
    private static final int OFFSETS_KEPT = 5;

    private enum Mode { UNICODE, MISREAD, LEGACY }

    private final InputStream in;
    private final Mode mode;
    private final LegacyVietnamese.Encoding legacy;
    private final String encoding;
    private final int maxLineChars;

    // UNICODE and MISREAD: the decoder and its buffers
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long consumed; // bytes of the file before bytes[0]
    private boolean eof;
    private boolean flushed;
    private boolean skipLf;
    private boolean done;
    private int lineNumber;
    private long replaced;
    private final List<Long> offsets = new ArrayList<>();
    private int skip; // bytes of a byte-order mark still to skip

    // LEGACY: the raw bytes
    private final ByteBuffer raw = ByteBuffer.allocate(64 * 1024);
    private boolean rawEof;

    private TextLines(InputStream in, Mode mode, Charset charset, LegacyVietnamese.Encoding legacy, String encoding,
                      int skip, int maxLineChars) {
        this.in = in;
        this.mode = mode;
        this.legacy = legacy;
        this.encoding = encoding;
        this.maxLineChars = maxLineChars;
        this.decoder = charset == null ? null : charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.skip = skip;
        bytes.limit(0);
        chars.limit(0);
        raw.limit(0);
    }

    /** Opens {@code in}, judging its encoding on its head; fails on an empty, binary or undecodable file. */
    static TextLines open(InputStream in, DocumentLimits limits) throws IOException, ReadException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        if (head.length == 0) throw new ReadException("empty file");
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in);
        int max = limits.lineChars();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return unicode(all, StandardCharsets.UTF_8, 3, max);
        if (startsWith(head, 0xFF, 0xFE)) return unicode(all, StandardCharsets.UTF_16LE, 2, max);
        if (startsWith(head, 0xFE, 0xFF)) return unicode(all, StandardCharsets.UTF_16BE, 2, max);
        Charset utf16 = Utf16Sniffer.withoutBom(head);
        if (utf16 != null) return unicode(all, utf16, 0, max);
        if (looksBinary(head)) throw new ReadException("binary content, not a text document");
        Utf8Head utf8 = Utf8Head.of(head, head.length < HEAD_BYTES);
        if (utf8.invalid() == 0) {
            Optional<LegacyVietnamese.Encoding> misread = LegacyVietnamese.misreading(utf8.text());
            if (misread.isPresent()) {
                return new TextLines(all, Mode.MISREAD, StandardCharsets.UTF_8, misread.get(),
                        LegacyVietnamese.misreadLabel(misread.get()), 0, max);
            }
            return unicode(all, StandardCharsets.UTF_8, 0, max);
        }
        if (utf8.overwhelminglyValid()) return unicode(all, StandardCharsets.UTF_8, 0, max);
        LegacyVietnamese.Encoding legacy = LegacyVietnamese.detect(head).orElseThrow(() -> new ReadException(
                "text is neither UTF-8 nor recognisable Windows-1258, TCVN3 or VNI Vietnamese; save it as UTF-8"));
        return new TextLines(all, Mode.LEGACY, null, legacy, legacy.label, 0, max);
    }

    private static TextLines unicode(InputStream in, Charset cs, int bom, int maxLineChars) {
        return new TextLines(in, Mode.UNICODE, cs, null, cs.name(), bom, maxLineChars);
    }

    /** The encoding the text was read in, as warnings name it ("UTF-8", "TCVN3", ...). */
    String encoding() {
        return encoding;
    }

    /** Whether the text was Unicode as stored (no conversion from a legacy encoding). */
    boolean isUnicode() {
        return mode == Mode.UNICODE;
    }

    /** How many invalid byte sequences were replaced by U+FFFD so far. */
    long replacedCount() {
        return replaced;
    }

    /** The byte offsets (from the start of the file) of the first replaced sequences. */
    List<Long> replacedOffsets() {
        return List.copyOf(offsets);
    }

    /** The next line without its line break, or null after the last. */
    String next() throws IOException, ReadException {
        if (done) return null;
        lineNumber++;
        String line = mode == Mode.LEGACY ? nextByteLine() : nextCharLine();
        if (line == null) return null;
        return mode == Mode.UNICODE ? line : mode == Mode.MISREAD ? LegacyVietnamese.rewrite(legacy, line) : line;
    }

    private String nextCharLine() throws IOException, ReadException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                done = true;
                return line.toString();
            }
            char c = chars.get();
            if (skipLf) {
                skipLf = false;
                if (c == '\n') continue;
            }
            if (c == '\n') return line.toString();
            if (c == '\r') {
                skipLf = true;
                return line.toString();
            }
            if (line.length() >= maxLineChars) throw lineTooLong();
            line.append(c);
        }
    }

    /** Decodes more characters into {@link #chars}; false at the end of the text. */
    private boolean fill() throws IOException, ReadException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) return false;
                if (!bytes.hasRemaining() && !eof) readBytes();
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (!chars.hasRemaining()) break; // full: an invalid sequence waits for the next call
                if (r.isError()) {
                    replace(r.length());
                } else if (r.isUnderflow()) {
                    if (eof) {
                        if (bytes.hasRemaining()) {
                            replace(bytes.remaining()); // a sequence cut off by the end of the file
                        } else if (decoder.flush(chars).isUnderflow()) {
                            flushed = true;
                        }
                    } else {
                        readBytes();
                    }
                }
            }
        } finally {
            chars.flip();
        }
        return true;
    }

    private void readBytes() throws IOException {
        consumed += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (skip > 0) {
            int s = Math.min(skip, bytes.remaining());
            bytes.position(bytes.position() + s);
            skip -= s;
        }
    }

    /** Puts U+FFFD for the invalid sequence of {@code length} bytes at the buffer's position. */
    private void replace(int length) throws ReadException {
        long offset = consumed + bytes.position();
        bytes.position(bytes.position() + length);
        chars.put('\uFFFD');
        replaced++;
        if (offsets.size() < OFFSETS_KEPT) offsets.add(offset);
        if (replaced > STRAY_BYTES + offset / 1000) {
            throw new ReadException("text is not valid " + encoding + ": " + replaced + " invalid byte sequences "
                    + "by byte offset " + offset + " (the first at " + offsets.get(0) + "); save it as UTF-8");
        }
    }

    /** LEGACY: the next line's bytes (the legacy encodings write LF and CR as ASCII does), decoded. */
    private String nextByteLine() throws IOException, ReadException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        while (true) {
            if (!raw.hasRemaining()) {
                raw.clear();
                int n = rawEof ? -1 : in.read(raw.array());
                if (n < 0) {
                    rawEof = true;
                    raw.limit(0);
                    done = true;
                    return legacy.decode(line.toByteArray());
                }
                raw.limit(n);
            }
            int b = raw.get() & 0xFF;
            if (skipLf) {
                skipLf = false;
                if (b == '\n') continue;
            }
            if (b == '\n') return legacy.decode(line.toByteArray());
            if (b == '\r') {
                skipLf = true;
                return legacy.decode(line.toByteArray());
            }
            if (line.size() >= maxLineChars) throw lineTooLong();
            line.write(b);
        }
    }

    private ReadException lineTooLong() {
        return DocumentLimits.tooLarge("line " + lineNumber + " is longer than " + DocumentLimits.count(maxLineChars)
                + " characters", null);
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

    /**
     * The head read as UTF-8.
     *
     * @param text      the head decoded, U+FFFD for each invalid sequence
     * @param invalid   invalid sequences
     * @param multibyte valid characters beyond ASCII: what makes a text UTF-8 rather than ASCII
     */
    private record Utf8Head(String text, int invalid, int multibyte) {
        static Utf8Head of(byte[] head, boolean whole) {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(head);
            CharBuffer out = CharBuffer.allocate(head.length + 1);
            int invalid = 0;
            while (true) {
                CoderResult r = d.decode(in, out, whole);
                if (!r.isError()) break;
                in.position(in.position() + r.length());
                out.put('\uFFFD');
                invalid++;
            }
            // a head that is the whole file ends where the file does: a sequence cut there is invalid too
            if (whole && in.hasRemaining()) {
                out.put('\uFFFD');
                invalid++;
            }
            out.flip();
            String text = out.toString();
            int multibyte = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) multibyte++;
            }
            return new Utf8Head(text, invalid, multibyte);
        }

        /**
         * A few invalid sequences among many valid ones: UTF-8 with stray bytes, not a legacy encoding (where
         * nearly every letter with a mark is invalid UTF-8, and valid sequences are rare accidents).
         */
        boolean overwhelminglyValid() {
            return invalid <= STRAY_BYTES + text.length() / 1000 && multibyte >= 20 * invalid;
        }
    }
}
