package vn.cchc.read.odt;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.OdfPackage;
import vn.cchc.read.OdfStyles;
import vn.cchc.read.ReadException;

/**
 * OpenDocument text (.odt, LibreOffice's own format), read from its {@code content.xml}: the body in reading order,
 * tables with their spans ({@code number-columns-spanned}, covered cells) and header rows. The JDK's XML parser is
 * enough; Tika's ODF module would add a dependency and drop the spans.
 */
public final class OdtReader implements DocumentReader {
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
        OdfPackage odf = OdfPackage.read(in, "ODT", "document");
        OdfStyles styleSheet = new OdfStyles(odf.styles(), odf.content());
        OdtBody body = new OdtBody(styleSheet);
        body.walk(OdtBody.officeText(odf.content()));
        if (body.blocks().isEmpty()) throw new ReadException("empty document (no text)");
        return new Document(format(), body.blocks(), body.warnings());
    }
}
