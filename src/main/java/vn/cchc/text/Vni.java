package vn.cchc.text;

import java.text.Normalizer;

/**
 * VNI (VNI-Windows, the "VNI-" fonts): bytes read as Windows-1252 letters; vowels carry their marks as a following
 * letter ("Vieät" is "Việt": e + ä = circumflex and dot below); ơ, ư, đ and the toned i are letters of their own.
 */
public final class Vni {
    private Vni() {
    }

    /** Text whose characters are the Windows-1252 reading of VNI bytes, as Unicode (NFC). */
    public static String decode(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 0xF000 && c <= 0xF0FF) c = (char) (c - 0xF000); // Word's symbol-font form of a byte
            String own = letter(c);
            if (own != null) {
                sb.append(own);
                continue;
            }
            String marks = marks(c);
            char prev = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
            if (marks != null && acceptsMarks(prev, marks)) {
                sb.append(marks);
            } else {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** The letter a VNI byte stands for on its own (ơ, ư, đ, ỉ, ĩ, ị), or null. */
    public static String letter(char c) {
        return switch (c) {
            case '\u00F4' -> "\u01A1"; // ô → ơ
            case '\u00D4' -> "\u01A0";
            case '\u00F6' -> "\u01B0"; // ö → ư
            case '\u00D6' -> "\u01AF";
            case '\u00F1' -> "\u0111"; // ñ → đ
            case '\u00D1' -> "\u0110";
            case '\u00E6' -> "\u1EC9"; // æ → ỉ
            case '\u00C6' -> "\u1EC8";
            case '\u00F3' -> "\u0129"; // ó → ĩ
            case '\u00D3' -> "\u0128";
            case '\u00F2' -> "\u1ECB"; // ò → ị
            case '\u00D2' -> "\u1ECA";
            default -> null; // í, ì, Í, Ì stand for themselves
        };
    }

    /** The combining marks a VNI mark letter (either case) adds to the vowel before it, or null. */
    public static String marks(char mark) {
        return switch (Character.toLowerCase(mark)) {
            case '\u00F9' -> "\u0301"; // ù acute
            case '\u00F8' -> "\u0300"; // ø grave
            case '\u00FB' -> "\u0309"; // û hook above
            case '\u00F5' -> "\u0303"; // õ tilde
            case '\u00EF' -> "\u0323"; // ï dot below
            case '\u00E2' -> "\u0302"; // â circumflex
            case '\u00E1' -> "\u0302\u0301";
            case '\u00E0' -> "\u0302\u0300";
            case '\u00E5' -> "\u0302\u0309";
            case '\u00E3' -> "\u0302\u0303";
            case '\u00E4' -> "\u0302\u0323";
            case '\u00EA' -> "\u0306"; // ê breve
            case '\u00E9' -> "\u0306\u0301";
            case '\u00E8' -> "\u0306\u0300";
            case '\u00FA' -> "\u0306\u0309";
            case '\u00FC' -> "\u0306\u0303";
            case '\u00EB' -> "\u0306\u0323";
            default -> null;
        };
    }

    /** Whether a vowel (already decoded, possibly with marks) takes these marks: the circumflex only on a, e, o... */
    public static boolean acceptsMarks(char vowel, String marks) {
        char v = Character.toLowerCase(vowel);
        char first = marks.charAt(0);
        if (first == '\u0302') return v == 'a' || v == 'e' || v == 'o';
        if (first == '\u0306') return v == 'a';
        return "aeiouy\u01A1\u01B0".indexOf(v) >= 0;
    }
}
