package vn.cchc.read.docx;

import java.util.HashSet;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * The few style properties the reader needs (bold, list numbering), looked up through the {@code basedOn} chain.
 * Table-style conditional formatting is not resolved: it only ever decorates headers, which are found by their words.
 */
final class WordStyles {
    private final XWPFStyles styles;
    /** The font of text no style names one for: the document defaults, else the default paragraph style's. */
    private final String defaultFont;

    WordStyles(XWPFStyles styles) {
        this.styles = styles;
        this.defaultFont = defaultFont(styles);
    }

    /**
     * The font a run gets from its styles, when its own properties name none: its character style, its paragraph
     * style, then the document's defaults (through {@code basedOn}). Null when nothing names one.
     */
    String font(String runStyle, String paragraphStyle) {
        String f = styleFont(runStyle);
        if (f == null) f = styleFont(paragraphStyle == null ? defaultParagraphStyle() : paragraphStyle);
        return f != null ? f : defaultFont;
    }

    /** The font a {@code w:rFonts} names for Latin text (where legacy Vietnamese fonts put every character). */
    static String fontOf(Element rFonts) {
        if (rFonts == null) return null;
        String f = WordXml.attr(rFonts, "ascii");
        if (f == null) f = WordXml.attr(rFonts, "hAnsi");
        return f;
    }

    private String styleFont(String styleId) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); id = basedOn(id)) {
            Element style = element(id);
            if (style == null) return null;
            String f = fontOf(WordXml.child(WordXml.child(style, "rPr"), "rFonts"));
            if (f != null) return f;
        }
        return null;
    }

    private String defaultParagraphStyle() {
        if (styles == null || styles.getCtStyles() == null) return null;
        for (Element st : WordXml.children((Element) styles.getCtStyles().getDomNode())) {
            String isDefault = WordXml.attr(st, "default");
            if (WordXml.is(st, "style") && "paragraph".equals(WordXml.attr(st, "type"))
                    && ("1".equals(isDefault) || "true".equals(isDefault) || "on".equals(isDefault))) {
                return WordXml.attr(st, "styleId");
            }
        }
        return null;
    }

    private static String defaultFont(XWPFStyles styles) {
        if (styles == null || styles.getCtStyles() == null) return null;
        Element root = (Element) styles.getCtStyles().getDomNode();
        Element rPr = WordXml.child(WordXml.child(WordXml.child(root, "docDefaults"), "rPrDefault"), "rPr");
        return fontOf(WordXml.child(rPr, "rFonts"));
    }

    /** Whether the style (or one it is based on) sets bold; null when none says. */
    Boolean bold(String styleId) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); id = basedOn(id)) {
            Element style = element(id);
            if (style == null) return null;
            Boolean b = WordXml.onOff(WordXml.child(WordXml.child(style, "rPr"), "b"));
            if (b != null) return b;
        }
        return null;
    }

    /** The {@code w:numPr} a paragraph style gives its paragraphs (heading numbering), or null. */
    Element numPr(String styleId) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); id = basedOn(id)) {
            Element style = element(id);
            if (style == null) return null;
            Element numPr = WordXml.child(WordXml.child(style, "pPr"), "numPr");
            if (numPr != null) return numPr;
        }
        return null;
    }

    private String basedOn(String id) {
        return WordXml.val(WordXml.child(element(id), "basedOn"));
    }

    private Element element(String id) {
        if (styles == null || id == null) return null;
        XWPFStyle s = styles.getStyle(id);
        return s == null ? null : (Element) s.getCTStyle().getDomNode();
    }
}
