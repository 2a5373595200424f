package vn.cchc.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;
import vn.cchc.read.ocr.OcrEngine;
import vn.cchc.read.ocr.OcrOptions;
import vn.cchc.read.ocr.ScannedPages;
import vn.cchc.text.Reasons;

/**
 * PDF reports on PDFBox. A PDF has no tables, only glyphs at positions and line segments, so tables are rebuilt from
 * the page geometry by the strategies {@link TableStrategies} chooses ({@link PageLayout} runs them on each page); a
 * table broken by a page break is joined back into one ({@link TablesAcrossPages}), and page numbers and running
 * headers or footers are dropped. Every paragraph and row keeps its 1-based page.
 *
 * <p>Tagged PDF structure (Table/TR/TD) is not used yet: geometry gives the same cells for the office-suite exports
 * seen so far.
 */
public final class PdfReader implements DocumentReader {
    /** Reads scanned pages; null when this reader does no OCR. */
    private final OcrEngine ocr;

    /** A reader without OCR: a scanned PDF fails as having no text layer. */
    public PdfReader() {
        this(null);
    }

    public PdfReader(OcrEngine ocr) {
        this.ocr = ocr;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/pdf");
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        RandomAccessReadBuffer bytes = new RandomAccessReadBuffer(in);
        // the temp-file cache keeps a batch of large PDFs from piling decoded streams up in memory
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new ReadException("encrypted PDF (a password is needed to open it)");
        } catch (IOException | RuntimeException e) {
            // PDFBox may also fail with a runtime exception on a damaged file; either way the file is unreadable.
            // A download or copy cut short is the common case, and the parser words it as a missing trailer object
            if (!endsWithEofMarker(bytes)) throw new ReadException("truncated PDF (the file is cut short: its end is missing)", e);
            throw new ReadException("not a readable PDF (" + Reasons.brief(e) + ")", e);
        }
    }

    /** Whether the last kilobyte holds {@code %%EOF}, as every complete PDF's does (a few bytes may follow it). */
    private static boolean endsWithEofMarker(RandomAccessReadBuffer bytes) {
        try {
            long length = bytes.length();
            int tail = (int) Math.min(1024, length);
            byte[] end = new byte[tail];
            bytes.seek(length - tail);
            int n = bytes.read(end, 0, tail);
            return n > 0 && new String(end, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: the parser's own reason stands
        }
    }

    /** A one-page PDF with a line of text in a standard font: PDFBox's parser, text extraction and font mapping. */
    @Override
    public void warmUp() {
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(50, 700);
                content.showText("STT 1 2 3");
                content.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException | ReadException | RuntimeException e) {
            // nothing to warm: the real file will say what is wrong
        }
    }

    private Document read(PDDocument doc) throws IOException, ReadException {
        if (doc.getNumberOfPages() == 0) throw new ReadException("PDF has no pages");
        PageCollector collector = new PageCollector();
        List<PageContent> pages = collector.collect(doc);
        List<String> warnings = new ArrayList<>();
        OcrOptions.Mode mode = ocr == null ? OcrOptions.Mode.NEVER : ocr.options().mode();
        boolean unusable = collector.unmappedGlyphs() > collector.drawnGlyphs() * 0.3;
        List<Integer> scannedPages = new ArrayList<>();
        int withText = 0;
        for (PageContent p : pages) {
            if (!p.glyphs().isEmpty()) withText++;
            boolean scan = p.glyphs().isEmpty() && p.images() > 0;
            if (mode == OcrOptions.Mode.ALWAYS || mode == OcrOptions.Mode.AUTO && (scan || unusable && p.images() > 0)) {
                scannedPages.add(p.number());
            } else if (scan) {
                warnings.add("no text layer on page " + p.number() + " (scanned page)");
            }
        }
        if (!scannedPages.isEmpty() && (scannedPages.size() == pages.size() || withText == 0 || unusable)) {
            // nothing worth keeping from the text layer: the document is its page images
            return new Document(format(), ScannedPages.blocks(ocr, ocr(doc, scannedPages), warnings), warnings);
        }
        if (withText == 0) {
            boolean scanned = pages.stream().anyMatch(p -> p.images() > 0);
            throw new ReadException(scanned ? "no text layer: scanned document" : "no text in PDF");
        }
        if (unusable) {
            throw new ReadException("no usable text layer (" + collector.unmappedGlyphs() + " of " + collector.drawnGlyphs()
                    + " glyphs have no Unicode mapping)");
        }
        if (collector.unmappedGlyphs() > 0) {
            warnings.add(collector.unmappedGlyphs() + " glyphs without Unicode mapping (shown as \uFFFD)");
        }
        if (!collector.legacyFontNames().isEmpty()) {
            warnings.add(vn.cchc.text.LegacyFonts.warning(new LinkedHashSet<>(collector.legacyFontNames())));
        }
        List<OcrEngine.Page> scanned = scannedPages.isEmpty() ? List.of() : ocr(doc, scannedPages);
        ScannedPages.noteWarnings(scanned, warnings);
        java.util.Map<Integer, OcrEngine.Page> scans = new java.util.HashMap<>();
        for (OcrEngine.Page s : scanned) scans.put(s.number(), s);
        // one strategy set for the document: a table printed without lines goes on from a page to the next
        TableStrategies strategies = new TableStrategies();
        List<PageContent> contents = new ArrayList<>(pages.size());
        List<List<PagePiece>> laidOut = new ArrayList<>();
        for (PageContent p : pages) {
            OcrEngine.Page scan = scans.get(p.number());
            if (scan == null) {
                contents.add(p);
                laidOut.add(new ArrayList<>(PageLayout.layout(p, strategies.forPage(p))));
            } else {
                // a scanned page among text pages is laid out as one, in its place: a table that runs from a text
                // page onto it, or from it onto a text page, is joined over the break as between any two pages
                PageContent asText = ScanLayout.content(scan.scan());
                contents.add(asText);
                laidOut.add(ScanLayout.pieces(scan.scan(), asText, strategies));
            }
        }
        PageFurniture.drop(contents, laidOut);
        List<Block> blocks = new TablesAcrossPages().assemble(contents, laidOut);
        // the line-rebuilt recovery reads a text layer's lines; OCR'd pages have none of their own
        if (!scanned.isEmpty()) return new Document(format(), blocks, warnings);
        return new Document(format(), strategies.orLineRebuilt(blocks, pages, warnings), warnings);
    }

    private List<OcrEngine.Page> ocr(PDDocument doc, List<Integer> pageNumbers) throws IOException, ReadException {
        PDFRenderer renderer = new PDFRenderer(doc);
        // in colour when the page has colour: a red stamp or a blue signature is told from black type by its colour
        // (OCR drops it); a grey scan is rendered grey, which is much faster and loses nothing
        return ocr.read(i -> renderer.renderImageWithDPI(i, OcrEngine.DPI, greyImagesOnly(doc.getPage(i)) ? ImageType.GRAY : ImageType.RGB),
                pageNumbers);
    }

    /** Whether every image drawn on the page is grey (or black and white), so it has no colour to drop. */
    private static boolean greyImagesOnly(org.apache.pdfbox.pdmodel.PDPage page) {
        try {
            org.apache.pdfbox.pdmodel.PDResources res = page.getResources();
            if (res == null) return false;
            for (org.apache.pdfbox.cos.COSName name : res.getXObjectNames()) {
                if (!(res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img)) return false;
                if (img.isStencil() || img.getColorSpace().getNumberOfComponents() != 1) return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // when in doubt, colour
        }
    }
}
