package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.table.Section;

class CatalogueTest {
    private final Catalogue c = Catalogue.builtIn();

    @Test
    void builtInIsVersionedAndCoversTheSevenForms() {
        assertEquals("2024.2", c.version());
        Set<Section> sections = c.indicators().stream().map(Indicator::section).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Section.class), sections);
    }

    @Test
    void codesAreReadableNotPrintedNumbers() {
        for (Indicator i : c.indicators()) {
            assertTrue(i.code().startsWith(i.section().name() + "."), i.code());
            assertFalse(i.code().matches(".*\\d+\\.\\d+.*"), i.code());
        }
    }

    @Test
    void ratesNameTheirTerms() {
        Indicator rate = c.byCode("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN").orElseThrow();
        assertTrue(rate.isRate());
        assertEquals("TTHC.HOSO.HUYEN.DUNG_HAN", c.numerator(rate).orElseThrow().code());
        assertEquals("TTHC.HOSO.HUYEN.DA_GIAI_QUYET", c.denominator(rate).orElseThrow().code());
        assertEquals(Kind.PERCENT, rate.kind());
        for (Indicator i : c.indicators()) {
            if (i.isRate()) assertEquals(Kind.PERCENT, i.kind(), i.code());
        }
    }

    @Test
    void partsThatAddUpAreExplicit() {
        Indicator total = c.byCode("TTHC.THONG_KE.TONG_THAM_QUYEN").orElseThrow();
        assertEquals(List.of("TTHC.THONG_KE.CAP_TINH", "TTHC.THONG_KE.CAP_HUYEN", "TTHC.THONG_KE.CAP_XA"),
                c.parts(total).stream().map(Indicator::code).toList());
        assertEquals(total, c.parent(c.byCode("TTHC.THONG_KE.CAP_XA").orElseThrow()).orElseThrow());
        assertTrue(c.children(total).stream().anyMatch(i -> i.code().equals("TTHC.THONG_KE.CAP_TINH")));
    }

    @Test
    void renamedSlotsAreOneCodeWithTheRelationWrittenDown() {
        Indicator m4 = c.byCode("CQS.DVC.MUC_DO_4.TYLE").orElseThrow();
        assertTrue(m4.name().contains("mức độ 4 (toàn trình)"), m4.name());
        assertTrue(m4.note().contains("CQS.DVC.TOAN_TRINH"), m4.note());
        assertTrue(c.byCode("CQS.DVC.MUC_DO_3.TYLE").orElseThrow().aliases().stream().anyMatch(a -> a.contains("một phần")));
        assertTrue(c.byCode("CQS.DVC.MOT_PHAN.TYLE").isEmpty());
        assertTrue(c.byCode("CDDH.NHIEM_VU.UBND_THANH_PHO.TONG").isEmpty());
        assertTrue(c.byCode("CDDH.NHIEM_VU.UBND_HUYEN").orElseThrow().note().contains("UBND_THANH_PHO"));
    }

    @Test
    void rejectsBrokenCatalogues() {
        String header = "code,section,parent,name,unit,kind\n";
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(header
                + "X.A,CDDH,,a,,count\nX.A,CDDH,,b,,count\n", "dup"));
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(header + "X.A,CDDH,X.NONE,a,,count\n", "parent"));
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(header + "X.A,CDDH,,a,,weight\n", "kind"));
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(header + "X.A,NOWHERE,,a,,count\n", "section"));
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(header + "3.1,CDDH,,a,,count\n", "code"));
        assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv("code,name\nX.A,a\n", "columns"));
    }

    @Test
    void aUsersCatalogueNeedsOnlyTheRequiredColumns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "# version: local-3\ncode,section,name,kind,aliases\n"
                + "CDDH.HOP_BAN,CDDH,Số cuộc họp ban chỉ đạo CCHC,count,Số cuộc họp BCĐ CCHC | Số lần họp ban chỉ đạo\n");
        Catalogue mine = CatalogueFiles.load(f);
        assertEquals("local-3", mine.version());
        Indicator i = mine.byCode("CDDH.HOP_BAN").orElseThrow();
        assertEquals(List.of("Số cuộc họp BCĐ CCHC", "Số lần họp ban chỉ đạo"), i.aliases());
        assertEquals(null, i.parent());
    }

    @Test
    void csvAndJsonRoundTrip(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CatalogueFiles.writeCsv(c, csv);
        Path csvFile = dir.resolve("c.csv");
        Files.write(csvFile, csv.toByteArray());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CatalogueFiles.writeJson(c, json);
        Path jsonFile = dir.resolve("c.json");
        Files.writeString(jsonFile, json.toString(StandardCharsets.UTF_8));
        for (Path p : List.of(csvFile, jsonFile)) {
            Catalogue back = CatalogueFiles.load(p);
            assertEquals(c.version(), back.version());
            assertEquals(c.indicators(), back.indicators(), p.toString());
        }
    }
}
