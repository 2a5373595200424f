package vn.cchc.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fonts and bold from OpenDocument styles (automatic ones in content.xml, named ones in styles.xml), through parent
 * styles: for the text of ODT documents and the cells of ODS workbooks alike.
 */
public final class OdfStyles {
    public static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    public static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    public static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    private final Map<String, Element> byName = new HashMap<>();
    /** Font declarations: the name styles use to the family it stands for. */
    private final Map<String, String> fontFaces = new HashMap<>();
    /** The paragraph font of the default style, for text no style names a font for. */
    private String defaultFont;

    public OdfStyles(Element stylesXml, Element contentXml) {
        if (stylesXml != null) collect(stylesXml);
        collect(contentXml); // automatic styles win over named ones of the same name
    }

    private void collect(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            if (STYLE.equals(e.getNamespaceURI()) && "style".equals(e.getLocalName())) {
                byName.put(e.getAttributeNS(STYLE, "name"), e);
            } else if (STYLE.equals(e.getNamespaceURI()) && "font-face".equals(e.getLocalName())) {
                String family = e.getAttributeNS(SVG, "font-family").replace("'", "").replace("\"", "").strip();
                fontFaces.put(e.getAttributeNS(STYLE, "name"), family.isEmpty() ? e.getAttributeNS(STYLE, "name") : family);
            } else if (STYLE.equals(e.getNamespaceURI()) && "default-style".equals(e.getLocalName())
                    && ("paragraph".equals(e.getAttributeNS(STYLE, "family"))
                    || "table-cell".equals(e.getAttributeNS(STYLE, "family")) && defaultFont == null)) {
                String f = ownFont(e);
                if (f != null) defaultFont = f;
            } else if (!"body".equals(e.getLocalName())) {
                collect(e);
            }
        }
    }

    /** The font family the style (or a parent) sets; null when none says. */
    public String font(String name) {
        Set<String> seen = new HashSet<>();
        for (String s = name; s != null && !s.isEmpty() && seen.add(s); ) {
            Element style = byName.get(s);
            if (style == null) return null;
            String f = ownFont(style);
            if (f != null) return f;
            s = style.getAttributeNS(STYLE, "parent-style-name");
        }
        return null;
    }

    public String defaultFont() {
        return defaultFont;
    }

    private String ownFont(Element style) {
        for (Node c = style.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "text-properties".equals(e.getLocalName())) {
                String name = e.getAttributeNS(STYLE, "font-name");
                if (!name.isEmpty()) return fontFaces.getOrDefault(name, name);
                String family = e.getAttributeNS(FO, "font-family").replace("'", "").strip();
                if (!family.isEmpty()) return family;
            }
        }
        return null;
    }

    /** Whether the style (or a parent) sets bold; null when none says. */
    public Boolean bold(String name) {
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
