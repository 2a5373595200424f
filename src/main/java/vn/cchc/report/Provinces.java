package vn.cchc.report;

import java.util.Set;

import vn.cchc.text.Fold;

/** Province-level units by name, to qualify a provincial agency with its province and to tell city from city. */
final class Provinces {
    /** Cities run by the centre: their "thành phố" is a province. */
    private static final Set<String> CENTRAL_CITIES = Set.of("ha noi", "ho chi minh", "hai phong", "da nang", "can tho");
    /** Huế became a centrally-run city on 1 January 2025; before, it was a city of Thừa Thiên Huế. */
    private static final String HUE = "hue";
    private static final int HUE_CENTRAL_FROM = 2025;

    private static final Set<String> PROVINCES = Set.of(
            "an giang", "ba ria vung tau", "bac giang", "bac kan", "bac can", "bac lieu", "bac ninh", "ben tre",
            "binh dinh", "binh duong", "binh phuoc", "binh thuan", "ca mau", "cao bang", "dak lak", "dak nong",
            "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha tinh", "hai duong",
            "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong",
            "lang son", "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen",
            "quang binh", "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh",
            "thai binh", "thai nguyen", "thanh hoa", "thua thien hue", "tien giang", "tra vinh", "tuyen quang",
            "vinh long", "vinh phuc", "yen bai");

    private Provinces() {
    }

    /** Whether {@code name} ("Hà Nội", "Đà Nẵng") is a centrally-run city in {@code year} (0: unknown). */
    static boolean isCentralCity(String name, int year) {
        String f = Fold.fold(name);
        return CENTRAL_CITIES.contains(f) || f.equals(HUE) && year >= HUE_CENTRAL_FROM;
    }

    /**
     * The province named by a place ("Thừa Thiên Huế" → "tỉnh Thừa Thiên Huế", "TP. Hồ Chí Minh" → "thành phố Hồ
     * Chí Minh"), or null when the place is not a province (a district's or commune's place).
     */
    static String provinceOf(String place, int year) {
        String name = place.replaceFirst("^(?iu)(tp\\.?|thành phố|tỉnh)\\s*", "").strip();
        if (isCentralCity(name, year)) return "thành phố " + name;
        return PROVINCES.contains(Fold.fold(name)) ? "tỉnh " + name : null;
    }
}
