package vn.cchc.read.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.cchc.fuzz.Contract;
import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

/**
 * Fuzzes the DOCX body walker on the XML of a document body ({@code walk}: the seeds are bodies of the sample reports'
 * {@code word/document.xml}, the fuzzer mutates the XML) and the whole DOCX reader on the file's bytes ({@code read}:
 * the seeds are the sample DOCX files). The contract: a file either reads or fails with a one-line reason; a table row
 * is one {@code w:tr} of the body, its cells that row's text (a value never comes from another row), rows in order.
 */
class DocxBodyFuzzTest {
    private static final String OPEN = "<w:document xmlns:w=\"" + WordXml.W + "\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>";
    private static final String CLOSE = "</w:body></w:document>";
    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    static {
        XML.setNamespaceAware(true);
        try {
            XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XML.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void walk(byte[] data) throws ParserConfigurationException, IOException {
        String xml = OPEN + new String(data, StandardCharsets.UTF_8) + CLOSE;
        org.w3c.dom.Document dom;
        try {
            DocumentBuilder b = XML.newDocumentBuilder();
            b.setErrorHandler(null);
            dom = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            return; // not XML: POI would have refused the file before the walk
        }
        Element body = (Element) dom.getDocumentElement().getFirstChild();
        DocxBody walker = new DocxBody(new WordStyles(null), new ListNumbering(null),
                WordXml.hasDescendant(body, "lastRenderedPageBreak"));
        walker.walk(body);
        for (String w : walker.warnings()) Contract.oneLineReason(w);
        if (walker.warnings().stream().anyMatch(w -> w.contains("font"))) return; // legacy fonts: text converted
        rowsAreRows(walker.blocks(), body);
    }

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) throws IOException {
        Document doc;
        try {
            doc = new DocxReader().read(new ByteArrayInputStream(data));
        } catch (ReadException e) {
            Contract.oneLineReason(e.getMessage());
            return;
        }
        for (String w : doc.warnings()) Contract.oneLineReason(w);
    }

    @org.junit.jupiter.api.Test
    void theCheckCatchesAValueFromAnotherRow() throws Exception {
        String tr = "<w:tr><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc></w:tr>";
        String xml = OPEN + "<w:tbl>" + tr.formatted("Số văn bản", "12") + tr.formatted("Số cuộc kiểm tra", "7") + "</w:tbl>" + CLOSE;
        Element body = (Element) XML.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getFirstChild();
        DocxBody walker = new DocxBody(new WordStyles(null), new ListNumbering(null), false);
        walker.walk(body);
        rowsAreRows(walker.blocks(), body);
        Row shifted = new Row(0, List.of(Cell.of("Số văn bản", 0), Cell.of("7", 1)), null);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> rowsAreRows(List.of(new Table(0, List.of(shifted), null)), body));
    }

    /** Each table row's cells are the text of one {@code w:tr}, the rows of a table in document order. */
    static void rowsAreRows(List<Block> blocks, Element body) {
        NodeList trs = body.getElementsByTagNameNS("*", "tr");
        List<String> rowTexts = new ArrayList<>();
        for (int i = 0; i < trs.getLength(); i++) {
            StringBuilder sb = new StringBuilder();
            rowText(trs.item(i), sb);
            rowTexts.add(sb.indexOf(SYMBOL) >= 0 ? null : bare(sb.toString()));
        }
        for (Block b : blocks) {
            if (!(b instanceof Table t)) continue;
            int at = -1;
            for (Row r : t.rows()) {
                int found = -1;
                for (int k = at + 1; k < rowTexts.size() && found < 0; k++) {
                    if (holdsAll(rowTexts.get(k), r)) found = k;
                }
                if (found < 0) {
                    throw new AssertionError("row " + r.index() + " of table " + t.index() + " "
                            + r.cells().stream().map(c -> bare(c.text())).toList() + " is no w:tr after the " + (at + 1) + "th: "
                            + rowTexts.subList(at + 1, Math.min(rowTexts.size(), at + 3)));
                }
                at = found;
            }
        }
    }

    /** A {@code w:sym} in a row: its glyph is not in the XML's text, so the row is not checked. */
    private static final String SYMBOL = "\u0000";

    /**
     * The text of a row as Word shows it: its {@code w:t}s, without deleted text, hidden runs, a content control's
     * placeholder or text boxes (not read inside tables); a symbol marks the row unchecked.
     */
    private static void rowText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            String name = e.getLocalName();
            if (name == null || Set.of("del", "moveFrom", "txbxContent").contains(name)) continue;
            if (name.equals("sdt") && WordXml.child(WordXml.child(e, "sdtPr"), "showingPlcHdr") != null) continue;
            if (name.equals("r") && Boolean.TRUE.equals(WordXml.onOff(WordXml.child(WordXml.child(e, "rPr"), "vanish")))) continue;
            if (name.equals("r")) {
                // a run's own text and symbols; anything else in it (a run inside a run, a drawing) is not its text
                for (Element x : WordXml.children(e)) {
                    if (WordXml.is(x, "t")) sb.append(WordXml.text(x)); // its text nodes only
                    else if (WordXml.is(x, "sym")) sb.append(SYMBOL);
                }
            } else {
                rowText(e, sb);
            }
        }
    }

    private static boolean holdsAll(String tr, Row r) {
        if (tr == null) return true;
        for (Cell c : r.cells()) {
            if (!tr.contains(bare(c.text()))) return false;
        }
        return true;
    }

    /** Letters and digits only, NFKC (superscripts back to digits): what survives runs, breaks and cleaning. */
    static String bare(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
