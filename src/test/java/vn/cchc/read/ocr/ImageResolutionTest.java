package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

import org.junit.jupiter.api.Test;

/** An image file's page brought to 300 dpi by the resolutions the file states, each axis by its own. */
class ImageResolutionTest {
    /** A 1-bit TIFF of {@code w} x {@code h} pixels stating {@code xdpi} across and {@code ydpi} down. */
    private static byte[] tiff(int w, int h, double xdpi, double ydpi) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            IIOMetadata md = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0"), dim = new IIOMetadataNode("Dimension");
            IIOMetadataNode hs = new IIOMetadataNode("HorizontalPixelSize"), vs = new IIOMetadataNode("VerticalPixelSize");
            hs.setAttribute("value", String.valueOf(25.4 / xdpi));
            vs.setAttribute("value", String.valueOf(25.4 / ydpi));
            dim.appendChild(hs);
            dim.appendChild(vs);
            root.appendChild(dim);
            md.mergeTree("javax_imageio_1.0", root);
            writer.write(null, new IIOImage(img, null, md), param);
        }
        return bytes.toByteArray();
    }

    private static BufferedImage page(byte[] file) throws Exception {
        try (var iis = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            javax.imageio.ImageReader r = ImageIO.getImageReaders(iis).next();
            r.setInput(iis);
            return ImageReader.page(r, 0);
        }
    }

    /** A fax at its standard resolution (204 x 98 dpi): an A4 page is 1686 x 1143 pixels, as tall again once read. */
    @Test
    void aFaxsTallPixelsAreMadeSquare() throws Exception {
        BufferedImage p = page(tiff(1686, 1143, 204, 98));
        assertEquals(2479, p.getWidth(), 2);
        assertEquals(3499, p.getHeight(), 2);
    }

    @Test
    void squarePixelsAreScaledAlike() throws Exception {
        BufferedImage p = page(tiff(1240, 1754, 150, 150));
        assertEquals(2480, p.getWidth(), 2);
        assertEquals(3508, p.getHeight(), 2);
    }
}
