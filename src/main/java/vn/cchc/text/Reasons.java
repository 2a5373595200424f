package vn.cchc.text;

/**
 * A throwable's reason as it goes into a one-line message ("cchc: FILE: corrupt DOCX (REASON)"): its message, or its
 * type when it has none, with line breaks and runs of spaces collapsed, since a parser's message may span lines.
 */
public final class Reasons {
    static final int BRIEF_MAX = 160;

    private Reasons() {
    }

    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    /**
     * As {@link #oneLine(Throwable)}, cut to {@value #BRIEF_MAX} characters: the XML parsers under the office readers
     * quote whole stretches of the document in their messages.
     */
    public static String brief(Throwable e) {
        String m = oneLine(e);
        return m.length() > BRIEF_MAX ? m.substring(0, BRIEF_MAX - 3) + "..." : m;
    }
}
