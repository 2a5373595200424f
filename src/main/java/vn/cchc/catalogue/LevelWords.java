package vn.cchc.catalogue;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The words a reporting body uses for its own kind of office, rewritten to the template's level words before a label
 * is matched, so one template slot gets one code whoever fills it in. A city or town words a district row with its own
 * name ("UBND thành phố giao", "UBND thị xã giao", "quận"), a ward or township a commune row ("UBND phường", "thị
 * trấn"), a department its own offices ("phòng, đơn vị thuộc Sở", "do Sở tiếp nhận"). The level of the body is in the
 * record's {@code level} already, so nothing is lost.
 *
 * <p>"Thành phố" is the one word whose level depends on the reporter: a city under a province (Đông Hà, Hạ Long) is a
 * district, but in the report of a centrally-run city (Hà Nội, Đà Nẵng) or of one of its departments, "UBND thành phố
 * giao" are the tasks of the province. So for a reporter of level {@code tinh} or {@code so} it reads "tỉnh".
 */
final class LevelWords {
    /** Applied to the NFC form; Java's {@code \b} is Unicode-aware with UNICODE_CHARACTER_CLASS. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /**
     * The vowels of the two-word names below with any tone mark, or none: OCR drops or changes tone marks ("thi trấn",
     * "thị tran"), and two words that are both there still name the level. A one-word name ("phường", "quận") is kept
     * exact: without its marks it is another word ("phương án", "cơ quan").
     */
    private static final String I = "[iìíỉĩị]", A = "[aàáảãạ]", AA = "[âầấẩẫậaàáảãạ]", O = "[ôồốổỗộoòóỏõọ]";
    private static final Pattern CITY = Pattern.compile("\\bth" + A + "nh\\s+ph" + O + "\\b|\\bTP\\b\\.?", FLAGS);
    /** "UBNDTP", typed as one word. */
    private static final Pattern CITY_COUNCIL = Pattern.compile("\\bUBNDTP\\b", FLAGS);
    private static final Pattern TOWN = Pattern.compile("\\bth" + I + "\\s+x" + A + "\\b|\\bquận\\b", FLAGS);
    private static final Pattern WARD = Pattern.compile("\\bphường\\b|\\bth" + I + "\\s+tr" + AA + "n\\b", FLAGS);
    /** "Sở" standing for the reporting department itself: capitalised, not followed by its proper name. */
    private static final Pattern OWN_DEPARTMENT = Pattern.compile("(?:\\btrực\\s+)?\\bthuộc\\s+Sở\\b(?!\\s*,)(?!\\s+\\p{Lu})|\\bSở\\b(?!\\s*,)(?!\\s+\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private LevelWords() {
    }

    /**
     * @param label         a row label or a catalogue wording
     * @param reporterLevel the {@code level} code of the reporting body ({@code tinh}, {@code so}, {@code huyen},
     *                      {@code xa}), or null when unknown or for the catalogue's own wordings
     */
    static String canonical(String label, String reporterLevel) {
        if (label == null || label.isEmpty()) return label;
        String s = Normalizer.normalize(label, Normalizer.Form.NFC);
        boolean provincial = "tinh".equals(reporterLevel) || "so".equals(reporterLevel);
        String city = provincial ? "tỉnh" : "huyện";
        s = CITY_COUNCIL.matcher(s).replaceAll("UBND " + city);
        s = CITY.matcher(s).replaceAll(city);
        s = TOWN.matcher(s).replaceAll("huyện");
        s = WARD.matcher(s).replaceAll("xã");
        s = OWN_DEPARTMENT.matcher(s).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT).contains("thuộc")
                ? "thuộc sở, ngành" : "sở, ngành");
        return s;
    }
}
