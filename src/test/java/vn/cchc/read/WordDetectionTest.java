package vn.cchc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Word files are recognised by what is inside their container, whatever their name says. */
class WordDetectionTest {
    private final FormatDetector detector = new FormatDetector();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WordDetectionTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    private String detect(byte[] bytes, String name) throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        String type = detector.detect(in, name).toString();
        assertEquals(bytes.length > 0 ? bytes[0] & 0xFF : -1, in.read(), "the stream is reset for the reader");
        return type;
    }

    @Test
    void docxIsDocxWhateverItsName() throws IOException {
        byte[] docx = fixture("000.docx");
        String expected = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertEquals(expected, detect(docx, "000.docx"));
        assertEquals(expected, detect(docx, "000.pdf"));
        assertEquals(expected, detect(docx, null));
    }

    @Test
    void docIsDocWhateverItsName() throws IOException {
        byte[] doc = fixture("000.doc");
        assertEquals("application/msword", detect(doc, "000.doc"));
        assertEquals("application/msword", detect(doc, "000.pdf"));
        assertEquals("application/msword", detect(doc, null));
    }

    @Test
    void aBrokenContainerNamedWordGoesToTheWordReaderToSayWhy() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(fixture("000.doc"), 20000);
        assertEquals("application/msword", detect(cut, "000.doc"));
        assertEquals("application/x-tika-msoffice", detect(cut, "000.pdf"));
    }

    @Test
    void aZipTooBigToLookIntoKeepsTikasAnswerAndIsStillReadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] noise = new byte[20_000];
            new java.util.Random(1).nextBytes(noise);
            zip.write(noise);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(null, OfficeContainers.inZip(in, 4096), "past the limit nothing is known, nothing is broken");
        assertEquals('P', in.read());
        in.reset();
        assertEquals(OfficeContainers.DOCX, OfficeContainers.inZip(in, 1 << 20));
    }

    @Test
    void aZipNamedDocxIsJustAZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hi".getBytes());
        }
        assertEquals("application/zip", detect(bytes.toByteArray(), "report.docx"));
    }

    @Test
    void anExcelWorkbookNamedDocIsNotWordButAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("a");
            wb.write(bytes);
        }
        assertEquals("application/vnd.ms-excel", detect(bytes.toByteArray(), "report.doc"));
    }

    @Test
    void plainTextStaysPlainText() throws IOException {
        assertEquals("text/plain", detect("STT\tChỉ tiêu\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt"));
    }
}
