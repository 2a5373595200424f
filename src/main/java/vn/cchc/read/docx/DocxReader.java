package vn.cchc.read.docx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.w3c.dom.Node;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;
import vn.cchc.text.Reasons;

/**
 * Word 2007+ documents (DOCX, DOCM, DOTX) read with Apache POI: the package is opened by XWPF, the body is walked in
 * reading order by {@link DocxBody} so that the heading before each table stays before it.
 */
public final class DocxReader implements DocumentReader {
    /** An encrypted OOXML file is an OLE2 container holding these two streams instead of a zip. */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    @Override
    public Set<String> mediaTypes() {
        return Set.of(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
                "application/vnd.ms-word.document.macroenabled.12",
                "application/vnd.ms-word.template.macroenabled.12",
                "application/x-tika-ooxml-protected");
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Document read(InputStream raw) throws IOException, ReadException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new ReadException("empty file"); // POI says so with an unchecked exception, before any zip is read
        } catch (IOException e) {
            throw new ReadException("empty or unreadable file");
        }
        if (magic == FileMagic.OLE2) throw new ReadException(ole2Reason(in));
        if (magic != FileMagic.OOXML) throw new ReadException("not a DOCX file (no zip signature)");
        try (XWPFDocument docx = open(in)) {
            return read(docx);
        } catch (EmptyFileException e) {
            throw new ReadException("empty file");
        } catch (POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("Strict OOXML")) {
                throw new ReadException("Strict Open XML document: not supported, save it as a Word Document (.docx)", e);
            }
            throw new ReadException("corrupt DOCX (" + reason(e) + ")", e);
        } catch (IOException e) {
            throw new ReadException("corrupt DOCX (" + reason(e) + ")", e);
        }
    }

    /**
     * Opens the package. POI and commons-compress meet some damaged zips with a NullPointerException or the like
     * (often without a stack trace, once the JIT has seen it): whatever the opening throws is the file's fault. What
     * the walk throws afterwards is not, and goes on as it is.
     */
    private static XWPFDocument open(InputStream in) throws IOException, ReadException {
        try {
            return new XWPFDocument(in);
        } catch (POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException e) {
            throw e; // told apart by the caller
        } catch (RuntimeException e) {
            throw new ReadException("corrupt DOCX (damaged zip)", e);
        }
    }

    /** Reads an opened document; public so that tests can read documents built with XWPF. */
    /** A DOCX with a paragraph and a table, written and read back: POI's OOXML package and schema classes. */
    @Override
    public void warmUp() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("STT");
            doc.createTable(2, 2).getRow(0).getCell(0).setText("1");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.write(bytes);
            read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException | ReadException | RuntimeException e) {
            // nothing to warm: the real file will say what is wrong
        }
    }

    public Document read(XWPFDocument docx) throws ReadException {
        if (docx.getDocument() == null || docx.getDocument().getBody() == null) {
            throw new ReadException("not a Word document (no document body)");
        }
        Node body = docx.getDocument().getBody().getDomNode();
        boolean paged = WordXml.hasDescendant(body, "lastRenderedPageBreak");
        DocxBody walker = new DocxBody(new WordStyles(docx.getStyles()), new ListNumbering(docx.getNumbering()), paged);
        walker.walk(body);
        if (walker.blocks().isEmpty()) throw new ReadException("empty document (no text)");
        return new Document(format(), walker.blocks(), walker.warnings());
    }

    private static String ole2Reason(InputStream in) {
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry(ENCRYPTION_INFO)) {
                return "password-protected document (encrypted); remove the password in Word and try again";
            }
            return "not a DOCX file (a legacy Office document)";
        } catch (IOException | RuntimeException e) {
            return "corrupt Office document (" + reason(e) + ")";
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof XmlException)) root = root.getCause();
        // POI drops the cause when a part's XML is bad (XWPFNumbering.onDocumentRead): where it was thrown names the part
        if (root.getMessage() == null && root.getStackTrace().length > 0) {
            String thrower = root.getStackTrace()[0].getClassName();
            String simple = thrower.substring(thrower.lastIndexOf('.') + 1);
            if (simple.startsWith("XWPF") && simple.length() > 4) {
                return "damaged " + simple.substring(4).toLowerCase(java.util.Locale.ROOT) + " part";
            }
        }
        return Reasons.brief(root);
    }
}
