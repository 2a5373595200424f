package vn.cchc.read.rtf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;

/**
 * Rich Text Format, as Word saves it ("Save as: Rich Text Format"): paragraphs and tables in reading order, read by
 * {@link RtfParser}. The JDK's {@code RTFEditorKit} drops tables and the Unicode escapes of Vietnamese text, and
 * Tika's RTF parser gives text without the table grid, so cchc parses RTF itself: it is a small token language.
 */
public final class RtfReader implements DocumentReader {
    /** Far above any real report; a bigger RTF is an embedded scan or a mistake. */
    private static final int MAX_BYTES = 256 * 1024 * 1024;

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/rtf", "text/rtf");
    }

    @Override
    public String format() {
        return "rtf";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        byte[] bytes = in.readNBytes(MAX_BYTES);
        if (bytes.length == 0) throw new ReadException("empty file");
        String head = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
        if (!head.equals("{\\rtf")) throw new ReadException("not an RTF file (no {\\rtf header)");
        Document doc = new RtfParser(bytes).parse();
        if (doc.blocks().isEmpty()) throw new ReadException("empty file (no text)");
        return doc;
    }
}
