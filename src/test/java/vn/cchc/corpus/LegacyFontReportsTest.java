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
