package vn.cchc.read.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds tiny DOCX files from WordprocessingML written by hand, for shapes XWPF cannot make (vMerge, hMerge,
 * gridBefore, content controls, tracked changes, fields). Parts: the body, and optionally styles and numbering.
 */
final class DocxFixture {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private String styles;
    private String numbering;

    static DocxFixture docx() {
        return new DocxFixture();
    }

    DocxFixture styles(String stylesXml) {
        this.styles = stylesXml;
        return this;
    }

    DocxFixture numbering(String numberingXml) {
        this.numbering = numberingXml;
        return this;
    }

    /** The DOCX bytes for a body written as the inside of {@code <w:body>}. */
    byte[] body(String bodyXml) {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            rels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", rels.toString());
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>"
                    + bodyXml + "</w:body></w:document>");
            if (styles != null) put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + NS + ">" + styles + "</w:styles>");
            if (numbering != null) put(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + NS + ">" + numbering + "</w:numbering>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A paragraph of plain runs. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String boldP(String text) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A cell with optional properties and content (paragraphs). */
    static String tc(String tcPr, String content) {
        return "<w:tc>" + (tcPr.isEmpty() ? "" : "<w:tcPr>" + tcPr + "</w:tcPr>") + content + "</w:tc>";
    }

    static String tc(String text) {
        return tc("", p(text));
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl><w:tblPr/>" + String.join("", rows) + "</w:tbl>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
