package vn.cchc.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.tika.mime.MediaType;

/**
 * Recognises an ordinary text report ({@code .txt}) from its first bytes without Tika. Loading Tika's registry of
 * every media type (an XML file of some thousand types, parsed on first use) costs about as much as reading a small
 * report, and a text report is the common case of a one-file run. Only the unmistakable case is decided here: a
 * {@code .txt}/{@code .text} name (or none: standard input) and a head that is plain characters, with nothing any
 * Tika magic could take for another format; everything else goes to Tika as before.
 */
final class PlainTextSniffer {
    /** As much as Tika's own text detection looks at, and more than its magic for text-like formats. */
    private static final int HEAD = 8192;

    private PlainTextSniffer() {
    }

    /** {@code text/plain}, or null when Tika must decide. The stream must support mark/reset; it is left unread. */
    static MediaType plainText(InputStream in, String fileName) throws IOException {
        if (!textName(fileName)) return null;
        in.mark(HEAD);
        byte[] head;
        try {
            head = in.readNBytes(HEAD);
        } finally {
            in.reset();
        }
        return isPlain(head) ? MediaType.TEXT_PLAIN : null;
    }

    /** Whether the head of {@code in} is UTF-16 text without a byte-order mark. The stream is left unread. */
    static boolean isUtf16WithoutBom(InputStream in) throws IOException {
        in.mark(HEAD);
        try {
            return Utf16Sniffer.withoutBom(in.readNBytes(HEAD)) != null;
        } finally {
            in.reset();
        }
    }

    private static boolean textName(String fileName) {
        if (fileName == null || fileName.isEmpty()) return true;
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return true;
        String ext = n.substring(dot + 1);
        return ext.equals("txt") || ext.equals("text");
    }

    static boolean isPlain(byte[] head) {
        if (head.length == 0) return false; // empty: Tika's answer and the empty-file message stay as they were
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) start = 3;
        while (start < head.length && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n')) start++;
        if (start == head.length) return false;
        // the first character of every text-like magic Tika knows (markup, RTF, PDF/PostScript, scripts, mail
        // headers, vCards, ...) is ASCII punctuation or a capital letter of a header word: a report starts with a
        // letter, a digit or Vietnamese text, and a capital only when it is not a "Word:" header line
        int first = head[start] & 0xFF;
        if (first < 0x80 && !Character.isLetterOrDigit(first)) return false;
        if (first < 0x80 && looksLikeHeaderLine(head, start)) return false;
        for (int i = start; i < head.length; i++) {
            int c = head[i] & 0xFF;
            // controls other than white space: binary data or a legacy encoding (TCVN3 puts capitals there)
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
            if (c == 0x7F) return false;
            // markup anywhere in the head: HTML saved as .txt is read as HTML, as Tika decides
            if (c == '<' && i + 1 < head.length && (Character.isLetter(head[i + 1]) || head[i + 1] == '!' || head[i + 1] == '?')) return false;
        }
        return true;
    }

    /**
     * "From: ...", "MIME-Version: 1.0", "BEGIN:VCARD", "From someone": a first word of ASCII letters, digits and
     * hyphens ending in a colon is a header (the magic of mail and calendar formats); "Số: 863/BC" is not.
     */
    private static boolean looksLikeHeaderLine(byte[] head, int start) {
        if (startsWithWord(head, start, "From ")) return true;
        for (int i = start; i < head.length && i < start + 40; i++) {
            int c = head[i] & 0xFF;
            if (c == ':') return i > start;
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-'))) return false;
        }
        return false;
    }

    private static boolean startsWithWord(byte[] head, int start, String word) {
        if (head.length < start + word.length()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (head[start + i] != word.charAt(i)) return false;
        }
        return true;
    }
}
