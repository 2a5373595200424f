package vn.cchc.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The catalogue's aggregate column: empty means the kind's default; old catalogues without it still load. */
class AggregationTest {
    static final String OLD = """
            # version: old-1
            code,section,parent,name,unit,kind,numerator,denominator,sum_of,related,aliases,note
            A.TYLE,TTHC,,Tỷ lệ,%,percent,A.DUNG_HAN,A.TONG,,,,
            A.TONG,TTHC,A.TYLE,Tổng số hồ sơ,Hồ sơ,count,,,,,,
            A.DUNG_HAN,TTHC,A.TYLE,Số hồ sơ đúng hạn,Hồ sơ,count,,,,,,
            B.CO,CDDH,,Có tổ chức,Có = 1; Không = 0,yesno,,,,,,
            C.TYLE_KHAC,CQS,,Tỷ lệ không có số hạng,%,percent,,,,,,
            D,CQS,,Nhóm,,heading,,,,,,
            """;

    @Test
    void aCatalogueWithoutTheColumnGetsTheDefaults() throws Exception {
        Catalogue c = CatalogueFiles.parseCsv(OLD, "old.csv");
        assertEquals(Aggregation.RATE, c.byCode("A.TYLE").orElseThrow().aggregation());
        assertEquals(Aggregation.SUM, c.byCode("A.TONG").orElseThrow().aggregation());
        assertEquals(Aggregation.COUNT_YES, c.byCode("B.CO").orElseThrow().aggregation());
        assertEquals(Aggregation.RANGE, c.byCode("C.TYLE_KHAC").orElseThrow().aggregation(), "a rate without terms is never averaged");
        assertEquals(Aggregation.NONE, c.byCode("D").orElseThrow().aggregation());
        assertNull(c.byCode("A.TONG").orElseThrow().aggregate());
    }

    @Test
    void theColumnOverridesAndSurvivesARoundTrip() throws Exception {
        String text = OLD.replace("kind,numerator,denominator,sum_of,related,aliases,note", "kind,numerator,denominator,sum_of,related,aliases,note,aggregate")
                .replace("A.TONG,TTHC,A.TYLE,Tổng số hồ sơ,Hồ sơ,count,,,,,,", "A.TONG,TTHC,A.TYLE,Tổng số hồ sơ,Hồ sơ,count,,,,,,,range");
        Catalogue c = CatalogueFiles.parseCsv(text, "new.csv");
        assertEquals(Aggregation.RANGE, c.byCode("A.TONG").orElseThrow().aggregation());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CatalogueFiles.writeCsv(c, csv);
        Catalogue again = CatalogueFiles.parseCsv(csv.toString(StandardCharsets.UTF_8), "again.csv");
        assertEquals(Aggregation.RANGE, again.byCode("A.TONG").orElseThrow().aggregate());
        assertNull(again.byCode("A.DUNG_HAN").orElseThrow().aggregate(), "an empty cell stays empty, not the default spelt out");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CatalogueFiles.writeJson(c, json);
        Catalogue fromJson = CatalogueFiles.parseJson(json.toString(StandardCharsets.UTF_8), "c.json");
        assertEquals(Aggregation.RANGE, fromJson.byCode("A.TONG").orElseThrow().aggregation());
    }

    @Test
    void anUnknownRuleIsAnError() {
        String text = OLD.replace(",note\n", ",note,aggregate\n").replace("Hồ sơ,count,,,,,,\nA.DUNG", "Hồ sơ,count,,,,,,,average\nA.DUNG");
        CatalogueException e = assertThrows(CatalogueException.class, () -> CatalogueFiles.parseCsv(text, "bad.csv"));
        assertTrue(e.getMessage().contains("unknown aggregate 'average'"), e.getMessage());
    }

    @Test
    void theBuiltInCatalogueShowsProcedureCountsAsARange() {
        Catalogue c = Catalogue.builtIn();
        // every district reports the same provincial list of district-level procedures: adding them up is meaningless
        assertEquals(Aggregation.RANGE, c.byCode("TTHC.THONG_KE.CAP_HUYEN").orElseThrow().aggregation());
        assertEquals(Aggregation.RANGE, c.byCode("CQS.DVC.MUC_DO_4.TYLE").orElseThrow().aggregation());
        assertEquals(Aggregation.SUM, c.byCode("TTHC.HOSO.HUYEN.TIEP_NHAN").orElseThrow().aggregation());
        assertEquals(Aggregation.RATE, c.byCode("TTHC.HOSO.HUYEN.TYLE_DUNG_HAN").orElseThrow().aggregation());
    }
}
