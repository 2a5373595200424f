package vn.cchc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProvincesTest {
    @Test
    void placeOfADepartmentNamesItsProvince() {
        assertEquals("tỉnh Thừa Thiên Huế", Provinces.provinceOf("Thừa Thiên Huế", 2024));
        assertEquals("tỉnh Đắk Lắk", Provinces.provinceOf("Đắk Lắk", 2024));
        assertEquals("thành phố Hồ Chí Minh", Provinces.provinceOf("TP. Hồ Chí Minh", 2024));
        assertEquals("thành phố Hà Nội", Provinces.provinceOf("Hà Nội", 0));
    }

    @Test
    void aTownIsNoProvince() {
        assertNull(Provinces.provinceOf("Hồng Hải", 2023));
        assertNull(Provinces.provinceOf("Huế", 2024));
        assertEquals("thành phố Huế", Provinces.provinceOf("Huế", 2025));
    }

    @Test
    void centralCities() {
        assertTrue(Provinces.isCentralCity("Đà Nẵng", 2020));
        assertFalse(Provinces.isCentralCity("Hạ Long", 2024));
    }
}
