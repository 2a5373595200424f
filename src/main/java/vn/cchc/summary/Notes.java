package vn.cchc.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The "Ghi chú" of a consolidated line and the figure as the template prints it, in Vietnamese: the consolidated
 * report goes to the next level up as it is, so it speaks the template's language (the machine columns beside it
 * carry the same facts as codes and lists).
 */
public final class Notes {
    private Notes() {
    }

    /** The "Số liệu" column: the figure with Vietnamese separators (2.097; 99,6), or "12 – 15" for a range. */
    public static String figure(Line l) {
        if (l.isSpread()) return number(l.min()) + " – " + number(l.max());
        return l.value() == null ? "" : number(l.value());
    }

    /** 2097 → "2.097", 99.6 → "99,6". */
    public static String number(BigDecimal v) {
        String plain = Consolidation.plain(v).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) plain = plain.substring(1);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append('.');
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    public static String of(Line l, int units) {
        if (l.isHeading()) return "";
        int c = l.contributors().size();
        StringBuilder s = new StringBuilder(switch (l.rule()) {
            case SUM -> "Tổng của " + c + "/" + units + " báo cáo";
            case RATE -> c == 0 ? "Không báo cáo nào có đủ tử số và mẫu số để tính lại tỷ lệ"
                    : "Tính lại từ tổng tử số và mẫu số của " + c + "/" + units + " báo cáo"
                    + (l.value() == null ? " (tổng mẫu số bằng 0)" : "");
            case COUNT_YES -> (l.value() == null ? 0 : l.value().intValue()) + "/" + c + " đơn vị trả lời Có";
            case RANGE -> l.isSpread() ? "Không cộng dồn giữa các đơn vị: từ " + number(l.min()) + " đến " + number(l.max())
                    + " (" + c + " báo cáo)" : "Không cộng dồn; như nhau ở " + c + " báo cáo";
            case NONE -> "";
        });
        append(s, "chỉ có tỷ lệ, thiếu tử số hoặc mẫu số", l.termsMissing());
        append(s, "thiếu", l.missing());
        append(s, "số liệu chưa khớp khi kiểm tra nhất quán ở", l.checkFailed());
        return s.toString();
    }

    private static void append(StringBuilder s, String what, List<String> units) {
        if (units.isEmpty()) return;
        s.append("; ").append(what).append(": ").append(String.join(", ", units));
    }
}
