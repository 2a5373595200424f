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

    WordStyles(XWPFStyles styles) {
        this.styles = styles;
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
