package vn.cchc.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.mime.MediaType;

/**
 * Tells what a zip or an OLE2 compound file holds. tika-core's magic sees only the container ("application/zip",
 * "application/x-tika-msoffice"); its container detectors live in the parser modules, which would pull in every
 * Office parser. A Word file or an Excel workbook is recognised by the part or stream only Word or Excel writes.
 */
final class OfficeContainers {
    static final MediaType ZIP = MediaType.application("zip");
    static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType XLS = MediaType.application("vnd.ms-excel");
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    /** Internal answer: the container itself is broken, so what it holds cannot be told. */
    private static final MediaType BROKEN = MediaType.application("x-cchc-broken-container");

    /** How much of a file may be buffered to look inside it; bigger files keep Tika's answer. */
    private static final int LIMIT = 64 * 1024 * 1024;

    private OfficeContainers() {
    }

    /**
     * What to call a container: the Word type found inside; else, when only the file name said Word, the bare
     * container (a zip named ".docx" is not a DOCX) unless the container is broken, in which case the Word reader
     * gets it and says why; else Tika's answer (an ODT, an XLS...).
     */
    static MediaType resolve(MediaType detected, MediaType container, MediaType inside) {
        String t = detected.toString();
        boolean claimsWord = t.contains("wordprocessingml") || t.contains("ms-word") || detected.equals(DOC);
        if (inside == BROKEN) return claimsWord ? detected : container;
        if (inside != null) return inside;
        return claimsWord ? container : detected;
    }

    /** The Word type inside a zip, or null. Reads as few entries as it can; the stream is reset afterwards. */
    static MediaType inZip(InputStream in) throws IOException {
        return inZip(in, LIMIT);
    }

    static MediaType inZip(InputStream in, int limit) throws IOException {
        in.mark(limit);
        Bounded bounded = new Bounded(in, limit);
        try {
            ZipInputStream zip = new ZipInputStream(bounded, StandardCharsets.UTF_8);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals("word/document.xml")) return DOCX;
                if (name.equals("xl/workbook.xml")) return XLSX;
                if (name.equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(1 << 20), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main+xml") || types.contains("wordprocessingml.template.main+xml")
                            || types.contains("ms-word.document.macroEnabled.main+xml") || types.contains("ms-word.template.macroEnabledTemplate.main+xml")) {
                        return DOCX;
                    }
                    if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("ms-excel.sheet.macroEnabled.main+xml")) {
                        return XLSX;
                    }
                    if (types.contains("officedocument")) return null; // another Office file (pptx)
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return bounded.exhausted() ? null : BROKEN; // past the limit: too far in to tell, not broken
        } finally {
            in.reset();
        }
    }

    /** The Word type inside an OLE2 file (legacy .doc, or an encrypted DOCX), or null. The stream is reset. */
    static MediaType inOle2(InputStream in) throws IOException {
        in.mark(LIMIT);
        try {
            byte[] bytes = in.readNBytes(LIMIT);
            if (bytes.length >= LIMIT) return null;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                DirectoryNode root = fs.getRoot();
                if (root.hasEntry("WordDocument")) return DOC;
                if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) return XLS;
                if (root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage")) return OOXML_PROTECTED;
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return BROKEN;
        } finally {
            in.reset();
        }
    }

    /**
     * Lets ZipInputStream read no further than the mark can reach (so the caller's stream can still be reset) and
     * keeps it from closing the caller's stream.
     */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        boolean exhausted() {
            return left <= 0;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
