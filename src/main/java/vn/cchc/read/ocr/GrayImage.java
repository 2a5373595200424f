package vn.cchc.read.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A grey page image, one byte per pixel (0 black, 255 white). Scans arrive in every colour model; the steps after
 * rendering only need brightness, and a plain array keeps them fast and simple.
 */
final class GrayImage {
    final int width;
    final int height;
    final byte[] px;

    GrayImage(int width, int height, byte[] px) {
        this.width = width;
        this.height = height;
        this.px = px;
    }

    static GrayImage of(BufferedImage img) {
        BufferedImage gray = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            g.setColor(Color.WHITE); // a transparent PNG is paper, not ink
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(img, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (data.length != img.getWidth() * img.getHeight()) { // a raster with padding: copy row by row
            byte[] copy = new byte[img.getWidth() * img.getHeight()];
            gray.getRaster().getDataElements(0, 0, img.getWidth(), img.getHeight(), copy);
            data = copy;
        } else if (gray == img) {
            data = data.clone();
        }
        return new GrayImage(img.getWidth(), img.getHeight(), data);
    }

    int at(int x, int y) {
        return px[y * width + x] & 0xFF;
    }

    BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, width, height, px);
        return img;
    }

    /** Scaled by {@code factor} with bicubic interpolation (a 150 dpi scan brought to the 300 dpi Tesseract likes). */
    GrayImage scaled(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(toBufferedImage(), 0, 0, w, h, null);
        g.dispose();
        return of(out);
    }

    /** Rotated about its centre by {@code degrees} (counter-clockwise positive), the uncovered corners white. */
    GrayImage rotated(double degrees) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(toBufferedImage(), AffineTransform.getRotateInstance(Math.toRadians(-degrees), width / 2.0, height / 2.0), null);
        g.dispose();
        return of(out);
    }
}
