package vn.cchc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitTextTest {
    @Test
    void classifiesPrintedUnits() {
        assertEquals(UnitText.NONE, UnitText.of(" "));
        assertEquals(UnitText.PERCENT, UnitText.of("%"));
        assertEquals(UnitText.PERCENT, UnitText.of("Tỷ lệ"));
        assertEquals(UnitText.CODES, UnitText.of("Có = 1; Không = 0"));
        assertEquals(UnitText.CODES, UnitText.of("Có=1; Không=1"));
        assertEquals(UnitText.MONEY, UnitText.of("Triệu đồng"));
        assertEquals(UnitText.NOUN, UnitText.of("Văn bản"));
        assertEquals(UnitText.NOUN, UnitText.of("NV Tp giao"));
    }

    @Test
    void readsCodeListsWithOrWithoutSeparators() {
        assertEquals(Map.of("truc tuyen", BigDecimal.ZERO, "phat phieu", BigDecimal.ONE, "ket hop", BigDecimal.valueOf(2)),
                UnitText.codes("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2"));
        assertEquals(List.of("chua co", "2 cap", "3 cap"),
                List.copyOf(UnitText.codes("Chưa có = 0 2 cấp = 1 3 cấp = 2").keySet()));
        assertEquals(Map.of("co", BigDecimal.ONE, "khong", BigDecimal.ONE), UnitText.codes("Có=1; Không=1"));
        assertEquals(Map.of(), UnitText.codes("Hồ sơ"));
    }
}
