package vn.cchc.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text clean-up shared by every reader: what a cell or paragraph should look like in the model. */
public final class Text {
    private static final Pattern MARKUP = Pattern.compile("</?(?:b|i|u|strong|em|sup|sub|br|span)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=[\\p{L}\\p{N})])[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Text() {
    }

    /** NFC, no soft hyphens or ligatures, one space between words, trimmed. Markup is kept. */
    public static String clean(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replace("\u00AD", "")
                .replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
                .replace("\uFB03", "ffi").replace("\uFB04", "ffl");
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /**
     * {@link #clean} plus removal of inline markup left by conversions ({@code <b>}, {@code <i>}, ...) and of
     * footnote markers written as superscript digits after a word ({@code VBQPPL⁶}).
     */
    public static String cleanMarkup(String s) {
        if (s == null) return "";
        String t = MARKUP.matcher(s).replaceAll("");
        t = FOOTNOTE.matcher(t).replaceAll("");
        return clean(t);
    }

    /** Whether the whole (non-blank) text is wrapped in bold markup. */
    public static boolean isBoldMarkup(String s) {
        String t = s == null ? "" : s.trim();
        return t.startsWith("<b>") && t.endsWith("</b>") || t.startsWith("**") && t.endsWith("**") && t.length() > 4;
    }
}
