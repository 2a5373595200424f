package vn.cchc.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import vn.cchc.text.Reasons;

/**
 * The parts of an OpenDocument package (.odt, .ods) its readers use: {@code content.xml}, {@code styles.xml}, parsed
 * with the JDK's XML parser (no DTDs, no entity expansion), after the manifest has said the package is not
 * encrypted. One place for what every ODF reader must refuse in the same words.
 */
public final class OdfPackage {
    private static final int MAX_PART = 256 * 1024 * 1024;

    private final Element content;
    private final byte[] stylesXml;
    private final String format;

    private OdfPackage(Element content, byte[] stylesXml, String format) {
        this.content = content;
        this.stylesXml = stylesXml;
        this.format = format;
    }

    /** The root of {@code content.xml}. */
    public Element content() {
        return content;
    }

    /** The root of {@code styles.xml}, or null when the package has none; parsed only when asked (a workbook does not). */
    public Element styles() throws ReadException {
        return stylesXml == null ? null : parse(stylesXml, format);
    }

    /**
     * Reads the package. {@code format} names it in messages ("ODT", "ODS"), {@code what} is what a user calls it
     * ("document", "workbook").
     */
    public static OdfPackage read(InputStream in, String format, String what) throws ReadException {
        byte[] content = null;
        byte[] styles = null;
        boolean encrypted = false;
        try {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                switch (e.getName()) {
                    case "content.xml" -> content = zip.readNBytes(MAX_PART);
                    case "styles.xml" -> styles = zip.readNBytes(MAX_PART);
                    case "META-INF/manifest.xml" -> encrypted = new String(zip.readNBytes(MAX_PART), StandardCharsets.UTF_8)
                            .contains("encryption-data");
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new ReadException("corrupt " + format + " (" + Reasons.brief(e) + ")", e);
        }
        if (encrypted) throw new ReadException("password-protected " + what + " (encrypted); remove the password and try again");
        if (content == null) throw new ReadException("corrupt " + format + " (no content.xml)");
        return new OdfPackage(parse(content, format), styles, format);
    }

    private static Element parse(byte[] xml, String format) throws ReadException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ReadException("corrupt " + format + " (" + Reasons.brief(e) + ")", e);
        }
    }
}
