package vn.cchc.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.text.Vni;

/** Corpus reports typed in legacy fonts read exactly as their Unicode originals. */
class LegacyFontReportsTest {
    @TempDir
    Path dir;

    private static final FileExtractor EXTRACTOR = new FileExtractor(Readers.standard());

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = LegacyFontReportsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private FileResult extract(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return EXTRACTOR.extract(p, name);
    }

    private static void assertSameRecords(FileResult original, FileResult legacy) {
        assertNull(legacy.error());
        assertEquals(original.records().size(), legacy.records().size());
        for (int i = 0; i < original.records().size(); i++) {
            StatRecord a = original.records().get(i);
            StatRecord b = legacy.records().get(i);
            assertEquals(a.label(), b.label(), "row " + i);
            assertEquals(a.unit(), b.unit(), "row " + i);
            assertEquals(a.valueRaw(), b.valueRaw(), "row " + i);
            assertEquals(a.value(), b.value(), "row " + i);
            assertEquals(a.note(), b.note(), "row " + i);
            assertEquals(a.section(), b.section(), "row " + i);
            assertEquals(a.indicator(), b.indicator(), "row " + i);
        }
        assertEquals(original.metadata(), legacy.metadata());
    }

    @Test
    void tcvn3DocxReadsAsItsUnicodeOriginal() throws Exception {
        byte[] docx = resource("/corpus/004.docx");
        byte[] tcvn3 = LegacyFontFixtures.tcvn3Docx(docx);
        FileResult legacy = extract("004-tcvn3.docx", tcvn3);
        assertSameRecords(extract("004.docx", docx), legacy);
        assertTrue(legacy.warnings().stream().anyMatch(w -> w.contains(".VnTime")), legacy.warnings().toString());
    }

    /**
     * A Word 97 file typed in TCVN3 fonts: {@code 004-tcvn3.doc} is the corpus DOCX with every run in .VnTime /
     * .VnTimeH (LegacyFontFixtures) saved as .doc by LibreOffice, which stores "ư" (byte 0xAD, the soft hyphen of
     * Windows-1252) as Word's optional-hyphen mark: it must read as the Unicode original, every "ư" kept.
     */
    @Test
    void tcvn3DocReadsAsItsUnicodeOriginal() throws Exception {
        FileResult legacy = extract("004-tcvn3.doc", resource("/forms/004-tcvn3.doc"));
        assertSameRecords(extract("004.doc", resource("/corpus/004.doc")), legacy);
        vn.cchc.pipeline.GoldRows.assertReadsExactly(vn.cchc.pipeline.GoldRows.load("004"), legacy, "004-tcvn3.doc");
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", legacy.metadata().issuer());
        assertTrue(legacy.warnings().stream().anyMatch(w -> w.contains(".VnTime")), legacy.warnings().toString());
    }

    /** Word writes a typed 0xAD as {@code <w:softHyphen/>}: in a TCVN3 run that is "ư", not a hyphenation point. */
    @Test
    void tcvn3DocxWithSoftHyphenElementsKeepsEveryU() throws Exception {
        byte[] docx = resource("/corpus/004.docx");
        byte[] tcvn3 = LegacyFontFixtures.tcvn3Docx(docx);
        FileResult legacy = extract("004-tcvn3-softhyphen.docx", softHyphenElements(tcvn3));
        assertSameRecords(extract("004.docx", docx), legacy);
    }

    /** The DOCX with each U+00AD of its text written as Word writes an optional hyphen. */
    private static byte[] softHyphenElements(byte[] docx) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int replaced = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    String rewritten = xml.replace("\u00AD", "</w:t><w:softHyphen/><w:t xml:space=\"preserve\">");
                    replaced = xml.length() - xml.replace("\u00AD", "").length();
                    b = rewritten.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        assertTrue(replaced > 50, "the report has many a ư: " + replaced);
        return out.toByteArray();
    }

    /**
     * An RTF typed in TCVN3 fonts: {@code 004-tcvn3.rtf.gz} is the TCVN3 copy of 004.docx saved as RTF by
     * LibreOffice (gzipped: RTF is large and compresses twenty-fold); it must read as the Unicode RTF of the same
     * report, with every "ư" (byte 0xAD) kept.
     */
    @Test
    void tcvn3RtfReadsAsItsUnicodeOriginal() throws Exception {
        byte[] rtf;
        try (InputStream in = new java.util.zip.GZIPInputStream(LegacyFontReportsTest.class.getResourceAsStream("/forms/004-tcvn3.rtf.gz"))) {
            rtf = in.readAllBytes();
        }
        FileResult legacy = extract("004-tcvn3.rtf", rtf);
        assertSameRecords(extract("004.rtf", resource("/rtf/004-libreoffice.rtf")), legacy);
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", legacy.metadata().issuer());
        assertTrue(legacy.warnings().stream().anyMatch(w -> w.contains(".VnTime")), legacy.warnings().toString());
    }

    @Test
    void vniSpellingRoundTrips() {
        for (String s : List.of("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", "Tỷ lệ hồ sơ giải quyết đúng hạn",
                "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Người lập biểu", "Ủy ban nhân dân")) {
            assertEquals(s, Vni.decode(LegacyFontFixtures.vni(s)));
        }
    }

    @Test
    void vniPdfReadsAsItsUnicodeOriginal() throws Exception {
        FileResult legacy = extract("004-vni.pdf", resource("/forms/004-vni.pdf"));
        vn.cchc.pipeline.GoldRows.assertReadsExactly(vn.cchc.pipeline.GoldRows.load("004"), legacy, "004-vni.pdf");
        assertEquals("Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế", legacy.metadata().issuer());
        assertTrue(legacy.warnings().stream().anyMatch(w -> w.contains("VNI-Times")), legacy.warnings().toString());
    }
}
