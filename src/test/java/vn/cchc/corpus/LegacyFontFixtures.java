package vn.cchc.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.cchc.text.Tcvn3;
import vn.cchc.text.Vni;

/**
 * Turns a Unicode report into the legacy-font report an office typing in TCVN3 would have sent: every run's text
 * written in the TCVN3 code points of the ".VnTime" font (".VnTimeH" for the capitals TCVN3 keeps only in that face),
 * as Word stores them (the font's bytes read as Windows-1252). Characters TCVN3 has no code for (typographic quotes,
 * dashes) stay in a Unicode font, as they would have been typed in one.
 */
public final class LegacyFontFixtures {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Map<Character, Integer> TCVN3 = tcvn3Codes();

    private LegacyFontFixtures() {
    }

    private static Map<Character, Integer> tcvn3Codes() {
        Map<Character, Integer> m = new HashMap<>();
        for (int b = 0x01; b <= 0xFF; b++) {
            if (b >= 0xB0 && b <= 0xB4) continue; // the combining marks: precomposed letters are used
            char c = Tcvn3.charOf(b);
            if (b < 0x80 && c == (char) b) continue;
            m.putIfAbsent(c, b);
        }
        return m;
    }

    /** How Word stores a byte of an 8-bit font: its Windows-1252 character, or the C1 character when 1252 has none. */
    private static char stored(int b) {
        if (b < 0x80) return (char) b;
        String s = new String(new byte[] {(byte) b}, CP1252);
        return s.charAt(0) == '\uFFFD' ? (char) b : s.charAt(0);
    }

    private enum Face { NORMAL, CAPITALS, UNICODE, ANY }

    private static Face face(char c) {
        if (c < 0x80) return Character.isLetter(c) ? (Character.isUpperCase(c) ? Face.ANY : Face.NORMAL) : Face.ANY;
        Integer b = TCVN3.get(c);
        if (b != null && b >= 0x20) return Character.isUpperCase(c) ? Face.ANY : Face.NORMAL;
        char lower = Character.toLowerCase(c);
        Integer lb = TCVN3.get(lower);
        if (Character.isUpperCase(c) && lb != null && lb >= 0x20) return Face.CAPITALS;
        return Face.UNICODE;
    }

    private static String encode(String s, Face face) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (face == Face.UNICODE) {
                sb.append(c);
                continue;
            }
            char x = face == Face.CAPITALS ? Character.toLowerCase(c) : c;
            if (x < 0x80) sb.append(x);
            else sb.append(stored(TCVN3.get(x)));
        }
        return sb.toString();
    }

    /** Text cut into pieces of one face, each piece as long as possible. */
    private static List<String[]> pieces(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String[]> out = new ArrayList<>();
        Face current = null;
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) {
            Face f = face(c);
            if (f == Face.ANY) {
                // capitals TCVN3 has in its normal face are also in the capitals face (as their lower-case codes)
                if (current == Face.UNICODE) {
                    out.add(new String[] {Face.UNICODE.name(), sb.toString()});
                    sb.setLength(0);
                    current = null;
                }
                sb.append(c);
                continue;
            }
            if (current != null && f != current) {
                out.add(new String[] {current.name(), sb.toString()});
                sb.setLength(0);
            }
            current = f;
            sb.append(c);
        }
        if (!sb.isEmpty()) out.add(new String[] {(current == null ? Face.NORMAL : current).name(), sb.toString()});
        return out;
    }

    /** The DOCX with every run in TCVN3 fonts. */
    public static byte[] tcvn3Docx(byte[] docx) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) part = tcvn3DocumentXml(part);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(part);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] tcvn3DocumentXml(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList runs = doc.getElementsByTagNameNS(W, "r");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < runs.getLength(); i++) all.add((Element) runs.item(i));
        for (Element r : all) {
            Element rPr = null;
            List<Node> content = new ArrayList<>();
            for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("rPr")) rPr = e;
                else content.add(n);
            }
            if (content.stream().noneMatch(n -> n instanceof Element e && e.getLocalName().equals("t"))) continue;
            Node parent = r.getParentNode();
            for (Node n : content) {
                if (n instanceof Element e && e.getLocalName().equals("t")) {
                    for (String[] piece : pieces(e.getTextContent())) {
                        Face face = Face.valueOf(piece[0]);
                        String font = switch (face) {
                            case CAPITALS -> ".VnTimeH";
                            case UNICODE -> "Times New Roman";
                            default -> ".VnTime";
                        };
                        Element t = doc.createElementNS(W, "w:t");
                        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
                        t.setTextContent(encode(piece[1], face));
                        parent.insertBefore(run(doc, rPr, font, t), r);
                    }
                } else {
                    parent.insertBefore(run(doc, rPr, ".VnTime", n.cloneNode(true)), r);
                }
            }
            parent.removeChild(r);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    private static Element run(Document doc, Element rPr, String font, Node child) {
        Element r = doc.createElementNS(W, "w:r");
        Element props = rPr == null ? doc.createElementNS(W, "w:rPr") : (Element) rPr.cloneNode(true);
        for (Node n = props.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && e.getLocalName().equals("rFonts")) props.removeChild(n);
            n = next;
        }
        Element fonts = doc.createElementNS(W, "w:rFonts");
        fonts.setAttributeNS(W, "w:ascii", font);
        fonts.setAttributeNS(W, "w:hAnsi", font);
        fonts.setAttributeNS(W, "w:cs", font);
        props.insertBefore(fonts, props.getFirstChild());
        r.appendChild(props);
        r.appendChild(child);
        return r;
    }

    // ---- VNI

    private static final Map<Character, String> VNI = vniCodes();

    /** Each Vietnamese letter's VNI spelling (one or two Windows-1252 characters), found by decoding every pair. */
    private static Map<Character, String> vniCodes() {
        Map<Character, String> m = new HashMap<>();
        for (int a = 0x20; a <= 0xFF; a++) {
            String one = new String(new byte[] {(byte) a}, CP1252);
            if (one.charAt(0) == '\uFFFD') continue;
            String d = Vni.decode(one);
            if (d.length() == 1 && d.charAt(0) >= 0x80 && !d.equals(one)) m.putIfAbsent(d.charAt(0), one);
        }
        for (int a = 0x41; a <= 0x7A; a++) {
            for (int b = 0xC0; b <= 0xFF; b++) {
                String two = "" + (char) a + new String(new byte[] {(byte) b}, CP1252);
                String d = Vni.decode(two);
                if (d.length() == 1) m.putIfAbsent(d.charAt(0), two);
            }
        }
        // ơ, ư with tones: the VNI letter for ơ / ư followed by the tone mark
        for (char base : new char[] {'ô', 'Ô', 'ö', 'Ö'}) {
            for (int b = 0xC0; b <= 0xFF; b++) {
                String two = "" + base + new String(new byte[] {(byte) b}, CP1252);
                String d = Vni.decode(two);
                if (d.length() == 1) m.putIfAbsent(d.charAt(0), two);
            }
        }
        return m;
    }

    /** Unicode text in VNI (Windows-1252 characters), or null when a character has no VNI spelling. */
    public static String vni(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (c < 0x80) {
                sb.append(c);
                continue;
            }
            String v = VNI.get(c);
            if (v == null) v = VNI.get(Character.toLowerCase(c)) == null ? null
                    : VNI.get(Character.toLowerCase(c)).toUpperCase(Locale.ROOT);
            if (v == null) {
                byte[] b = String.valueOf(c).getBytes(CP1252);
                if (b.length == 1 && b[0] != '?') v = String.valueOf(c); // a quote or dash of Windows-1252
                else v = "?";
            }
            sb.append(v);
        }
        return sb.toString();
    }

    /** Writes a TCVN3 copy of a DOCX (to score it by hand): {@code LegacyFontFixtures IN.docx OUT.docx}. */
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.write(java.nio.file.Path.of(args[1]), tcvn3Docx(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0]))));
    }
}
