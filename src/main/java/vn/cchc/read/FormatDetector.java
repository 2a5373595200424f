package vn.cchc.read;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects a file's format from its content with Tika's detector (magic bytes first, the name only as a hint), so a
 * DOCX renamed ".pdf" is still read as DOCX.
 */
public final class FormatDetector {
    /**
     * Tika and its registry of every known media type are loaded on first need, not for a plain text report, nor for a
     * scan that {@link ScanTypes} recognises.
     */
    private static final class TikaHolder {
        static final Tika TIKA = new Tika();
        static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    }

    /** The detected media type (base type, no parameters). The stream must support mark/reset. */
    public MediaType detect(InputStream in, String fileName) throws IOException {
        MediaType plain = PlainTextSniffer.plainText(in, fileName);
        if (plain != null) return plain;
        // Tika takes UTF-16 text without a byte-order mark for an image (its zero bytes match a PCX header)
        if (PlainTextSniffer.isUtf16WithoutBom(in)) return MediaType.TEXT_PLAIN;
        MediaType scan = ScanTypes.detect(in, fileName);
        if (scan != null) return scan;
        Metadata md = new Metadata();
        if (fileName != null) md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = MediaType.parse(TikaHolder.TIKA.detect(in, md)).getBaseType();
        // tika-core sees only the container (or believes the file name): look inside for a Word document
        if (isA(type, OfficeContainers.ZIP)) return OfficeContainers.resolve(type, OfficeContainers.ZIP, OfficeContainers.inZip(in));
        if (isA(type, OfficeContainers.OLE2)) return OfficeContainers.resolve(type, OfficeContainers.OLE2, OfficeContainers.inOle2(in));
        return type;
    }

    /** Whether {@code type} is {@code ancestor} or a specialisation of it (text/x-log is text/plain). */
    public static boolean isA(MediaType type, MediaType ancestor) {
        return type.equals(ancestor) || TikaHolder.REGISTRY.isSpecializationOf(type, ancestor);
    }
}
