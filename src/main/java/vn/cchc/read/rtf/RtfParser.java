package vn.cchc.read.rtf;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Text;
import vn.cchc.text.LegacyFonts;

/**
 * One pass over RTF tokens. Text is decoded as Word writes it: {@code \}{@code uN} escapes (with the {@code \}{@code ucN}
 * fallback characters skipped), {@code \'hh} bytes in the code page of the current font's {@code \fcharset} or of the
 * document's {@code \ansicpg} (Vietnamese Windows-1258 composes with combining marks, hence NFC afterwards). Tables
 * come from {@code \cell}/{@code \row} with the cell edges of {@code \cellx}; destinations that are not body text
 * (font and style tables, headers and footers, pictures, field instructions, {@code \*} extensions) are skipped.
 */
final class RtfParser {
    /** Destinations whose content is not the document's text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "listtable",
            "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore",
            "latentstyles", "footnote", "annotation", "bkmkstart", "bkmkend", "filetbl", "revtbl", "pgdsctbl",
            "mmathPr", "nonshppict", "shppict", "sp", "shpinst", "userprops", "docvar", "template", "xe", "tc");

    private final byte[] in;
    private int pos;
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    /** Font number → code page, from the font table. */
    private final Map<Integer, Charset> fontCharsets = new HashMap<>();
    private Charset documentCharset = Charset.forName("windows-1252");
    private int fontTableFont = -1;

    private final RtfText text = new RtfText();
    private final ByteBuffer pendingBytes = ByteBuffer.allocate(64);
    private boolean textBold = true;
    private boolean textAny;

    private final List<Block> blocks = new ArrayList<>();
    private final RtfTables tables = new RtfTables();

    RtfParser(byte[] in) {
        this.in = in;
    }

    /** Character formatting and destination state, saved at each '{' and restored at '}'. */
    private static final class State implements Cloneable {
        boolean skip;
        boolean fontTable;
        int font = -1;
        boolean bold;
        boolean inTable;
        int unicodeSkip = 1;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    Document parse() throws ReadException {
        int depth = 0;
        int skipFallback = 0;
        while (pos < in.length) {
            int c = in[pos++] & 0xFF;
            switch (c) {
                case '{' -> {
                    stack.push(state.copy());
                    depth++;
                    skipFallback = 0;
                }
                case '}' -> {
                    if (stack.isEmpty()) {
                        pos = in.length; // the document's closing brace; anything after it is not RTF
                        break;
                    }
                    flushBytes();
                    state = stack.pop();
                    depth--;
                    skipFallback = 0;
                }
                case '\\' -> skipFallback = control(skipFallback);
                case '\r', '\n' -> {
                    // line breaks in the file are not text
                }
                default -> {
                    if (skipFallback > 0) {
                        skipFallback--;
                    } else if (!state.skip && !state.fontTable) {
                        flushBytes();
                        append(String.valueOf((char) c));
                    } else if (!state.skip) {
                        text.nameChar(fontTableFont, (char) c);
                    }
                }
            }
        }
        if (depth > 0 && blocks.isEmpty() && text.isEmpty()) throw new ReadException("truncated RTF (unbalanced braces)");
        endParagraph();
        tables.end(blocks);
        Set<String> legacy = text.legacyFonts();
        return new Document("rtf", blocks, legacy.isEmpty() ? List.of() : List.of(LegacyFonts.warning(legacy)));
    }

    /** Reads the control word or symbol after a backslash; returns how many fallback characters are still to skip. */
    private int control(int skipFallback) {
        if (pos >= in.length) return 0;
        int c = in[pos] & 0xFF;
        if (!isLetter(c)) {
            pos++;
            switch (c) {
                case '\'' -> {
                    int b = hex(pos, 2);
                    pos += 2;
                    if (skipFallback > 0) return skipFallback - 1;
                    if (b >= 0 && !state.skip && !state.fontTable) addByte((byte) b);
                    return 0;
                }
                case '*' -> {
                    state.skip = true; // an extension this reader does not know: its whole group is skipped
                    return skipFallback;
                }
                case '~' -> emit("\u00A0", skipFallback);
                case '_' -> emit("-", skipFallback);
                case '-' -> {
                    // an optional hyphen; in a TCVN3 font the letter "ư" (byte 0xAD, the soft hyphen)
                    if (LegacyFonts.optionalHyphen(text.kind(state.font)).isEmpty()) return skipFallback;
                    emit("\u00AD", skipFallback);
                }
                case '\\', '{', '}' -> emit(String.valueOf((char) c), skipFallback);
                case '\r', '\n' -> {
                    if (!state.skip && !state.fontTable) endParagraph(); // "\" at a line end is \par
                }
                case '\t' -> emit("\t", skipFallback);
                default -> {
                }
            }
            return Math.max(0, skipFallback - 1);
        }
        int start = pos;
        while (pos < in.length && isLetter(in[pos] & 0xFF)) pos++;
        String word = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        Integer param = null;
        int numStart = pos;
        if (pos < in.length && (in[pos] == '-' || isDigit(in[pos] & 0xFF))) {
            pos++;
            while (pos < in.length && isDigit(in[pos] & 0xFF)) pos++;
            try {
                param = Integer.parseInt(new String(in, numStart, pos - numStart, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                param = 0;
            }
        }
        if (pos < in.length && in[pos] == ' ') pos++; // the delimiting space belongs to the control word
        if (skipFallback > 0) return skipFallback - 1;
        word(word, param);
        return word.equals("u") && param != null && !state.skip ? state.unicodeSkip : 0;
    }

    private void emit(String s, int skipFallback) {
        if (skipFallback > 0 || state.skip) return;
        flushBytes();
        append(s);
    }

    private void word(String word, Integer param) {
        int n = param == null ? 1 : param;
        if (SKIPPED.contains(word)) {
            if (word.equals("fonttbl")) {
                state.fontTable = true;
            } else {
                state.skip = true;
            }
            return;
        }
        if (state.fontTable) {
            fontTableWord(word, param);
            return;
        }
        switch (word) {
            case "ansicpg" -> documentCharset = RtfCodePages.of(n, documentCharset);
            case "deff" -> text.defaultFont(n);
            case "bin" -> pos = Math.min(in.length, pos + Math.max(0, n)); // binary data: never text
            case "uc" -> state.unicodeSkip = Math.max(0, n);
            case "u" -> {
                if (state.skip) return;
                flushBytes();
                append(String.valueOf((char) (n < 0 ? n + 65536 : n)));
            }
            case "f" -> {
                flushBytes();
                state.font = n;
            }
            case "b" -> {
                flushBytes();
                state.bold = n != 0;
            }
            case "plain" -> {
                flushBytes();
                state.bold = false;
                state.font = -1;
            }
            case "pard" -> state.inTable = false;
            case "intbl" -> state.inTable = true;
            case "par" -> {
                if (!state.skip) endParagraph();
            }
            case "sect", "page" -> {
                if (!state.skip) endParagraphIfText();
            }
            case "line", "tab", "emspace", "enspace", "qmspace" -> emit(" ", 0);
            case "emdash" -> emit("\u2014", 0);
            case "endash" -> emit("\u2013", 0);
            case "lquote" -> emit("\u2018", 0);
            case "rquote" -> emit("\u2019", 0);
            case "ldblquote" -> emit("\u201C", 0);
            case "rdblquote" -> emit("\u201D", 0);
            case "bullet" -> emit("\u2022", 0);
            case "trowd" -> tables.startRowDefinition();
            case "cellx" -> tables.cellEdge(n);
            case "clmgf" -> tables.mergeFirst();
            case "clmrg" -> tables.mergeContinued();
            case "cell" -> {
                if (state.skip) return;
                flushBytes();
                tables.cell(takeText(), takeBold());
            }
            case "nestcell" -> emit(" ", 0); // nested tables: their cells read as text of the outer cell
            case "row" -> {
                if (state.skip) return;
                flushBytes();
                tables.row();
            }
            default -> {
            }
        }
    }

    private void fontTableWord(String word, Integer param) {
        if (word.equals("f") && param != null) {
            fontTableFont = param;
        } else if (word.equals("fcharset") && param != null && fontTableFont >= 0) {
            Charset cs = RtfCodePages.ofCharset(param);
            if (cs != null) fontCharsets.put(fontTableFont, cs);
        } else if (word.equals("cpg") && param != null && fontTableFont >= 0) {
            Charset cs = RtfCodePages.of(param, null);
            if (cs != null) fontCharsets.put(fontTableFont, cs);
        }
    }

    private void endParagraphIfText() {
        if (!text.isBlank()) endParagraph();
    }

    /** A paragraph mark: inside a table it only breaks the cell's text; outside it ends a paragraph and any table. */
    private void endParagraph() {
        flushBytes();
        if (state.inTable) {
            append(" ");
            return;
        }
        String t = Text.cleanMarkup(takeText());
        takeBold();
        // a paragraph outside a table ends the table before it, even an empty one (Word separates tables so)
        tables.end(blocks);
        if (!t.isEmpty()) blocks.add(new Paragraph(t, null));
    }

    private void append(String s) {
        if (state.skip || state.fontTable) return; // font names are not text
        text.append(s, state.font);
        if (!s.isBlank()) {
            textAny = true;
            textBold &= state.bold;
        }
    }

    private String takeText() {
        return text.take();
    }

    private boolean takeBold() {
        boolean b = textAny && textBold;
        textAny = false;
        textBold = true;
        return b;
    }

    private void addByte(byte b) {
        if (!pendingBytes.hasRemaining()) flushBytes();
        pendingBytes.put(b);
    }

    /** Decodes the {@code \'hh} bytes collected so far together (a double-byte code page needs both bytes). */
    private void flushBytes() {
        if (pendingBytes.position() == 0) return;
        pendingBytes.flip();
        Charset cs = fontCharsets.getOrDefault(state.font, documentCharset);
        String s;
        try {
            s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(pendingBytes).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            s = "\uFFFD";
        }
        pendingBytes.clear();
        append(s);
    }

    private int hex(int at, int len) {
        if (at + len > in.length) return -1;
        int v = 0;
        for (int i = at; i < at + len; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
