package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;

/**
 * Scanned reports sent as image files: PNG, JPEG and TIFF (every page of a multi-page TIFF). Each image is a page,
 * brought to 300 dpi and read by OCR.
 */
public final class ImageReader implements DocumentReader {
    /** A4's short side in inches: the resolution of an image without one is guessed from it. */
    private static final double A4_SHORT_INCHES = 8.27;

    private final OcrEngine engine;

    public ImageReader(OcrEngine engine) {
        this.engine = engine;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("image/png", "image/jpeg", "image/tiff");
    }

    @Override
    public String format() {
        return "image";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        if (engine.options().mode() == OcrOptions.Mode.NEVER) {
            throw new ReadException("image file: a scan is read only with OCR (not with --ocr never)");
        }
        List<BufferedImage> pages = new ArrayList<>();
        try (ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            if (iis == null) throw new ReadException("unreadable image");
            Iterator<javax.imageio.ImageReader> it = ImageIO.getImageReaders(iis);
            if (!it.hasNext()) throw new ReadException("unsupported image encoding");
            javax.imageio.ImageReader r = it.next();
            try {
                r.setInput(iis, false, false);
                int n = r.getNumImages(true);
                for (int i = 0; i < n; i++) pages.add(page(r, i));
            } catch (IOException | RuntimeException e) {
                throw new ReadException("corrupt image (" + vn.cchc.text.Reasons.brief(e) + ")");
            } finally {
                r.dispose();
            }
        }
        if (pages.isEmpty()) throw new ReadException("image file without an image");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= pages.size(); i++) numbers.add(i);
        List<OcrEngine.Page> read = engine.read(i -> pages.get(i), numbers);
        List<String> warnings = new ArrayList<>();
        return new Document(format(), ScannedPages.blocks(engine, read, warnings), warnings);
    }

    /** Image {@code i} of the file at about 300 dpi both ways. */
    static BufferedImage page(javax.imageio.ImageReader r, int i) throws IOException {
        double[] dpi = dpi(r.getImageMetadata(i));
        return to300dpi(r.read(i), dpi[0], dpi[1]);
    }

    /**
     * The horizontal and vertical resolutions the image says it has, 0 for one it does not say (a fax's standard
     * resolution differs: 204 dpi across, 98 down).
     */
    private static double[] dpi(IIOMetadata md) {
        double[] out = {0, 0};
        if (md == null || !md.isStandardMetadataFormatSupported()) return out;
        try {
            org.w3c.dom.Node root = md.getAsTree("javax_imageio_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!n.getNodeName().equals("Dimension")) continue;
                for (org.w3c.dom.Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                    int axis = d.getNodeName().equals("HorizontalPixelSize") ? 0 : d.getNodeName().equals("VerticalPixelSize") ? 1 : -1;
                    if (axis < 0) continue;
                    double mm = Double.parseDouble(d.getAttributes().getNamedItem("value").getNodeValue());
                    out[axis] = mm > 0 ? 25.4 / mm : 0;
                }
            }
        } catch (RuntimeException e) {
            // metadata we cannot read: guess from the size
        }
        return out;
    }

    /**
     * The image at about 300 dpi: its own resolutions when it states plausible ones (each axis by its own), else A4
     * is assumed and the pixels square.
     */
    static BufferedImage to300dpi(BufferedImage img, double xdpi, double ydpi) {
        if (!plausible(xdpi)) xdpi = plausible(ydpi) ? ydpi : Math.min(img.getWidth(), img.getHeight()) / A4_SHORT_INCHES;
        if (!plausible(ydpi)) ydpi = xdpi;
        double fx = OcrEngine.DPI / xdpi, fy = OcrEngine.DPI / ydpi;
        if (Math.abs(fx - 1) < 0.1 && Math.abs(fy - 1) < 0.1) return GrayImage.of(img).toBufferedImage();
        fx = Math.max(0.5, Math.min(3, fx));
        fy = Math.max(0.5, Math.min(4, fy));
        return GrayImage.of(img).scaled(fx, fy).toBufferedImage();
    }

    private static boolean plausible(double dpi) {
        return dpi >= 70 && dpi <= 1200;
    }
}
