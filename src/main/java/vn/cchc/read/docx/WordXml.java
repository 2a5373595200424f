package vn.cchc.read.docx;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for WordprocessingML ({@code w:} namespace) elements. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** ISO 29500 strict documents use their own namespace for the same vocabulary. */
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private WordXml() {
    }

    /** Whether {@code n} is the element {@code w:name}. */
    static boolean is(Node n, String name) {
        return n instanceof Element && name.equals(n.getLocalName()) && isW(n.getNamespaceURI());
    }

    static boolean isW(String ns) {
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) out.add(e);
        }
        return out;
    }

    /** The first child {@code w:name}, or null. */
    static Element child(Node parent, String name) {
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, name)) return (Element) c;
        }
        return null;
    }

    /** The {@code w:val} attribute, or null when absent. */
    static String val(Element e) {
        if (e == null) return null;
        String v = e.getAttributeNS(W, "val");
        if (v.isEmpty()) v = e.getAttributeNS(W_STRICT, "val");
        if (v.isEmpty()) v = e.getAttribute("w:val");
        return v.isEmpty() ? null : v;
    }

    static String attr(Element e, String localName) {
        if (e == null) return null;
        String v = e.getAttributeNS(W, localName);
        if (v.isEmpty()) v = e.getAttributeNS(W_STRICT, localName);
        return v.isEmpty() ? null : v;
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="0"/>}): null when absent. */
    static Boolean onOff(Element e) {
        if (e == null) return null;
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    static int intVal(Element e, int fallback) {
        String v = val(e);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** The character data directly inside an element (XmlBeans' DOM has no getTextContent). */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) b.append(c.getNodeValue());
        }
        return b.toString();
    }

    /** The first descendant {@code w:name} of {@code n} in document order, or null. */
    static Element firstDescendant(Node n, String name) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, name)) return (Element) c;
            Element found = firstDescendant(c, name);
            if (found != null) return found;
        }
        return null;
    }

    /** Whether any descendant of {@code n} is {@code w:name}. */
    static boolean hasDescendant(Node n, String name) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, name) || hasDescendant(c, name)) return true;
        }
        return false;
    }
}
