package vn.cchc.vocabulary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * One of several value columns of a statistics table, as its header names it: the same period last year beside this
 * one ("Cùng kỳ năm 2023 | Năm 2024"), the plan beside the result ("Kế hoạch | Thực hiện"), one column per quarter.
 *
 * @param col    grid column
 * @param header the header text over the column, top to bottom
 * @param kind   what the header says the column holds
 * @param period the period the header names, as cchc writes periods ("2024", "2024-Q1", "2024-H1", "2024-9M"), or
 *               without a year when it names none ("Q2"); null when it names no period
 */
public record ValueColumn(int col, String header, Kind kind, String period) {
    /** What a value column holds. */
    public enum Kind {
        /** the result achieved ("Thực hiện", "Kết quả thực hiện", "Ước thực hiện") */
        RESULT,
        /** the plan or target ("Kế hoạch", "Chỉ tiêu giao") */
        PLAN,
        /** the report's own period without naming it ("Kỳ báo cáo", "Kỳ này") */
        CURRENT,
        /** a named period ("Năm 2024", "Quý II") */
        PERIOD,
        /** the same period a year earlier ("Cùng kỳ năm 2023", "Năm trước") */
        PREVIOUS,
        /** an earlier period that is not the same one a year before ("Kỳ trước": the previous quarter) */
        EARLIER,
        /** a comparison derived from the others ("So sánh (%)", "Tăng/giảm"): kept, never taken as the value */
        COMPARISON,
        /** a value column whose header says nothing of period or plan ("Số liệu") */
        OTHER
    }

    private static final Pattern YEAR = Pattern.compile("(?:nam |/|-|\\b)((?:19|20)\\d{2})\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bquy (iv|iii|ii|i|[1-4])\\b");
    private static final Pattern HALF = Pattern.compile("\\b(?:6|06|sau) thang\\b");
    private static final Pattern NINE = Pattern.compile("\\b(?:9|09|chin) thang\\b");

    /** The column a header names, or null when the header does not read as a value column. */
    public static ValueColumn of(int col, String header) {
        String f = Fold.fold(header);
        String period = period(f);
        Kind kind;
        if (f.contains("cung ky") || f.contains("nam truoc")) kind = Kind.PREVIOUS;
        else if (f.contains("ky truoc")) kind = Kind.EARLIER;
        else if (f.contains("so sanh") || f.contains("tang giam") || f.contains("tang/giam") || f.startsWith("ty le so voi")) {
            kind = Kind.COMPARISON;
        } else if (f.contains("ke hoach") || f.contains("chi tieu giao") || f.contains("du kien") || f.contains("muc tieu")) {
            kind = Kind.PLAN;
        } else if (f.contains("thuc hien") || f.startsWith("ket qua") || f.contains(" ket qua") || f.contains("uoc th")) {
            kind = Kind.RESULT;
        } else if (f.contains("ky bao cao") || f.contains("ky nay")) {
            kind = Kind.CURRENT;
        } else if (period != null) {
            kind = Kind.PERIOD;
        } else if (f.contains("so lieu") || f.contains("so luong") || f.contains("gia tri")) {
            kind = Kind.OTHER;
        } else {
            return null;
        }
        return new ValueColumn(col, header, kind, period);
    }

    /** The period a folded header names, or null. */
    public static String period(String f) {
        Matcher y = YEAR.matcher(f);
        String year = y.find() ? y.group(1) : null;
        String sub = null;
        Matcher q = QUARTER.matcher(f);
        if (q.find()) sub = "Q" + quarter(q.group(1));
        else if (HALF.matcher(f).find()) sub = "H1";
        else if (NINE.matcher(f).find()) sub = "9M";
        if (sub == null && f.matches(".*\\bca nam\\b.*")) sub = "Y"; // "Cả năm": the whole year
        if (year == null && sub == null) return null;
        if ("Y".equals(sub)) return year == null ? "Y" : year;
        if (year == null) return sub;
        return sub == null ? year : year + "-" + sub;
    }

    private static int quarter(String q) {
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** Whether the column is one a value may be taken from. */
    public boolean candidate() {
        return kind != Kind.PREVIOUS && kind != Kind.EARLIER && kind != Kind.COMPARISON && kind != Kind.PLAN;
    }
}
