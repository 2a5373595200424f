package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.read.text.TextReader;

/** The three corpus reports, read from their plain-text form. */
class CorpusMetadataTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "000.txt | UBND huyện Quảng Điền | huyen | null | null | 2024-Q1",
            "002.txt | UBND phường Hồng Hải | xa | 282/BC-UBND | 2023-12-15 | 2023",
            "004.txt | Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế | so | 863/BC-SKHĐT | 2024-03-08 | 2024-Q1"})
    void readsTheCorpus(String file, String issuer, String level, String number, String date, String period)
            throws IOException {
        ReportMetadata md = new ReportMetadataExtractor().extract(new TextReader().parse(corpus(file)));
        assertEquals(List.of(issuer, level, String.valueOf(number), String.valueOf(date), period),
                List.of(md.issuer(), md.level(), String.valueOf(md.reportNumber()), String.valueOf(md.reportDate()),
                        md.period()));
    }

    static String corpus(String name) throws IOException {
        try (InputStream in = CorpusMetadataTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
