package vn.cchc.check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/** What a printed unit says the value is, as far as the checks need to know. */
enum UnitText {
    /** Nothing printed. */
    NONE,
    /** "%", "Tỷ lệ". */
    PERCENT,
    /** A list of codes: "Có = 1; Không = 0", "Chưa = 0 Đang làm = 1 Hoàn thành = 2". */
    CODES,
    /** An amount of money: "Triệu đồng", "Tỷ đồng", "VNĐ". */
    MONEY,
    /** Anything else: what is counted ("Văn bản", "Hồ sơ", "Người"...). */
    NOUN;

    /** One code: a meaning and its number; the meaning may itself start with a digit ("2 cấp = 1"). */
    private static final Pattern CODE = Pattern.compile("([^=;,]+?)\\s*=\\s*(\\d+)");

    static UnitText of(String unit) {
        if (unit == null || unit.isBlank()) return NONE;
        if (unit.contains("%")) return PERCENT;
        if (CODE.matcher(unit).find()) return CODES;
        String f = " " + Fold.fold(unit) + " ";
        if (f.equals(" ty le ") || f.equals(" phan tram ")) return PERCENT;
        if (f.contains(" dong ") || f.contains(" vnd ")) return MONEY;
        return NOUN;
    }

    /** The codes a unit lists, folded meaning → number, in print order; empty when it lists none. */
    static Map<String, BigDecimal> codes(String unit) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (unit == null) return out;
        Matcher m = CODE.matcher(unit);
        while (m.find()) {
            String meaning = Fold.fold(m.group(1)).strip();
            if (!meaning.isEmpty()) out.putIfAbsent(meaning, new BigDecimal(m.group(2)));
        }
        return out;
    }
}
