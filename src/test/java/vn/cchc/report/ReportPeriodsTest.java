package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tình hình thực hiện công tác cải cách hành chính Quý I năm 2024 | 2024-Q1",
            "Công tác CCHC Quý I, nhiệm vụ trọng tâm Quý II năm 2023 | 2023-Q1",
            "Báo cáo CCHC quý II năm 2024 | 2024-Q2",
            "KẾT QUẢ CÔNG TÁC CCHC QUÝ III NĂM 2024 | 2024-Q3",
            "công tác cải cách hành chính Quý IV/2023 | 2023-Q4",
            "Quý 2 năm 2022 | 2022-Q2",
            "Kết quả thực hiện công tác cải cách hành chính năm 2023 phương hướng nhiệm vụ năm 2024 | 2023",
            "Kết quả công tác CCHC 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm | 2024-H1",
            "sáu tháng đầu năm 2024 | 2024-H1",
            "Kết quả CCHC 9 tháng năm 2024, phương hướng nhiệm vụ quý IV | 2024-9M",
            "Công tác CCHC gắn với chính quyền số Quý I năm 2024. (Từ ngày 15/12/2023 đến 10/3/2024). | 2024-Q1"})
    void readsThePeriodReported(String title, String period) {
        assertEquals(Optional.of(period), ReportPeriods.find(title));
    }

    @Test
    void aRomanQuarterWhoseIOcrReadAsASmallLIsStillAQuarter() {
        assertEquals(Optional.of("2024-Q2"), ReportPeriods.find("kết quả thực hiện công tác cải cách hành chính quý lI năm 2024"));
        assertEquals(Optional.of("2024-Q3"), ReportPeriods.find("CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ IlI NĂM 2024"));
        assertEquals(Optional.of("2023-Q4"), ReportPeriods.find("Báo cáo quý lV năm 2023"));
        assertEquals(Optional.of("2023-Q1"), ReportPeriods.find("Báo cáo quý l/2023"));
        assertEquals(Optional.of("2024"), ReportPeriods.find("quý lâm năm 2024"), "a word after quý is no numeral");
    }

    @Test
    void noPeriodWithoutAYear() {
        assertTrue(ReportPeriods.find("Công tác cải cách hành chính Quý I").isEmpty());
        assertTrue(ReportPeriods.find("Quy định về cải cách hành chính").isEmpty());
        assertTrue(ReportPeriods.find("Báo cáo công tác cải cách hành chính tháng 3 năm 2024").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-Q1", "2023-Q4", "2024-H1", "2024-9M"})
    void validPeriods(String p) {
        assertTrue(ReportPeriods.isValid(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024-Q5", "2024Q1", "Q1-2024", "2024-H2", "quý I 2024", ""})
    void invalidPeriods(String p) {
        assertFalse(ReportPeriods.isValid(p));
    }
}
