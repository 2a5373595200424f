package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Số: 863/BC-SKHĐT | 863/BC-SKHĐT",
            "Số: 282/BC-UBND | 282/BC-UBND",
            "SỐ: 12/BC-UBND | 12/BC-UBND",
            "Số 45/2024/BC-UBND | 45/2024/BC-UBND",
            "Ban hành kèm theo Báo cáo số 863/BC-SKHĐT ngày 08/3/2024 | 863/BC-SKHĐT",
            "Kèm theo Báo cáo số: 282/BC-UBND ngày 15/12/2023 | 282/BC-UBND",
            "Số: 863/BC-SKHĐT Thừa Thiên Huế, ngày 08 tháng 3 năm 2024 | 863/BC-SKHĐT",
            "Số: 120 /BC-SNV | 120/BC-SNV",
            "Số: 282/BC-UBND. Hồng Hải | 282/BC-UBND",
            "Số: 15/BC-UBND - VP | 15/BC-UBND-VP"})
    void readsTheNumberAsPrinted(String text, String number) {
        assertEquals(number, ReportNumbers.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Số: /BC-UBND", "Số:       /BC-UBND", "Số: ......./BC-UBND",
            "(Ban hành kèm theo Báo cáo số: /BC-UBND ngày /3/2024"})
    void blankNumberIsFoundWithoutValue(String text) {
        assertTrue(ReportNumbers.find(text).isPresent(), text);
        assertNull(ReportNumbers.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Số liệu", "Số TTHC: 52", "Tổng số 12/15 hồ sơ"})
    void notANumber(String text) {
        assertTrue(ReportNumbers.find(text).isEmpty(), text);
    }
}
