package vn.cchc.ocr;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import vn.cchc.read.ocr.OcrEngine;
import vn.cchc.read.ocr.OcrOptions;

/**
 * The real Tesseract for the OCR tests. On a developer machine without it they are skipped with a visible message;
 * in CI ({@code CI=true}) that is a failure: {@code .ci/run} installs it, so a skip there would hide a broken set-up.
 */
final class Tesseracts {
    private Tesseracts() {
    }

    static void require() {
        Optional<String> missing = new OcrEngine(OcrOptions.defaults()).unavailable();
        if (missing.isEmpty()) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("OCR tests cannot run under CI without Tesseract: " + missing.get());
        }
        System.err.println("SKIPPED: OCR test needs Tesseract (" + missing.get() + ")");
        Assumptions.abort("Tesseract not installed: " + missing.get());
    }
}
