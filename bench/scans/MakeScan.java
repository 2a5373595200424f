import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a "scan" of some pages of a PDF, the way offices degrade their reports: printed and scanned at a low
 * resolution, tilted, JPEG-compressed, speckled, stamped, or photographed with a phone. Used to build the small test
 * scans under src/test/resources/ocr and the larger ones scored in the closing figures. Deterministic (fixed seed).
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "$(cat target/classpath.txt):target/classes" bench/scans/MakeScan.java SOURCE.pdf FIRST-LAST OUT.(pdf|png|jpg|tif) \
 *      [dpi=200] [rotate=1.5] [jpeg=60] [speckle=0.002] [stamp=x,y] [phone] [grey=235] [colour] [crop=0.7]
 *      [mark=x0,y0,x1,y1,red|grey|ink ...] [text=P,Q...] [bw] [fax] [photo] [turn=90|-90] [nolines] [blank=y0,y1]
 * </pre>
 * stamp=x,y puts a round grey stamp centred at that fraction of the page (e.g. 0.72,0.6 over the value column).
 * mark=x0,y0,x1,y1,KIND draws the arc of a stamp's ring across one cell only (the rectangle, in fractions of the page),
 * in red stamp ink, mid-grey (a stamp in a grey scan) or dark pen ink (a signature's stroke): ink in an empty value
 * cell, which must never become a number. colour keeps the scan in colour (a colour scanner); crop=F keeps the top F
 * of each page. text=P,Q (PDF output only) keeps those pages of the source as they are, with their text layer, and
 * scans the others: a PDF whose pages mix text and scanned images, as when one signed page is scanned back in.
 * bw thresholds the scan to black and white (1 bit a pixel, as a scanner's "text" mode; a PDF gets a 1-bit image).
 * fax (TIFF output) is a fax's standard resolution: dpi across and half of it down (204 x 98 dpi for dpi=204), 1 bit,
 * the resolutions written in the TIFF. photo is a phone photo of the whole sheet: the sheet seen at a slant (its top
 * narrower than its bottom), on a dark desk around it, lit unevenly. turn=90 or -90 is a landscape page fed through a
 * portrait scanner: the scan holds it turned a quarter (90 clockwise, -90 anticlockwise).
 * nolines leaves out every line and fill the source draws (a table printed without rulings, same text and pages).
 * blank=y0,y1 papers over that band of each page (fractions of its height): a page that starts in the middle of a
 * table whose header is on a page not sent.
 */
public class MakeScan {
    public static void main(String[] args) throws Exception {
        File src = new File(args[0]);
        String[] range = args[1].split("-");
        int first = Integer.parseInt(range[0]), last = Integer.parseInt(range[range.length - 1]);
        File out = new File(args[2]);
        float dpi = 200;
        double rotate = 0, speckle = 0;
        int jpeg = 0, paper = 255;
        double[] stamp = null, blank = null;
        boolean phone = false, colour = false, bw = false, fax = false, photo = false, noLines = false;
        int turn = 0;
        double crop = 1;
        List<String> marks = new ArrayList<>();
        java.util.Set<Integer> textPages = new java.util.HashSet<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            switch (kv[0]) {
                case "dpi" -> dpi = Float.parseFloat(kv[1]);
                case "rotate" -> rotate = Double.parseDouble(kv[1]);
                case "jpeg" -> jpeg = Integer.parseInt(kv[1]);
                case "speckle" -> speckle = Double.parseDouble(kv[1]);
                case "stamp" -> stamp = new double[] {Double.parseDouble(kv[1].split(",")[0]), Double.parseDouble(kv[1].split(",")[1])};
                case "phone" -> phone = true;
                case "grey" -> paper = Integer.parseInt(kv[1]);
                case "colour" -> colour = true;
                case "nolines" -> noLines = true;
                case "blank" -> blank = new double[] {Double.parseDouble(kv[1].split(",")[0]), Double.parseDouble(kv[1].split(",")[1])};
                case "crop" -> crop = Double.parseDouble(kv[1]);
                case "mark" -> marks.add(kv[1]);
                case "bw" -> bw = true;
                case "fax" -> fax = true;
                case "photo" -> photo = true;
                case "turn" -> turn = Integer.parseInt(kv[1]);
                case "text" -> {
                    for (String n : kv[1].split(",")) textPages.add(Integer.parseInt(n.strip()));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!textPages.isEmpty() && !out.getName().toLowerCase().endsWith(".pdf")) {
            throw new IllegalArgumentException("text= keeps text pages: the output must be a PDF");
        }
        Random rnd = new Random(42);
        List<BufferedImage> pages = new ArrayList<>();
        List<PDRectangle> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(src)) {
            if (noLines) for (int p = first; p <= last; p++) noLines(doc, doc.getPage(p - 1));
            PDFRenderer r = new PDFRenderer(doc);
            for (int p = first; p <= last; p++) {
                if (textPages.contains(p)) {
                    sizes.add(doc.getPage(p - 1).getMediaBox());
                    pages.add(null); // copied with its text layer when the PDF is written
                    continue;
                }
                BufferedImage img = r.renderImageWithDPI(p - 1, dpi, ImageType.RGB);
                sizes.add(doc.getPage(p - 1).getMediaBox());
                if (blank != null) {
                    // paper over a band: a page that starts in the middle of a table, its header on a page not sent
                    Graphics2D g = img.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, (int) (img.getHeight() * blank[0]), img.getWidth(), (int) (img.getHeight() * (blank[1] - blank[0])));
                    g.dispose();
                }
                if (stamp != null) stamp(img, stamp[0], stamp[1], dpi);
                for (String m : marks) mark(img, m, dpi);
                if (crop < 1) img = img.getSubimage(0, 0, img.getWidth(), (int) (img.getHeight() * crop));
                // each page tilted a little differently, as a sheet fed by hand
                double angle = rotate * (pages.size() % 2 == 0 ? 1 : -0.7);
                if (angle != 0) img = rotate(img, angle);
                if (photo) img = slant(img);
                if (!colour) paper(img, paper, phone || photo);
                if (speckle > 0) speckle(img, speckle, rnd);
                if (turn != 0) {
                    img = quarter(img, turn > 0);
                    PDRectangle s = sizes.remove(sizes.size() - 1);
                    sizes.add(new PDRectangle(s.getHeight(), s.getWidth()));
                }
                if (fax) img = halfHeight(img);
                if (bw || fax) img = bilevel(img);
                if (jpeg > 0) img = jpeg(img, jpeg);
                pages.add(img);
            }
        }
        String name = out.getName().toLowerCase();
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = new PDDocument(); PDDocument source = Loader.loadPDF(src)) {
                for (int i = 0; i < pages.size(); i++) {
                    if (pages.get(i) == null) {
                        doc.importPage(source.getPage(first - 1 + i));
                        continue;
                    }
                    PDPage page = new PDPage(sizes.get(i));
                    doc.addPage(page);
                    BufferedImage grey = pages.get(i).getType() == BufferedImage.TYPE_BYTE_BINARY ? pages.get(i) : grey(pages.get(i));
                    var x = jpeg > 0 ? JPEGFactory.createFromImage(doc, grey, jpeg / 100f) : LosslessFactory.createFromImage(doc, grey);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.drawImage(x, 0, 0, sizes.get(i).getWidth(), sizes.get(i).getHeight());
                    }
                }
                doc.save(out);
            }
        } else if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
            try (var ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                ImageWriteParam param = w.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                // a fax-style bilevel TIFF (CCITT T.6), as office scanners write them
                param.setCompressionType("CCITT T.6");
                w.prepareWriteSequence(null);
                for (BufferedImage img : pages) {
                    BufferedImage b = img.getType() == BufferedImage.TYPE_BYTE_BINARY ? img : bilevel(img);
                    w.writeToSequence(new IIOImage(b, null, resolution(w, b, param, dpi, fax ? dpi / 2 : dpi)), param);
                }
                w.endWriteSequence();
            }
        } else {
            ImageIO.write(name.endsWith(".png") ? grey(pages.get(0)) : pages.get(0), name.endsWith(".png") ? "png" : "jpg", out);
        }
    }

    /** TIFF metadata stating the image's horizontal and vertical resolutions (dots per inch). */
    static javax.imageio.metadata.IIOMetadata resolution(ImageWriter w, BufferedImage img, ImageWriteParam param, double xdpi, double ydpi) throws Exception {
        var md = w.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), param);
        var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_1.0");
        var dim = new javax.imageio.metadata.IIOMetadataNode("Dimension");
        var h = new javax.imageio.metadata.IIOMetadataNode("HorizontalPixelSize");
        h.setAttribute("value", String.valueOf(25.4 / xdpi));
        var v = new javax.imageio.metadata.IIOMetadataNode("VerticalPixelSize");
        v.setAttribute("value", String.valueOf(25.4 / ydpi));
        dim.appendChild(h);
        dim.appendChild(v);
        root.appendChild(dim);
        md.mergeTree("javax_imageio_1.0", root);
        return md;
    }

    /** Every other row: a fax's standard resolution is half as fine down the page as across it. */
    static BufferedImage halfHeight(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int a = img.getRGB(x, 2 * y) & 255, b = img.getRGB(x, 2 * y + 1) & 255;
                int c = (a + b) / 2;
                out.setRGB(x, y, c << 16 | c << 8 | c);
            }
        }
        return out;
    }

    /** The page turned a quarter: clockwise or anticlockwise. */
    static BufferedImage quarter(BufferedImage img, boolean clockwise) {
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (clockwise) out.setRGB(h - 1 - y, x, img.getRGB(x, y));
                else out.setRGB(y, w - 1 - x, img.getRGB(x, y));
            }
        }
        return out;
    }

    /**
     * A phone photo of the whole sheet: held above it at a slant, so the sheet's top edge is narrower than its bottom
     * (about 6% each side) and its sides lean in, with a dark desk showing around it; the photo has the page's size.
     */
    static BufferedImage slant(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double margin = 0.03, top = 0.06; // the desk around the sheet; how much narrower the top edge is on each side
        for (int y = 0; y < h; y++) {
            double fy = (double) y / h;
            // the sheet's row for this photo row: the sheet fills the photo between margins, its top squeezed
            double v = (fy - margin) / (1 - 2 * margin);
            double inset = margin + top * (1 - v);
            for (int x = 0; x < w; x++) {
                double u = ((double) x / w - inset) / (1 - 2 * inset);
                int c;
                if (u < 0 || u >= 1 || v < 0 || v >= 1) {
                    c = 60; // the desk
                } else {
                    double sx = u * (w - 1), sy = v * (h - 1);
                    int x0 = (int) sx, y0 = (int) sy, x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
                    double ax = sx - x0, ay = sy - y0;
                    double p = (img.getRGB(x0, y0) & 255) * (1 - ax) * (1 - ay) + (img.getRGB(x1, y0) & 255) * ax * (1 - ay)
                            + (img.getRGB(x0, y1) & 255) * (1 - ax) * ay + (img.getRGB(x1, y1) & 255) * ax * ay;
                    c = (int) Math.round(p);
                }
                out.setRGB(x, y, c << 16 | c << 8 | c);
            }
        }
        return out;
    }

    /**
     * The page without its drawn lines: every path is ended without being stroked or filled (a table printed without
     * rulings, with the same text and page breaks as the source; its fonts stay the embedded ones).
     */
    static void noLines(PDDocument doc, PDPage page) throws java.io.IOException {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        java.util.Set<String> paint = java.util.Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*");
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op && paint.contains(op.getName())) {
                tokens.set(i, org.apache.pdfbox.contentstream.operator.Operator.getOperator("n"));
            }
        }
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
        try (java.io.OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
            new org.apache.pdfbox.pdfwriter.ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
    }

    static BufferedImage bilevel(BufferedImage img) {
        BufferedImage b = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) b.setRGB(x, y, (img.getRGB(x, y) & 255) < 150 ? 0 : 0xFFFFFF);
        }
        return b;
    }

    static BufferedImage grey(BufferedImage img) {
        BufferedImage g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(img, 0, 0, null);
        return g;
    }

    /** A round office stamp: two rings and some text, in a grey-red ink that lets the text under it show through. */
    static void stamp(BufferedImage img, double fx, double fy, float dpi) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int cx = (int) (img.getWidth() * fx), cy = (int) (img.getHeight() * fy);
        int r = (int) (dpi * 0.62);
        g.setColor(new Color(170, 60, 70, 200));
        g.setStroke(new BasicStroke(dpi / 60f));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.drawOval(cx - r * 8 / 10, cy - r * 8 / 10, r * 16 / 10, r * 16 / 10);
        g.setFont(new Font(Font.SERIF, Font.BOLD, (int) (dpi / 9)));
        g.drawString("UBND", cx - r / 3, cy - r / 6);
        g.drawString("*", cx - r / 10, cy + r / 4);
        g.dispose();
    }

    /** The arc of a stamp's ring crossing one cell (x0,y0,x1,y1 in fractions of the page) and nothing else. */
    static void mark(BufferedImage img, String spec, float dpi) {
        String[] f = spec.split(",");
        int x0 = (int) (Double.parseDouble(f[0]) * img.getWidth()), y0 = (int) (Double.parseDouble(f[1]) * img.getHeight());
        int x1 = (int) (Double.parseDouble(f[2]) * img.getWidth()), y1 = (int) (Double.parseDouble(f[3]) * img.getHeight());
        Color ink = switch (f[4]) {
            case "red" -> new Color(205, 45, 55);
            case "grey" -> new Color(125, 125, 125);
            case "ink" -> new Color(35, 35, 60);
            default -> throw new IllegalArgumentException("mark colour red, grey or ink: " + f[4]);
        };
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setClip(x0, y0, x1 - x0, y1 - y0);
        g.setColor(ink);
        g.setStroke(new BasicStroke(dpi / 60f));
        int r = (int) (dpi * 0.45);
        // the left side of a ring centred right of the cell: a curve from the cell's top to its bottom
        int cx = x1 + r / 2, cy = (y0 + y1) / 2;
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.dispose();
    }

    static BufferedImage rotate(BufferedImage img, double degrees) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, AffineTransform.getRotateInstance(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** Grey paper, and for a phone photo: uneven light (darker towards a corner) and less contrast. */
    static void paper(BufferedImage img, int paper, boolean phone) {
        int w = img.getWidth(), h = img.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                double v = ((rgb >> 16 & 255) * 0.3 + (rgb >> 8 & 255) * 0.59 + (rgb & 255) * 0.11) / 255.0;
                double light = paper / 255.0;
                double ink = 0;
                if (phone) {
                    light *= 1.0 - 0.38 * ((double) x / w * 0.6 + (double) y / h * 0.4);
                    ink = 0.16;
                }
                double out = (ink + (1 - ink) * v) * light;
                int c = (int) Math.max(0, Math.min(255, Math.round(out * 255)));
                img.setRGB(x, y, c << 16 | c << 8 | c);
            }
        }
    }

    static void speckle(BufferedImage img, double density, Random rnd) {
        int n = (int) (img.getWidth() * img.getHeight() * density);
        for (int i = 0; i < n; i++) {
            int x = rnd.nextInt(img.getWidth()), y = rnd.nextInt(img.getHeight());
            int c = 40 + rnd.nextInt(90);
            img.setRGB(x, y, c << 16 | c << 8 | c);
            if (rnd.nextInt(3) == 0 && x + 1 < img.getWidth()) img.setRGB(x + 1, y, c << 16 | c << 8 | c);
        }
    }

    static BufferedImage jpeg(BufferedImage img, int quality) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality / 100f);
            w.write(null, new IIOImage(img, null, null), p);
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
