package vn.cchc.read.ocr;

/** How sure OCR must be of a value (the flags themselves are {@code Flag.OCR} and {@code Flag.OCR_UNCERTAIN}). */
public final class OcrFlags {
    /** Below this confidence (0–100, the least sure word of the value cell) a value is not trusted. */
    public static final double MIN_CONFIDENCE = 80;

    private OcrFlags() {
    }
}
