package vn.cchc.read.doc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.converter.AbstractWordUtils;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Text;
import vn.cchc.text.Reasons;

/**
 * Word 97-2003 documents read with Apache POI HWPF. HWPF keeps each table cell's position on the page (its left
 * edge and width), from which {@link DocTables} rebuilds the grid and the merged cells; Tika's XHTML of the same file
 * loses the spans.
 */
public final class DocReader implements DocumentReader {
    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/msword");
    }

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(in);
        } catch (EncryptedDocumentException e) {
            throw new ReadException("password-protected document (encrypted); remove the password in Word and try again");
        } catch (OldWordFileFormatException e) {
            throw new ReadException("Word 6/95 document: not supported, save it as .docx or .doc (Word 97-2003)");
        } catch (OfficeXmlFileException e) {
            throw new ReadException("not a .doc file (it is an Office Open XML file)");
        } catch (IOException | RuntimeException e) {
            throw new ReadException("corrupt DOC (" + Reasons.brief(e) + ")", e);
        }
        try (doc) {
            return read(doc);
        } catch (RuntimeException e) {
            throw new ReadException("corrupt DOC (" + Reasons.brief(e) + ")", e);
        }
    }

    private Document read(HWPFDocument doc) throws ReadException {
        Range range = doc.getRange();
        DocText text = new DocText(new AbstractWordUtils.NumberingState());
        DocTables tables = new DocTables(text);
        List<Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int tableIndex = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; ) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                org.apache.poi.hwpf.usermodel.Table t = null;
                try {
                    t = range.getTable(p);
                } catch (IllegalArgumentException e) {
                    // not the first paragraph of a table HWPF can delimit: read it as running text below
                }
                if (t != null && t.numParagraphs() > 0) {
                    boolean titleBox = false;
                    try {
                        titleBox = DocTables.isTitleBox(t);
                        if (titleBox) blocks.addAll(tables.paragraphs(t)); // still heads the next table
                        else blocks.add(tables.table(t, tableIndex));
                    } catch (RuntimeException e) {
                        // HWPF fails on some odd table structures: lose that table, not the whole document
                        warnings.add("table " + (tableIndex + 1) + " could not be read (" + Reasons.brief(e) + ")");
                    }
                    if (!titleBox) tableIndex++;
                    i += t.numParagraphs();
                    continue;
                }
            }
            String s = Text.cleanMarkup(text.paragraph(p).text());
            if (!s.isEmpty()) blocks.add(new Paragraph(s, null));
            i++;
        }
        if (blocks.isEmpty()) throw new ReadException("empty document (no text)");
        if (text.sawTrackedChanges()) warnings.add("tracked changes read as if accepted");
        if (!text.legacyFonts().isEmpty()) warnings.add(vn.cchc.text.LegacyFonts.warning(text.legacyFonts()));
        return new Document(format(), blocks, warnings);
    }

    /** The label HWPF computes for a list paragraph ("1.", "II."), or "". */
    static String listLabel(AbstractWordUtils.NumberingState state, org.apache.poi.hwpf.usermodel.Paragraph p) {
        if (!p.isInList()) return "";
        try {
            HWPFList list = p.getList();
            if (list == null) return "";
            String label = AbstractWordUtils.getBulletText(state, list, (char) p.getIlvl());
            StringBuilder b = new StringBuilder();
            for (char ch : label.toCharArray()) b.append(ch >= '\uF020' && ch <= '\uF0FF' ? (char) (ch - 0xF000) : ch);
            return b.toString().strip();
        } catch (RuntimeException e) {
            return ""; // a broken list table must not lose the paragraph's own text
        }
    }
}
