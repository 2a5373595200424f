package vn.cchc.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Recognises a scan's format (PDF, PNG, JPEG, TIFF) with Tika's detector over a database of those few types
 * ({@code scan-mimetypes.xml}, copied from Tika's own), not of every type Tika knows: parsing that database (an XML file
 * of some 1600 types) costs a one-page scan about a tenth of its Java start-up, on the cores its first page waits for.
 * Only the unmistakable case is decided here, where Tika's whole database answers the same: the file's first bytes are
 * one of these formats' signatures and its name (when it has one) is that format's. Anything else goes to Tika's
 * whole database as before.
 */
final class ScanTypes {
    private static final Set<MediaType> SCANS = Set.of(MediaType.application("pdf"), MediaType.image("png"),
            MediaType.image("jpeg"), MediaType.image("tiff"));

    private ScanTypes() {
    }

    /** Loaded on first need: a text report never needs it. */
    private static final class Holder {
        static final MimeTypes TYPES = load();

        private static MimeTypes load() {
            try (InputStream in = ScanTypes.class.getResourceAsStream("scan-mimetypes.xml")) {
                return MimeTypesFactory.create(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MimeTypeException e) {
                throw new IllegalStateException("scan-mimetypes.xml: " + e.getMessage(), e);
            }
        }
    }

    /** The scan format of the stream (marked and reset by Tika), or null when Tika's whole database must decide. */
    static MediaType detect(InputStream in, String fileName) throws IOException {
        MediaType byContent = Holder.TYPES.detect(in, new Metadata());
        if (!SCANS.contains(byContent)) return null;
        if (fileName == null) return byContent;
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return byContent.equals(Holder.TYPES.detect(null, named)) ? byContent : null;
    }
}
