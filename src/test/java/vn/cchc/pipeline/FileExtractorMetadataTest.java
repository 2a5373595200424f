package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.read.text.TextReader;
import vn.cchc.report.MetadataOverride;
import vn.cchc.vocabulary.Flag;

class FileExtractorMetadataTest {
    @Test
    void everyRecordCarriesTheReportMetadataAndItsFlags() throws IOException {
        FileResult r = new FileExtractor(Readers.standard()).fromDocument("000.txt", "txt",
                new TextReader().parse(corpus("000.txt")));
        assertEquals("UBND huyện Quảng Điền", r.metadata().issuer());
        assertFalse(r.records().isEmpty());
        for (StatRecord rec : r.records()) {
            assertEquals("UBND huyện Quảng Điền", rec.issuer());
            assertEquals("huyen", rec.level());
            assertEquals("2024-Q1", rec.period());
            assertTrue(rec.flags().contains(Flag.NO_REPORT_NUMBER), rec.toString());
            assertTrue(rec.flags().contains(Flag.NO_REPORT_DATE), rec.toString());
        }
    }

    @Test
    void overrideWinsForEveryRecord() throws IOException {
        FileResult r = new FileExtractor(Readers.standard(), new MetadataOverride("UBND huyện Phong Điền", "2024-H1"))
                .fromDocument("004.txt", "txt", new TextReader().parse(corpus("004.txt")));
        assertFalse(r.records().isEmpty());
        for (StatRecord rec : r.records()) {
            assertEquals("UBND huyện Phong Điền", rec.issuer());
            assertEquals("huyen", rec.level());
            assertEquals("2024-H1", rec.period());
            assertEquals("863/BC-SKHĐT", rec.reportNumber());
            assertEquals("2024-03-08", rec.reportDate());
        }
    }

    private static String corpus(String name) throws IOException {
        try (InputStream in = FileExtractorMetadataTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
