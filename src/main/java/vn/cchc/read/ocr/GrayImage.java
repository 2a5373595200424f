package vn.cchc.read.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
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
        if (packedColour(img, out)) return new GrayImage(w, h, out);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) out[y * w + x] = grey(row[x]);
        }
        return new GrayImage(w, h, out);
    }

    /**
     * The usual colour layouts (a PDF page rendered in colour, a decoded JPEG) read straight from their pixel array:
     * {@link BufferedImage#getRGB} converts pixel by pixel through the colour model, several times slower. False for any
     * other layout, which takes that general path.
     */
    private static boolean packedColour(BufferedImage img, byte[] out) {
        int w = img.getWidth(), h = img.getHeight();
        java.awt.image.WritableRaster r = img.getRaster();
        if (r.getParent() != null || r.getSampleModelTranslateX() != 0 || r.getSampleModelTranslateY() != 0) return false;
        int type = img.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm && sm.getScanlineStride() == w
                && r.getDataBuffer() instanceof java.awt.image.DataBufferInt buf && buf.getNumBanks() == 1 && buf.getOffset() == 0) {
            int[] data = buf.getData();
            boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
            for (int i = 0; i < w * h; i++) out[i] = grey(alpha ? data[i] : data[i] | 0xFF000000);
            return true;
        }
        if ((type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)
                && r.getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel sm
                && sm.getScanlineStride() == w * sm.getPixelStride()
                && r.getDataBuffer() instanceof DataBufferByte buf && buf.getNumBanks() == 1 && buf.getOffset() == 0) {
            byte[] data = buf.getData();
            int step = sm.getPixelStride();
            int[] off = sm.getBandOffsets(); // red, green, blue (and alpha) within a pixel
            for (int i = 0, p = 0; i < w * h; i++, p += step) {
                int a = off.length > 3 ? data[p + off[3]] & 0xFF : 255;
                out[i] = grey(a << 24 | (data[p + off[0]] & 0xFF) << 16 | (data[p + off[1]] & 0xFF) << 8 | data[p + off[2]] & 0xFF);
            }
            return true;
        }
        return false;
    }

    /** One ARGB pixel's grey, its colour dropped (see {@link #dropColour}). */
    private static byte grey(int c) {
        int a = c >>> 24, r = c >> 16 & 0xFF, g = c >> 8 & 0xFF, b = c & 0xFF;
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        if (a == 255 && max - min <= GREY_CHROMA) { // nearly every pixel: grey paper, black type
            return (byte) ((r * 77 + g * 150 + b * 29 + 128) >> 8);
        }
        double lum = r * 0.299 + g * 0.587 + b * 0.114;
        double share = Math.max(0, Math.min(1, (max - min - GREY_CHROMA) / (double) (INK_CHROMA - GREY_CHROMA)));
        double v = lum + (max - lum) * share;
        if (a < 255) v = (v * a + 255.0 * (255 - a)) / 255; // a transparent PNG is paper, not ink
        return (byte) Math.round(v);
    }

    int at(int x, int y) {
        return px[y * width + x] & 0xFF;
    }

    BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, width, height, px);
        return img;
    }

    /** Fixed-point bits of the interpolation weights (two passes of them still fit an int). */
    private static final int WEIGHT_BITS = 11;

    /**
     * Scaled by {@code factor} with bicubic interpolation (a 150 dpi scan brought to the 300 dpi Tesseract likes): the
     * cubic convolution kernel with a = -0.5, the one Java2D's bicubic hint uses, applied along rows and then along
     * columns. By hand: Java2D draws a grey image through a generic, per-pixel path, many times slower.
     */
    GrayImage scaled(double factor) {
        return scaled(factor, factor);
    }

    /**
     * Scaled by {@code fx} across and {@code fy} down: a fax's standard resolution (204 x 98 dpi) has pixels twice as
     * tall as they are wide.
     */
    GrayImage scaled(double fx, double fy) {
        int w = Math.max(1, (int) Math.round(width * fx));
        int h = Math.max(1, (int) Math.round(height * fy));
        int[][] cx = taps(width, w), cy = taps(height, h);
        // along the rows: every source row to the new width, weights kept (no rounding between the passes)
        int[] rows = new int[height * w];
        for (int y = 0; y < height; y++) {
            int src = y * width, dst = y * w;
            for (int x = 0; x < w; x++) {
                int[] t = cx[x];
                rows[dst + x] = t[0] * (px[src + t[4]] & 0xFF) + t[1] * (px[src + t[5]] & 0xFF)
                        + t[2] * (px[src + t[6]] & 0xFF) + t[3] * (px[src + t[7]] & 0xFF);
            }
        }
        byte[] out = new byte[w * h];
        long half = 1L << (2 * WEIGHT_BITS - 1);
        for (int y = 0; y < h; y++) {
            int[] t = cy[y];
            int r0 = t[4] * w, r1 = t[5] * w, r2 = t[6] * w, r3 = t[7] * w, dst = y * w;
            for (int x = 0; x < w; x++) {
                long v = (long) t[0] * rows[r0 + x] + (long) t[1] * rows[r1 + x] + (long) t[2] * rows[r2 + x]
                        + (long) t[3] * rows[r3 + x];
                int g = (int) ((v + half) >> (2 * WEIGHT_BITS));
                out[dst + x] = (byte) Math.max(0, Math.min(255, g));
            }
        }
        return new GrayImage(w, h, out);
    }

    /**
     * For each of {@code to} target pixels along an axis of {@code from} source pixels: four weights (fixed point,
     * summing to one) and the four source pixels they weigh, clamped at the edges. Pixel centres line up as in Java2D.
     */
    private static int[][] taps(int from, int to) {
        int[][] out = new int[to][8];
        double step = from / (double) to;
        int one = 1 << WEIGHT_BITS;
        for (int i = 0; i < to; i++) {
            double s = (i + 0.5) * step - 0.5;
            int base = (int) Math.floor(s);
            double f = s - base;
            double[] k = {cubic(1 + f), cubic(f), cubic(1 - f), cubic(2 - f)};
            int sum = 0;
            for (int j = 0; j < 4; j++) {
                out[i][j] = (int) Math.round(k[j] * one);
                sum += out[i][j];
                out[i][4 + j] = Math.max(0, Math.min(from - 1, base - 1 + j));
            }
            out[i][1] += one - sum; // rounding: the weights sum to exactly one, so flat paper stays its grey
        }
        return out;
    }

    /** The cubic convolution kernel (Keys, a = -0.5) at distance {@code d}. */
    private static double cubic(double d) {
        d = Math.abs(d);
        if (d <= 1) return (1.5 * d - 2.5) * d * d + 1;
        if (d < 2) return ((-0.5 * d + 2.5) * d - 4) * d + 2;
        return 0;
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
                // a cast truncates towards zero: the floor of a point on the page, which is all it is used for
                int x0 = (int) sx, y0 = (int) sy;
                if (sx < 0 || sy < 0 || x0 + 1 >= width || y0 + 1 >= height) { // off the page: paper
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
