package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ngày 08 tháng 3 năm 2024 | 2024-03-08",
            "Thừa Thiên Huế, ngày 08 tháng 3 năm 2024 | 2024-03-08",
            "Hồng Hải, ngày 15 tháng 12 năm 2023 | 2023-12-15",
            "NGÀY 5 THÁNG 01 NĂM 2024 | 2024-01-05",
            "08/3/2024 | 2024-03-08",
            "ngày 08 /3/2024 | 2024-03-08",
            "ngày 15/12/2023 của UBND phường | 2023-12-15",
            "ngày 08.3.2024 | 2024-03-08",
            "ngày 8-3-2024 | 2024-03-08"})
    void readsEachForm(String text, String iso) {
        assertEquals(iso, ReportDates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ngày /3/2024",
            "Quảng Điền, ngày    tháng 3 năm 2024",
            "ngày ... tháng ... năm 2024",
            "ngày 31 tháng 2 năm 2024"})
    void blankOrImpossibleDateIsFoundWithoutValue(String text) {
        assertTrue(ReportDates.find(text).isPresent(), text);
        assertNull(ReportDates.parse(text));
    }

    @Test
    void noDateAtAll() {
        assertTrue(ReportDates.find("Báo cáo số 863/BC-SKHĐT").isEmpty());
        assertTrue(ReportDates.find("giai đoạn 2021-2025").isEmpty());
    }
}
