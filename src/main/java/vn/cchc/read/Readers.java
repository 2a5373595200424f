package vn.cchc.read;

import java.util.List;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

import vn.cchc.read.doc.DocReader;
import vn.cchc.read.docx.DocxReader;
import vn.cchc.read.html.HtmlReader;
import vn.cchc.read.ocr.ImageReader;
import vn.cchc.read.ocr.OcrEngine;
import vn.cchc.read.ocr.OcrOptions;
import vn.cchc.read.odt.OdtReader;
import vn.cchc.read.pdf.PdfReader;
import vn.cchc.read.pdf.ScanLayout;
import vn.cchc.read.rtf.RtfReader;
import vn.cchc.read.sheet.OdsReader;
import vn.cchc.read.sheet.PoiWorkbookReader;
import vn.cchc.read.text.TextReader;

/** The readers this build knows, looked up by detected media type. New formats register here. */
public final class Readers {
    private final List<DocumentReader> readers;

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard() {
        return standard(OcrOptions.defaults());
    }

    /** The standard readers, scans read by OCR as {@code ocr} says. */
    public static Readers standard(OcrOptions ocr) {
        OcrEngine engine = new OcrEngine(ocr, new ScanLayout());
        return new Readers(List.of(new TextReader(),
                new PdfReader(engine),
                new ImageReader(engine),
                new DocxReader(),
                new DocReader(),
                new OdtReader(),
                new HtmlReader(),
                new RtfReader(),
                PoiWorkbookReader.xlsx(),
                PoiWorkbookReader.xls(),
                new OdsReader()));
    }

    public Optional<DocumentReader> forType(MediaType type) {
        for (DocumentReader r : readers) {
            if (r.mediaTypes().contains(type.toString())) return Optional.of(r);
        }
        for (DocumentReader r : readers) {
            for (String t : r.mediaTypes()) {
                if (FormatDetector.isA(type, MediaType.parse(t))) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<DocumentReader> all() {
        return readers;
    }
}
