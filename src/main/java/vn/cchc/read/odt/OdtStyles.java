package vn.cchc.read.odt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Bold from OpenDocument styles (automatic ones in content.xml, named ones in styles.xml), through parent styles. */
final class OdtStyles {
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private final Map<String, Element> byName = new HashMap<>();

    OdtStyles(Element stylesXml, Element contentXml) {
        if (stylesXml != null) collect(stylesXml);
        collect(contentXml); // automatic styles win over named ones of the same name
    }

    private void collect(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (STYLE.equals(e.getNamespaceURI()) && "style".equals(e.getLocalName())) {
                byName.put(e.getAttributeNS(STYLE, "name"), e);
            } else if (!"body".equals(e.getLocalName())) {
                collect(e);
            }
        }
    }

    /** Whether the style (or a parent) sets bold; null when none says. */
    Boolean bold(String name) {
        Set<String> seen = new HashSet<>();
        for (String s = name; s != null && !s.isEmpty() && seen.add(s); ) {
            Element style = byName.get(s);
            if (style == null) return null;
            for (Node c = style.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "text-properties".equals(e.getLocalName())) {
                    String w = e.getAttributeNS(FO, "font-weight");
                    if (!w.isEmpty()) return w.equals("bold") || w.matches("[6-9]00");
                }
            }
            s = style.getAttributeNS(STYLE, "parent-style-name");
        }
        return null;
    }
}
