package vn.cchc.read.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.cchc.text.Tcvn3;
import vn.cchc.text.Vni;

/**
 * Reads text in the 8-bit Vietnamese encodings that some offices still use: Windows-1258 (tone marks as combining
 * characters), TCVN3 / TCVN 5712 (the ".Vn" fonts) and VNI (the "VNI-" fonts, a base letter followed by a mark
 * byte). The bytes do not say which encoding they are in, so each is tried and the one whose text looks like
 * Vietnamese wins; when none does, the caller gets nothing rather than mojibake.
 */
final class LegacyVietnamese {
    /** A successful decoding: the Unicode (NFC) text and the encoding it came from. */
    record Decoded(String encoding, String text) {
    }

    private LegacyVietnamese() {
    }

    /** Bytes enough to recognise an encoding; judging a sample keeps a big file from being decoded three times. */
    private static final int SAMPLE_BYTES = 256 * 1024;

    /** A legacy encoding: its name for messages and how its bytes become Unicode (NFC). */
    enum Encoding {
        WINDOWS_1258("Windows-1258") {
            @Override
            String decode(byte[] b) {
                return windows1258(b);
            }
        },
        TCVN3("TCVN3") {
            @Override
            String decode(byte[] b) {
                return tcvn3(b);
            }
        },
        VNI("VNI") {
            @Override
            String decode(byte[] b) {
                return vni(b);
            }
        };

        final String label;

        Encoding(String label) {
            this.label = label;
        }

        abstract String decode(byte[] b);
    }

    /** The best decoding that reads as Vietnamese, or empty when no candidate does. */
    static Optional<Decoded> decode(byte[] bytes) {
        return detect(bytes).map(e -> new Decoded(e.label, e.decode(bytes)));
    }

    /**
     * The encoding whose decoding of (the first {@link #SAMPLE_BYTES} of) {@code bytes} reads best as Vietnamese, or
     * empty when none does. Every encoding maps each byte (VNI: each letter and the mark after it) on its own, so the
     * one found here decodes the rest of the file line by line.
     */
    static Optional<Encoding> detect(byte[] bytes) {
        byte[] sample = sample(bytes);
        Encoding best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Encoding e : Encoding.values()) {
            Plausibility p = Plausibility.of(e.decode(sample));
            if (p.readsAsVietnamese() && p.score() > bestScore) {
                best = e;
                bestScore = p.score();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first {@link #SAMPLE_BYTES} bytes, cut after a line break so that no letter is split from its mark. */
    private static byte[] sample(byte[] bytes) {
        if (bytes.length <= SAMPLE_BYTES) return bytes;
        int end = SAMPLE_BYTES;
        while (end > SAMPLE_BYTES / 2 && bytes[end - 1] != '\n') end--;
        return java.util.Arrays.copyOf(bytes, end);
    }

    /**
     * Undoes a common accident: a TCVN3 or VNI document read as Windows-1252 (or Latin-1) and saved as UTF-8, which
     * gives valid UTF-8 full of "Ch−¬ng tr×nh". Real Vietnamese text always has letters beyond Latin-1 (ư, ơ, đ, ạ...)
     * that no single-byte code page can write back, so only text that can be written back is considered, and it is
     * replaced only when the recovered text reads as Vietnamese better than the text as it is.
     */
    static Optional<Decoded> undoMisreading(String text) {
        return misreading(text).map(e -> new Decoded(misreadLabel(e), rewrite(e, text)));
    }

    /** The encoding a misread text (see {@link #undoMisreading}) was in, judged on the text or a sample of it. */
    static Optional<Encoding> misreading(String text) {
        byte[] bytes = singleBytes(text);
        if (bytes == null) return Optional.empty();
        Optional<Encoding> found = detect(bytes);
        if (found.isEmpty() || found.get() == Encoding.WINDOWS_1258) return Optional.empty();
        byte[] sample = sample(bytes); // one byte per character: the same stretch of text as the sample's bytes
        if (Plausibility.of(found.get().decode(sample)).score() <= Plausibility.of(text.substring(0, sample.length)).score()) {
            return Optional.empty();
        }
        return found;
    }

    /** How a text misread from {@code e} is named in warnings. */
    static String misreadLabel(Encoding e) {
        return e.label + " saved as UTF-8 by a program that misread it";
    }

    /**
     * A line of misread text, recovered: its characters written back as single bytes and decoded from {@code e}. A
     * line with a character no single byte can write was not misread (an ASCII line is the same either way).
     */
    static String rewrite(Encoding e, String line) {
        if (line.isEmpty()) return line;
        Charset cp1252 = Charset.forName("windows-1252");
        java.nio.charset.CharsetEncoder encoder = cp1252.newEncoder();
        byte[] out = new byte[line.length()];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > 0xFF && !encoder.canEncode(c)) return line;
            out[i] = c <= 0xFF ? (byte) c : String.valueOf(c).getBytes(cp1252)[0];
        }
        return e.decode(out);
    }

    /** The text's characters as Windows-1252 / Latin-1 bytes, or null when it has any other (or no 8-bit) character. */
    private static byte[] singleBytes(String text) {
        Charset cp1252 = Charset.forName("windows-1252");
        java.nio.charset.CharsetEncoder encoder = cp1252.newEncoder();
        boolean eightBit = false;
        // first look, allocate only when it can be written back: nearly every UTF-8 report stops at its first "ư"
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF && !encoder.canEncode(c)) return null;
            if (c >= 0x80) eightBit = true;
        }
        if (!eightBit) return null;
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = c <= 0xFF ? (byte) c : String.valueOf(c).getBytes(cp1252)[0];
        }
        return out;
    }

    static String windows1258(byte[] bytes) {
        // Windows-1258 writes most tones as a combining mark after the letter: NFC joins them back.
        return Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
    }

    static String tcvn3(byte[] bytes) {
        return Tcvn3.decode(bytes);
    }

    /** VNI (VNI-Windows): see {@link Vni}. */
    static String vni(byte[] bytes) {
        return Vni.decode(new String(bytes, Charset.forName("windows-1252")));
    }

    /** How much a decoded text looks like Vietnamese: common words found, letters no Vietnamese text has. */
    record Plausibility(int words, int strange) {
        private static final Set<String> COMMON = Set.of(
                "của", "và", "các", "được", "những", "người", "không", "năm", "số", "báo", "cáo", "hành", "chính",
                "thủ", "tục", "cải", "cách", "thực", "hiện", "đơn", "vị", "tỉnh", "huyện", "xã", "phường", "ủy",
                "nhân", "dân", "công", "tác", "quản", "lý", "đã", "về", "tổ", "chức", "trên", "địa", "bàn", "kết",
                "quả", "văn", "bản", "quý", "việc", "đến", "tại", "từ", "một", "có", "là", "này", "để", "đề", "nghị",
                "thông", "điện", "tử", "hồ", "sơ", "giải", "quyết", "kế", "hoạch", "triển", "cơ", "cấp", "thành",
                "phố", "nội", "dung", "tình", "hình", "kiểm", "tra", "chỉ", "đạo", "điều", "phụ", "lục", "tổng");
        private static final Set<Integer> LETTERS = vietnameseLetters();

        static Plausibility of(String text) {
            int words = 0;
            int strange = 0;
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                int c = i < text.length() ? text.charAt(i) : ' ';
                boolean letter = Character.isLetter(c);
                if (letter && start < 0) start = i;
                if (!letter && start >= 0) {
                    if (COMMON.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) words++;
                    start = -1;
                }
                if (letter && c > 0x7F && !LETTERS.contains(Character.toLowerCase(c))) strange++;
                if (Character.getType(c) == Character.NON_SPACING_MARK) strange++; // a mark no letter took
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') strange++;
            }
            return new Plausibility(words, strange);
        }

        /** Vietnamese words and next to no letter foreign to Vietnamese: one stray symbol per 20 words at most. */
        boolean readsAsVietnamese() {
            return words >= 2 && strange * 20 <= words;
        }

        int score() {
            return words - 20 * strange;
        }

        private static Set<Integer> vietnameseLetters() {
            Set<Integer> s = new HashSet<>();
            String tones = "\u0300\u0301\u0309\u0303\u0323";
            for (String base : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
                String b = Normalizer.normalize(base, Normalizer.Form.NFC);
                s.add((int) b.charAt(0));
                for (char t : tones.toCharArray()) {
                    String composed = Normalizer.normalize(b + t, Normalizer.Form.NFC);
                    if (composed.length() == 1) s.add((int) composed.charAt(0));
                }
            }
            s.add((int) 'đ');
            return s;
        }
    }
}
