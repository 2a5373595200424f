package vn.cchc.read.ocr;

/**
 * How scanned pages are read.
 *
 * @param mode when to OCR a page
 * @param lang Tesseract language(s), e.g. {@code vie} or {@code vie+eng}
 * @param jobs pages OCR'd at the same time across the whole batch (the batch's {@code --jobs})
 */
public record OcrOptions(Mode mode, String lang, int jobs) {
    /** When a page is read from its image. */
    public enum Mode {
        /** Only pages without a usable text layer (scans), and image files. */
        AUTO,
        /** Never: a scanned PDF fails as having no text layer, an image file as unsupported. */
        NEVER,
        /** Every page of a PDF, even one with text (a text layer made by a poor OCR tool, or none wanted). */
        ALWAYS
    }

    public static final String DEFAULT_LANG = "vie";

    public OcrOptions {
        if (mode == null) mode = Mode.AUTO;
        if (lang == null || lang.isBlank()) lang = DEFAULT_LANG;
        if (!lang.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) throw new IllegalArgumentException("not a Tesseract language: " + lang);
        if (jobs < 1) jobs = 1;
    }

    public static OcrOptions defaults() {
        return new OcrOptions(Mode.AUTO, DEFAULT_LANG, Runtime.getRuntime().availableProcessors());
    }
}
