package vn.cchc.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * The words a statistics table's header names its columns with: "STT / Chỉ tiêu thống kê / Đơn vị tính / Số liệu /
 * Ghi chú" and the other wordings offices use, in one list that the cell classifier here and the flattened-text
 * header ({@link FlattenedHeader}) both read.
 */
public final class HeaderNames {
    /** A value column headed by the period it reports on: "Quý I/2024", "Năm 2023", "6 tháng đầu năm 2024". */
    private static final Pattern PERIOD = Pattern.compile("(quy [ivx1-4]+|nam \\d{4}|\\d{1,2} thang|ky bao cao)\\b.{0,30}");
    /** "Số liệu về biên chế công chức" names a row, not the value column. */
    private static final String NOT_VALUE = "so lieu ve ";

    /** The template's note under "Chỉ tiêu thống kê", folded: "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)". */
    static final String TEMPLATE_NOTE = "su dung trong ky bao cao hang quy 6 thang nam";
    static final String TEMPLATE_NOTE_START = "su dung trong ky";

    /**
     * One wording of a role, folded.
     *
     * @param strong   a strong naming ("Số liệu") beats a weak one ("Kết quả thống kê", which in the template spans
     *                 both unit and value) for the same role
     * @param prefix   the cell may go on after it ("Số liệu (Quý I/2024)", "Ghi chú:"); else it is the whole cell
     * @param everyday a word a label or unit uses as often as a header ("Số lượng"): a line of flattened text that
     *                 is only this is not taken for header text
     */
    record Wording(ColumnRole role, boolean strong, String folded, boolean prefix, boolean everyday) {
    }

    static final List<Wording> WORDINGS = wordings();

    private static List<Wording> wordings() {
        List<Wording> w = new ArrayList<>();
        // "Số TT" but not a label such as "Số TTHC cấp xã"; "S T T", "ST T" where a narrow cell broke the word
        for (String n : List.of("stt", "tt", "st t", "s tt", "s t t", "so tt")) w.add(new Wording(ColumnRole.STT, true, n, false, false));
        w.add(new Wording(ColumnRole.STT, true, "so tt ", true, false));
        w.add(new Wording(ColumnRole.STT, true, "so thu tu", true, false));
        w.add(new Wording(ColumnRole.NOTE, true, "ghi chu", true, false));
        w.add(new Wording(ColumnRole.UNIT, true, "don vi tinh", true, false));
        for (String n : List.of("dvt", "don vi", "dv tinh")) w.add(new Wording(ColumnRole.UNIT, true, n, false, false));
        w.add(new Wording(ColumnRole.VALUE, true, "so lieu", true, false));
        w.add(new Wording(ColumnRole.VALUE, true, "so lieu thong ke", false, false));
        for (String n : List.of("gia tri", "so luong ty le")) w.add(new Wording(ColumnRole.VALUE, true, n, false, false));
        // weak: "Kết quả (thực hiện)", "Số lượng", or the period itself, as "Kết quả thống kê" may span unit and value
        w.add(new Wording(ColumnRole.VALUE, false, "ket qua", true, false));
        for (String n : List.of("ket qua thong ke", "ket qua thuc hien")) w.add(new Wording(ColumnRole.VALUE, false, n, false, false));
        for (String n : List.of("so luong", "thuc hien")) w.add(new Wording(ColumnRole.VALUE, false, n, false, true));
        for (String n : List.of("chi tieu", "chi tiu", "ten chi tieu", "noi dung", "danh muc chi tieu", "cac chi tieu")) {
            w.add(new Wording(ColumnRole.LABEL, true, n, true, false));
        }
        for (String n : List.of("chi tieu thong ke", "noi dung chi tieu", "tieu chi")) w.add(new Wording(ColumnRole.LABEL, true, n, false, false));
        return List.copyOf(w);
    }

    /** A role as one header cell names it; weak roles yield to strong ones for the same column. */
    record Hit(ColumnRole role, boolean strong) {
    }

    /**
     * Every wording with its spaces dropped: a narrow PDF cell breaks a name inside a word ("S.T." / "T", "Số
     * lượng/T" / "ỷ lệ"), and the whole cell, spaces dropped, may still be exactly a name.
     */
    private static final Map<String, Hit> COMPACT = compact();

    private static Map<String, Hit> compact() {
        Map<String, Hit> m = new HashMap<>();
        for (Wording w : WORDINGS) m.putIfAbsent(w.folded().replace(" ", ""), new Hit(w.role(), w.strong()));
        return Map.copyOf(m);
    }

    private HeaderNames() {
    }

    /** Whether a cell's text names a column role ("Đơn vị tính", "Số liệu"), as a header cell does. */
    public static boolean namesRole(String cellText) {
        return classify(cellText) != null;
    }

    /** The role a header cell names, or null. */
    static Hit classify(String text) {
        String f = Fold.fold(text);
        if (f.isEmpty() || f.length() > 120) return null;
        Hit named = classifyFolded(f);
        if (named != null) return named;
        String compact = f.replace(" ", "");
        Hit exact = COMPACT.get(compact);
        return exact != null ? exact : oneSlip(compact);
    }

    /** Long names are told apart by more than one letter: this many letters or more, one letter read wrong still names. */
    private static final int SLIP_MIN = 8;

    /**
     * The role of a long name read with one letter wrong, added or dropped ("Đơnvjị tính" from a scan, a typo): a
     * whole cell that is within one edit of a name of eight letters or more, spaces dropped.
     */
    private static Hit oneSlip(String compact) {
        if (compact.length() < SLIP_MIN) return null;
        for (Wording w : WORDINGS) {
            String name = w.folded().replace(" ", "");
            if (name.length() >= SLIP_MIN && withinOneEdit(compact, name)) return new Hit(w.role(), w.strong());
        }
        return null;
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (a.length() < b.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private static Hit classifyFolded(String f) {
        // roles in the order they are tried: a cell naming two ("Số liệu thống kê" is not "Chỉ tiêu thống kê") gets the
        // first; "Kết quả" is weak so it is tried after the strong value names
        for (ColumnRole role : List.of(ColumnRole.STT, ColumnRole.NOTE, ColumnRole.UNIT)) {
            Hit h = match(f, role, true);
            if (h != null) return h;
        }
        if (!f.startsWith(NOT_VALUE)) {
            Hit strongValue = match(f, ColumnRole.VALUE, true);
            if (strongValue != null) return strongValue;
        }
        Hit weakValue = match(f, ColumnRole.VALUE, false);
        if (weakValue != null || PERIOD.matcher(f).matches()) return new Hit(ColumnRole.VALUE, false);
        return match(f, ColumnRole.LABEL, true);
    }

    private static Hit match(String f, ColumnRole role, boolean strong) {
        for (Wording w : WORDINGS) {
            if (w.role() != role || w.strong() != strong) continue;
            if (w.prefix() ? f.startsWith(w.folded()) : f.equals(w.folded())) return new Hit(role, strong);
        }
        return null;
    }
}
