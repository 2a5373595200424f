package vn.cchc.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A throwable's reason as it goes into a one-line message ("cchc: FILE: corrupt DOCX (REASON)"), in the user's terms:
 * never a Java class name ("NullPointerException"), never a library's advice to its own developers ("please open an
 * issue on bugzilla", "IOUtils.setByteArrayMaxOverride()"), never a stack of wrappers. What the parsers say about the
 * file itself ("Missing root object specification in trailer", "The element type "w:tc" must be terminated ...") is
 * kept: it tells the sender what to fix.
 *
 * <p>Three steps: a cause anywhere in the chain that has a plain meaning wins (the file is truncated, its compressed
 * data is damaged, it names an unknown character encoding); else the innermost message that still says something
 * once class names and boilerplate are taken out; else a plain reason for the kind of failure ("damaged internal
 * structure" for a parser that tripped over a null or an index: the file is not what its format promises).
 */
public final class Reasons {
    static final int BRIEF_MAX = 160;

    /** A parser tripping over these means the file is not what its format promises; their messages are about code. */
    private static final Set<String> PROGRAMMING_ERRORS = Set.of("NullPointerException", "ClassCastException",
            "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException", "StringIndexOutOfBoundsException",
            "NegativeArraySizeException", "ArithmeticException", "ArrayStoreException", "NumberFormatException",
            "ConcurrentModificationException", "NoSuchElementException", "IllegalMonitorStateException",
            "UnsupportedOperationException", "BufferUnderflowException", "BufferOverflowException", "StackOverflowError");

    private static final Pattern TRUNCATED = Pattern.compile(
            "(?i)truncated zip|end of file reached|unexpected end of (file|stream|input)");
    /** Inflater's words; an entry's data that ends early is damaged as often as cut (a flipped length). */
    private static final Pattern BAD_COMPRESSION = Pattern.compile("(?i)unexpected end of zlib|invalid (distance|stored block|block type|"
            + "code lengths|literal|bit length|distances|literal/lengths)|incorrect (header|data) check|unexpected EOF - "
            + "expected len|too many length or distance symbols|invalid entry (compressed )?size");
    /** A sentence that is about the library, not the file: dropped. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)bugzilla|bug report|(open|raise|file) (an issue|a bug)"
            + "|please (report|contact)|ByteArrayMaxOverride|should NEVER happen|https?://bz\\.|^Rule:");
    /** Messages of the Java runtime about code ("Cannot invoke "x.y()" because "z" is null"). */
    private static final Pattern ABOUT_CODE = Pattern.compile("^Cannot (invoke|read|store|load|assign|throw)\\b|because \""
            + "|^Index -?\\d+ out of bounds|^(begin|end|offset|index|length) -?\\d+|^class \\S+ cannot be cast");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net|io|vn)\\.(?:[a-z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:\\$[\\w$]+)*:?");
    /** POI's guard against a record's claimed length (IOUtils.safelyAllocate), whose advice is for developers. */
    private static final Pattern RECORD_TOO_LONG = Pattern.compile("Tried to (?:allocate an array of length (\\d[\\d,.]*\\d|\\d), but|"
            + "read data but) the maximum length for this record type is (\\d[\\d,.]*\\d|\\d)");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b:?");
    private static final Pattern RULE_CODE = Pattern.compile("\\s*\\[M\\.?\\d+(?:\\.\\d+)*]");

    private Reasons() {
    }

    /** The reason in the user's terms, on one line. */
    public static String oneLine(Throwable e) {
        List<Throwable> chain = chain(e);
        for (int i = chain.size() - 1; i >= 0; i--) {
            String plain = plainMeaning(chain.get(i));
            if (plain != null) return plain;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String said = said(chain.get(i));
            if (said != null) return said;
        }
        return byKind(chain);
    }

    /**
     * As {@link #oneLine(Throwable)}, cut to {@value #BRIEF_MAX} characters: the XML parsers under the office readers
     * quote whole stretches of the document in their messages.
     */
    public static String brief(Throwable e) {
        String m = oneLine(e);
        return m.length() > BRIEF_MAX ? m.substring(0, BRIEF_MAX - 3) + "..." : m;
    }

    /** The throwable and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t) && chain.size() < 20; t = t.getCause()) chain.add(t);
        return chain;
    }

    private static String plainMeaning(Throwable t) {
        String type = t.getClass().getSimpleName();
        String m = t.getMessage() == null ? "" : t.getMessage();
        // an optional codec left out of the build or the class path: nothing the sender of the file can fix
        if (t instanceof LinkageError) return "cchc is missing a library this document needs (an incomplete installation)";
        if (BAD_COMPRESSION.matcher(m).find()) return "damaged compressed data";
        if (type.equals("EOFException") || TRUNCATED.matcher(m).find()) return "truncated: the file is cut short";
        if (type.equals("UnsupportedEncodingException") || type.equals("UnsupportedCharsetException")
                || type.equals("IllegalCharsetNameException")) {
            return "unknown character encoding" + (m.isBlank() ? "" : " \"" + clean(m) + "\"");
        }
        if (type.equals("ZipException") && m.isBlank()) return "damaged compressed data";
        var tooLong = RECORD_TOO_LONG.matcher(m);
        if (tooLong.find()) {
            return "a record " + (tooLong.group(1) == null ? "" : "of " + tooLong.group(1) + " bytes ")
                    + "is longer than the " + tooLong.group(2) + " bytes the reader allows (a damaged file)";
        }
        return null;
    }

    /** What the throwable's own message says of the file, or null when it says nothing the user can use. */
    private static String said(Throwable t) {
        if (PROGRAMMING_ERRORS.contains(t.getClass().getSimpleName()) || t instanceof VirtualMachineError) return null;
        String m = t.getMessage();
        if (m == null) return null;
        // a wrapper whose message is its cause's toString(): the cause speaks for itself
        if (t.getCause() != null && m.equals(t.getCause().toString())) return null;
        String c = clean(m);
        if (c.isEmpty() || c.equalsIgnoreCase("null") || ABOUT_CODE.matcher(c).find()) return null;
        return c;
    }

    /** A message without class names, rule codes and library boilerplate, on one line. */
    static String clean(String message) {
        StringBuilder kept = new StringBuilder();
        // a library may break one sentence over lines: sentences are split after the lines are joined
        for (String sentence : message.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+(?=[A-Z])")) {
            if (!BOILERPLATE.matcher(sentence.strip()).find()) kept.append(sentence.strip()).append(' ');
        }
        String s = QUALIFIED_CLASS.matcher(kept).replaceAll("");
        s = CLASS_NAME.matcher(s).replaceAll("");
        s = RULE_CODE.matcher(s).replaceAll("");
        // POI's words for an Office package without its main part
        s = s.replace("OOXML file structure broken/invalid - ", "").replace("core document", "main document part");
        s = s.replaceAll("\\s+", " ").strip();
        // xmlbeans prefixes "error: "; POI ends sentences with " !"
        s = s.replaceFirst("^(?i)error:\\s*", "").replaceAll("\\s+!", "").replaceAll("^[:;,\\-\\s]+", "").strip();
        return s;
    }

    private static String byKind(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String type = chain.get(i).getClass().getSimpleName().toLowerCase(Locale.ROOT);
            if (type.contains("sax") || type.contains("xml") && !type.startsWith("poixml")) return "damaged XML";
            if (type.startsWith("zip")) return "damaged compressed data";
        }
        return "damaged internal structure";
    }
}
