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
        if (img.getColorModel().getNumColorComponents() >= 3) return dropColour(img);
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

    /** Chroma (largest minus smallest channel) below which a pixel is grey: JPEG colour noise, a yellowed sheet. */
    private static final int GREY_CHROMA = 40;
    /** Chroma from which a pixel is coloured ink: a red stamp, a blue signature. */
    private static final int INK_CHROMA = 80;

    /**
     * A colour image to grey with the colours dropped, as a scanner's "colour dropout" does: a strongly coloured pixel
     * (a red stamp, a blue pen) takes the brightness of its brightest channel, which is near the paper's, so it is
     * not ink; a grey or black pixel (typed text, rulings, and text under a stamp, dark in every channel) keeps its
     * brightness. Typed tables are black; a heading printed in pure colour would be lost, and is not needed.
     */
    private static GrayImage dropColour(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int a = c >>> 24, r = c >> 16 & 0xFF, g = c >> 8 & 0xFF, b = c & 0xFF;
                int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                if (a == 255 && max - min <= GREY_CHROMA) { // nearly every pixel: grey paper, black type
                    out[y * w + x] = (byte) ((r * 77 + g * 150 + b * 29 + 128) >> 8);
                    continue;
                }
                double lum = r * 0.299 + g * 0.587 + b * 0.114;
                double share = Math.max(0, Math.min(1, (max - min - GREY_CHROMA) / (double) (INK_CHROMA - GREY_CHROMA)));
                double v = lum + (max - lum) * share;
                if (a < 255) v = (v * a + 255.0 * (255 - a)) / 255; // a transparent PNG is paper, not ink
                out[y * w + x] = (byte) Math.round(v);
            }
        }
        return new GrayImage(w, h, out);
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
        // bilinear, by hand: Java2D's drawImage takes a generic, per-pixel path for grey images, many times slower
        double t = Math.toRadians(-degrees), cos = Math.cos(t), sin = Math.sin(t);
        double cx = width / 2.0, cy = height / 2.0;
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double dy = y + 0.5 - cy, dx = 0.5 - cx;
            // the source point of each target pixel (the inverse rotation), moved along the row step by step
            double sx = dx * cos + dy * sin + cx - 0.5, sy = -dx * sin + dy * cos + cy - 0.5;
            int row = y * width;
            for (int x = 0; x < width; x++, sx += cos, sy -= sin) {
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                    out[row + x] = (byte) 255;
                    continue;
                }
                double fx = sx - x0, fy = sy - y0;
                int i = y0 * width + x0;
                double top = (px[i] & 0xFF) * (1 - fx) + (px[i + 1] & 0xFF) * fx;
                double bottom = (px[i + width] & 0xFF) * (1 - fx) + (px[i + width + 1] & 0xFF) * fx;
                out[row + x] = (byte) (int) (top * (1 - fy) + bottom * fy + 0.5);
            }
        }
        return new GrayImage(width, height, out);
    }
}
