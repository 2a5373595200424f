package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.vocabulary.Flag;

class MetadataOverrideTest {
    private final ReportMetadata read = new ReportMetadata(null, null, "12/BC-UBND", null, null,
            List.of(Flag.NO_REPORT_DATE, Flag.NO_ISSUER, Flag.NO_LEVEL, Flag.NO_PERIOD));

    @Test
    void issuerAndPeriodWinAndTheirFlagsGo() {
        ReportMetadata md = new MetadataOverride("UBND phường Hồng Hải", "2023").apply(read);
        assertEquals(new ReportMetadata("UBND phường Hồng Hải", "xa", "12/BC-UBND", null, "2023",
                List.of(Flag.NO_REPORT_DATE)), md);
    }

    @Test
    void levelComesFromTheGivenNameOrIsFlagged() {
        ReportMetadata known = new ReportMetadata("UBND huyện A", "huyen", null, null, "2024", List.of());
        assertEquals("so", new MetadataOverride("Sở Y tế tỉnh Quảng Nam", null).apply(known).level());
        ReportMetadata unknown = new MetadataOverride("Phòng Nội vụ", null).apply(known);
        assertEquals(null, unknown.level());
        assertEquals(List.of(Flag.NO_LEVEL), unknown.flags());
    }

    @Test
    void noOverrideKeepsWhatWasRead() {
        assertSame(read, MetadataOverride.NONE.apply(read));
    }

    @Test
    void badPeriodOrBlankIssuerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MetadataOverride(null, "2024-Q5"));
        assertThrows(IllegalArgumentException.class, () -> new MetadataOverride(null, "Q1/2024"));
        assertThrows(IllegalArgumentException.class, () -> new MetadataOverride("  ", null));
    }
}
