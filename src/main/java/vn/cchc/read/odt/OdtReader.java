package vn.cchc.read.odt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;
import vn.cchc.text.Reasons;

/**
 * OpenDocument text (.odt, LibreOffice's own format), read from its {@code content.xml}: the body in reading order,
 * tables with their spans ({@code number-columns-spanned}, covered cells) and header rows. The JDK's XML parser is
 * enough; Tika's ODF module would add a dependency and drop the spans.
 */
public final class OdtReader implements DocumentReader {
    private static final int MAX_PART = 256 * 1024 * 1024;

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template");
    }

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
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
            throw new ReadException("corrupt ODT (" + Reasons.brief(e) + ")", e);
        }
        if (encrypted) throw new ReadException("password-protected document (encrypted); remove the password and try again");
        if (content == null) throw new ReadException("corrupt ODT (no content.xml)");
        Element root = parse(content);
        OdtStyles styleSheet = new OdtStyles(styles == null ? null : parse(styles), root);
        OdtBody body = new OdtBody(styleSheet);
        body.walk(OdtBody.officeText(root));
        if (body.blocks().isEmpty()) throw new ReadException("empty document (no text)");
        return new Document(format(), body.blocks(), body.warnings());
    }

    private static Element parse(byte[] xml) throws ReadException {
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
            throw new ReadException("corrupt ODT (" + Reasons.brief(e) + ")", e);
        }
    }
}
