package vn.cchc.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.catalogue.Aggregation;
import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.model.FileResult;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;

/**
 * Consolidates the corpus reports (a district, a ward and a department, read by the real pipeline, all declared of
 * one period) and checks each rule against figures worked out here by hand from the gold rows.
 */
class ConsolidationTest {
    static final String DISTRICT = "UBND huyện Quảng Điền";
    static final String WARD = "UBND phường Hồng Hải";
    static final String DEPARTMENT = "Sở Kế hoạch và Đầu tư tỉnh Thừa Thiên Huế";

    @TempDir
    static Path tmp;
    static Summary summary;
    static List<Duplicates.Dropped> dropped;

    @BeforeAll
    static void consolidate() throws Exception {
        // one period for all, as an analyst would get them from one quarter's folder
        FileExtractor extractor = new FileExtractor(Readers.standard(), 100L << 20, new MetadataOverride(null, "2024-Q1"),
                new IndicatorMatcher(Catalogue.builtIn()));
        List<Unit> units = new ArrayList<>();
        for (String name : List.of("000.txt", "002.txt", "004.txt", "000.docx")) {
            Path p = tmp.resolve(name);
            try (InputStream in = ConsolidationTest.class.getResourceAsStream("/corpus/" + name)) {
                Files.copy(in, p);
            }
            FileResult r = extractor.extract(p, name);
            assertNull(r.error(), name);
            units.add(Unit.of(r));
        }
        Duplicates.Resolution resolved = Duplicates.resolve(units);
        dropped = resolved.dropped();
        summary = new Consolidation(Catalogue.builtIn()).of("2024-Q1", resolved.kept(), resolved.dropped());
    }

    @Test
    void theDistrictSentTwiceCountsOnce() {
        assertEquals(3, summary.units().size());
        assertEquals(1, dropped.size());
        Duplicates.Dropped d = dropped.get(0);
        assertEquals(DISTRICT, d.unit().metadata().issuer());
        // same report date; the DOCX was copied last, so it is the newer file
        assertTrue(d.warning().contains("000.txt") && d.warning().contains("000.docx"), d.warning());
        assertEquals(d.kept().file(), d.unit().duplicateOf());
    }

    @Test
    void countsAreSummed() throws IOException {
        BigDecimal expected = gold("000", "CDDH", "Số văn bản chỉ đạo CCHC").add(gold("002", "CDDH", "Số văn bản chỉ đạo CCHC"))
                .add(gold("004", "CDDH", "Số văn bản chỉ đạo CCHC"));
        Line l = line("CDDH.VAN_BAN_CHI_DAO");
        assertEquals(Aggregation.SUM, l.rule());
        assertEquals(0, expected.compareTo(l.value()), "3 + 5 + 6");
        assertEquals(3, l.contributors().size());
        assertTrue(l.missing().isEmpty());
    }

    @Test
    void aRateIsRecomputedFromTheSummedTermsNotAveraged() throws IOException {
        BigDecimal online = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (String f : List.of("000", "002", "004")) {
            online = online.add(gold(f, "CQS", "Số hồ sơ TTHC đã tiếp nhận trực tuyến"));
            all = all.add(gold(f, "CQS", "Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp"));
        }
        BigDecimal expected = online.multiply(BigDecimal.valueOf(100)).divide(all, 2, RoundingMode.HALF_UP);
        Line l = line("CQS.DVC.HO_SO_TRUC_TUYEN.TYLE");
        assertEquals(Aggregation.RATE, l.rule());
        assertEquals(0, expected.compareTo(l.value()), "(732 + 3786 + 180) / (1558 + 3786 + 180)");
        // the average of the printed rates (46,4; 100; 100) would be 82,1: far from the real figure (85,0)
        BigDecimal average = BigDecimal.ZERO;
        for (String f : List.of("000", "002", "004")) average = average.add(gold(f, "CQS", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"));
        average = average.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
        assertTrue(average.subtract(l.value()).abs().compareTo(BigDecimal.ONE) > 0, average + " vs " + l.value());
        assertEquals(3, l.contributors().size());
    }

    @Test
    void yesNoBecomesTheNumberOfUnitsAnsweringYes() throws IOException {
        int yes = 0;
        for (String f : List.of("000", "002", "004")) {
            if (BigDecimal.ONE.equals(gold(f, "CDDH", "Tổ chức đối thoại").stripTrailingZeros())) yes++;
        }
        Line l = line("CDDH.DOI_THOAI");
        assertEquals(Aggregation.COUNT_YES, l.rule());
        assertEquals(BigDecimal.valueOf(yes), l.value(), "only the district answered Có");
        assertEquals(3, l.contributors().size());
        assertTrue(Notes.of(l, 3).startsWith("1/3 đơn vị trả lời Có"), Notes.of(l, 3));
    }

    @Test
    void aNonAdditiveIndicatorShowsItsRange() throws IOException {
        BigDecimal district = gold("000", "CQS", "Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3");
        BigDecimal department = gold("004", "CQS", "Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3");
        Line l = line("CQS.DVC.MUC_DO_3.DU_DIEU_KIEN");
        assertEquals(Aggregation.RANGE, l.rule());
        assertNull(l.value(), "376 and 127 procedures are not 503");
        assertEquals(0, district.min(department).compareTo(l.min()));
        assertEquals(0, district.max(department).compareTo(l.max()));
        assertEquals("127 – 376", Notes.figure(l));
    }

    @Test
    void aUnitWithoutTheFigureIsNamedAsMissing() throws IOException {
        // the department printed the row of district-level procedures without a figure
        assertNull(gold("004", "TTHC", "Số TTHC cấp huyện"));
        Line l = line("TTHC.THONG_KE.CAP_HUYEN");
        assertEquals(List.of(WARD, DISTRICT), l.contributors(), "units in input order; the district's DOCX came last");
        assertEquals(List.of(DEPARTMENT), l.missing());
        BigDecimal ward = gold("002", "TTHC", "Số TTHC cấp huyện");
        BigDecimal district = gold("000", "TTHC", "Số TTHC cấp huyện");
        assertNull(l.value());
        assertEquals(Notes.number(ward) + " – " + Notes.number(district), Notes.figure(l));
        assertTrue(Notes.of(l, 3).contains("; thiếu: " + DEPARTMENT), Notes.of(l, 3));
    }

    @Test
    void linesFollowTheTemplate() {
        Line first = summary.lines().get(0);
        assertTrue(first.row().isSection());
        assertEquals("I", first.row().stt());
        List<String> sections = summary.lines().stream().filter(l -> l.row().isSection()).map(l -> l.row().stt()).toList();
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"), sections);
    }

    private static Line line(String code) {
        return summary.lines().stream().filter(l -> !l.row().isSection() && l.row().indicator().code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + code));
    }

    /** The value of the first gold row of the section whose label starts so (null when printed without one). */
    static BigDecimal gold(String file, String section, String labelStart) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ConsolidationTest.class.getResourceAsStream("/corpus/gold/" + file + ".jsonl")) {
            for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (text.isBlank()) continue;
                JsonNode n = json.readTree(text);
                if (n.get("section").asText().equals(section) && n.get("label").asText().startsWith(labelStart)) {
                    return n.get("value").isNull() ? null : n.get("value").decimalValue();
                }
            }
        }
        throw new AssertionError("no gold row " + file + " " + section + " " + labelStart);
    }
}
