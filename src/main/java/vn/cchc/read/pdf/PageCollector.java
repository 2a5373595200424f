package vn.cchc.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.cchc.text.LegacyFonts;
import vn.cchc.text.Vni;

/**
 * One pass over each page's content stream that keeps both the glyphs and the ruling lines. It rides on
 * {@link PDFTextStripper} for glyph positions and decoding; the path operators, which the stripper does not handle,
 * arrive in {@link #unsupportedOperator} and are turned into {@link Ruling}s. The stripper's own sorting and text
 * output are bypassed: glyphs are collected as drawn and ordered later by a stable key (PDFBOX-5308).
 */
final class PageCollector extends PDFTextStripper {
    /** Thicker than this, a filled rectangle is shading or a picture, not a line. */
    private static final float MAX_LINE_THICKNESS = 3f;

    private final List<PageContent> pages = new ArrayList<>();
    private final Map<PDFont, LegacyFonts.Kind> fontKinds = new HashMap<>();
    private final List<String> legacyFontNames = new ArrayList<>();

    private PDRectangle crop;
    private List<Glyph> glyphs;
    private List<Ruling> rulings;
    private int images;
    private int drawn;
    private int unmapped;

    // the path under construction, in display space
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float[] current;
    private float[] subpathStart;

    PageCollector() {
        super();
        setSortByPosition(false);
    }

    List<PageContent> collect(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
        return pages;
    }

    /** Glyphs drawn (not counting spaces), and how many of them had no Unicode mapping. */
    int drawnGlyphs() {
        return drawn;
    }

    int unmappedGlyphs() {
        return unmapped;
    }

    private static boolean isPrivateUse(String s) {
        int c = s.codePointAt(0);
        return c >= 0xE000 && c <= 0xF8FF;
    }

    /** Names of legacy (TCVN3 / VNI) fonts met, for the reader's warnings or failure reason. */
    List<String> legacyFontNames() {
        return legacyFontNames;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        finishPage();
        crop = page.getCropBox();
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        images = countImages(page.getResources());
        segments.clear();
        rectangles.clear();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        finishPage();
    }

    private void finishPage() {
        if (glyphs == null) return;
        pages.add(new PageContent(getCurrentPageNo(), crop.getWidth(), crop.getHeight(), glyphs, rulings, images));
        glyphs = null;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || isPrivateUse(text)) {
            // a glyph the font gives no Unicode for: kept as U+FFFD so that a number missing a digit is flagged
            // as unreadable downstream instead of silently read short
            text = "\uFFFD";
            unmapped++;
        }
        if (!text.isBlank()) drawn++;
        PDFont font = t.getFont();
        LegacyFonts.Kind kind = fontKinds.computeIfAbsent(font, this::kindOf);
        if (kind == LegacyFonts.Kind.TCVN3 || kind == LegacyFonts.Kind.TCVN3_CAPITALS) {
            text = LegacyFonts.fromTcvn3(text, kind == LegacyFonts.Kind.TCVN3_CAPITALS);
        }
        float size = t.getFontSizeInPt();
        if (!(size >= 1)) size = Math.max(1, t.getHeightDir());
        if (kind == LegacyFonts.Kind.VNI) {
            if (addVniMark(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size)) return;
            text = LegacyFonts.convert(text, kind);
        }
        Glyph g = new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, isBold(font));
        if (!isOverprint(g)) glyphs.add(g);
    }

    /**
     * VNI draws a toned vowel as two glyphs, the letter and then its marks ("e" + "ä" = "ệ"), the mark drawn over the
     * letter. A mark glyph right after a vowel of the same line is joined to it; true when it was.
     */
    private boolean addVniMark(String text, float x, float baseline, float width, float size) {
        if (text.length() != 1 || glyphs.isEmpty()) return false;
        String marks = Vni.marks(text.charAt(0));
        if (marks == null) return false;
        Glyph prev = glyphs.get(glyphs.size() - 1);
        String base = prev.text();
        if (base.length() != 1 || !Vni.acceptsMarks(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).charAt(0), marks)
                || Math.abs(prev.baseline() - baseline) > size * 0.3f || x > prev.right() + size * 0.5f) {
            return false;
        }
        String joined = java.text.Normalizer.normalize(base + marks, java.text.Normalizer.Form.NFC);
        // the letter now covers the mark's advance too, so no gap is left that would read as a space
        float right = Math.max(prev.right(), x + width);
        glyphs.set(glyphs.size() - 1, new Glyph(joined, prev.x(), prev.baseline(), right - prev.x(), prev.size(), prev.bold()));
        return true;
    }

    private LegacyFonts.Kind kindOf(PDFont font) {
        LegacyFonts.Kind kind = font == null ? LegacyFonts.Kind.UNICODE : LegacyFonts.kindOf(font.getName());
        if (kind != LegacyFonts.Kind.UNICODE) legacyFontNames.add(font.getName());
        return kind;
    }

    /** Word's "fake bold" draws a glyph twice, a fraction of a point apart. */
    private boolean isOverprint(Glyph g) {
        for (int i = glyphs.size() - 1; i >= Math.max(0, glyphs.size() - 3); i--) {
            Glyph p = glyphs.get(i);
            if (p.text().equals(g.text()) && Math.abs(p.x() - g.x()) < g.size() * 0.12f
                    && Math.abs(p.baseline() - g.baseline()) < g.size() * 0.12f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBold(PDFont font) {
        if (font == null) return false;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.endsWith(",b")) return true;
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    private static int countImages(PDResources resources) {
        if (resources == null) return 0;
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) n++;
            } catch (RuntimeException e) {
                // a broken resource entry is not worth failing the page for
            }
        }
        return n;
    }

    // ---- path operators -------------------------------------------------------------------------------------

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (glyphs == null) return;
        switch (operator.getName()) {
            case "m" -> {
                if (operands.size() >= 2) {
                    current = point(operands, 0);
                    subpathStart = current;
                }
            }
            case "l" -> {
                if (operands.size() >= 2 && current != null) {
                    float[] p = point(operands, 0);
                    segments.add(new float[] {current[0], current[1], p[0], p[1]});
                    current = p;
                }
            }
            case "c", "v", "y" -> {
                // curves are not table lines; only keep the pen position
                if (operands.size() >= 2) current = point(operands, operands.size() - 2);
            }
            case "h" -> {
                if (current != null && subpathStart != null) {
                    segments.add(new float[] {current[0], current[1], subpathStart[0], subpathStart[1]});
                    current = subpathStart;
                }
            }
            case "re" -> {
                if (operands.size() >= 4) rectangle(operands);
            }
            case "S", "s" -> paint(true, false);
            case "f", "F", "f*" -> paint(false, true);
            case "B", "B*", "b", "b*" -> paint(true, true);
            case "n" -> clearPath();
            default -> {
                // colour, clipping, marked content and the like do not matter here
            }
        }
    }

    private void rectangle(List<COSBase> operands) {
        float x = number(operands, 0), y = number(operands, 1), w = number(operands, 2), h = number(operands, 3);
        float[] a = display(x, y), b = display(x + w, y), c = display(x + w, y + h), d = display(x, y + h);
        rectangles.add(new float[] {min(a[0], b[0], c[0], d[0]), min(a[1], b[1], c[1], d[1]),
                max(a[0], b[0], c[0], d[0]), max(a[1], b[1], c[1], d[1])});
        current = a;
        subpathStart = a;
    }

    private void paint(boolean stroke, boolean fill) {
        if (stroke) {
            for (float[] s : segments) addLine(s[0], s[1], s[2], s[3]);
            for (float[] r : rectangles) {
                addLine(r[0], r[1], r[2], r[1]);
                addLine(r[0], r[3], r[2], r[3]);
                addLine(r[0], r[1], r[0], r[3]);
                addLine(r[2], r[1], r[2], r[3]);
            }
        }
        if (fill) {
            for (float[] r : rectangles) addThinRectangle(r);
            if (!stroke && !segments.isEmpty()) addThinRectangle(bounds(segments));
        }
        clearPath();
    }

    private void addThinRectangle(float[] r) {
        float w = r[2] - r[0], h = r[3] - r[1];
        if (h <= MAX_LINE_THICKNESS && w > h * 2) {
            rulings.add(new Ruling(true, (r[1] + r[3]) / 2, r[0], r[2]));
        } else if (w <= MAX_LINE_THICKNESS && h > w * 2) {
            rulings.add(new Ruling(false, (r[0] + r[2]) / 2, r[1], r[3]));
        }
    }

    private void addLine(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) < 0.5f && Math.abs(x0 - x1) >= 0.5f) {
            rulings.add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x0 - x1) < 0.5f && Math.abs(y0 - y1) >= 0.5f) {
            rulings.add(new Ruling(false, (x0 + x1) / 2, y0, y1));
        }
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
        current = null;
        subpathStart = null;
    }

    private float[] point(List<COSBase> operands, int i) {
        return display(number(operands, i), number(operands, i + 1));
    }

    /** User space through the current transformation to display space (y down from the crop box top). */
    private float[] display(float x, float y) {
        Point2D.Float p = transformedPoint(x, y);
        return new float[] {p.x - crop.getLowerLeftX(), crop.getUpperRightY() - p.y};
    }

    private static float number(List<COSBase> operands, int i) {
        return operands.get(i) instanceof COSNumber n ? n.floatValue() : 0f;
    }

    private static float[] bounds(List<float[]> segs) {
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (float[] s : segs) {
            b[0] = min(b[0], s[0], s[2]);
            b[1] = min(b[1], s[1], s[3]);
            b[2] = max(b[2], s[0], s[2]);
            b[3] = max(b[3], s[1], s[3]);
        }
        return b;
    }

    private static float min(float... v) {
        float m = v[0];
        for (float f : v) m = Math.min(m, f);
        return m;
    }

    private static float max(float... v) {
        float m = v[0];
        for (float f : v) m = Math.max(m, f);
        return m;
    }
}
