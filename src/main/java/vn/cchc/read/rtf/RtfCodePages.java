package vn.cchc.read.rtf;

import java.nio.charset.Charset;

/** RTF's names for text encodings: Windows code page numbers and the charset numbers of the font table. */
final class RtfCodePages {
    private RtfCodePages() {
    }

    /** The code page of an {@code \fcharset} number (Windows' charset identifiers); null: the document's. */
    static Charset ofCharset(int fcharset) {
        return switch (fcharset) {
            case 163 -> of(1258, null); // Vietnamese
            case 238 -> of(1250, null);
            case 204 -> of(1251, null);
            case 161 -> of(1253, null);
            case 162 -> of(1254, null);
            case 177 -> of(1255, null);
            case 178 -> of(1256, null);
            case 186 -> of(1257, null);
            case 222 -> of(874, null);
            case 128 -> of(932, null);
            case 134 -> of(936, null);
            case 129 -> of(949, null);
            case 136 -> of(950, null);
            default -> null; // 0 (ANSI), 1 (default): the document's code page
        };
    }

    /** The charset of a Windows code page number ({@code \\ansicpg}, {@code \\cpg}); {@code otherwise} when Java lacks it. */
    static Charset of(int cp, Charset otherwise) {
        String name = switch (cp) {
            case 65001 -> "UTF-8";
            case 932 -> "windows-31j";
            case 936 -> "GBK";
            case 949 -> "x-windows-949";
            case 950 -> "x-windows-950";
            case 874 -> "x-windows-874";
            case 10000 -> "x-MacRoman";
            default -> "windows-" + cp;
        };
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
