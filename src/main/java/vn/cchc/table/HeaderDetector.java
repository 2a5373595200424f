package vn.cchc.table;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.text.Fold;

/**
 * Recognises a statistics table by its header: the roles STT / Chỉ tiêu / Đơn vị tính / Số liệu (/ Ghi chú), in
 * any wording and order, on one row or split over two (the template merges "Kết quả thống kê" over the unit and
 * value columns and names them on the row below).
 */
public final class HeaderDetector {
    /** How many rows from the top a header may start at (a title row inside the table may precede it). */
    private static final int MAX_HEADER_START = 3;
    private static final Pattern COLUMN_MARK = Pattern.compile("\\(?(\\d{1,2}|[A-Za-z])\\)?\\.?");
    /** A value column headed by the period it reports on: "Quý I/2024", "Năm 2023", "6 tháng đầu năm 2024". */
    private static final Pattern PERIOD = Pattern.compile("(quy [ivx1-4]+|nam \\d{4}|\\d{1,2} thang|ky bao cao)\\b.{0,30}");

    /** A role as one header cell names it; weak roles yield to strong ones for the same column. */
    record Hit(ColumnRole role, boolean strong) {
    }

    public Optional<ColumnLayout> detect(Table table) {
        List<Row> rows = table.rows();
        for (int start = 0; start < Math.min(MAX_HEADER_START, rows.size()); start++) {
            if (rolesIn(rows.get(start)).size() < 2) continue;
            int end = start + 1;
            while (end < rows.size() && end < start + 3 && isHeaderContinuation(rows.get(end))) end++;
            Optional<Map<ColumnRole, Integer>> cols = resolve(rows.subList(start, end));
            if (cols.isPresent()) return Optional.of(new ColumnLayout(cols.get(), end));
        }
        return Optional.empty();
    }

    /** True when a row repeats the header (page break inside a table); such rows are not data. */
    public boolean isRepeatedHeader(Row row) {
        return isColumnNumbering(row) || distinctRoles(row) >= 2 && !hasDataStt(row) && !hasNumber(row);
    }

    /**
     * Roles named by different cells; a header never holds a value, so an unnumbered data row whose label and unit
     * happen to read like names ("Kết quả giải quyết" | "Số lượng" | 5) is not taken for one.
     */
    private int distinctRoles(Row row) {
        return (int) rolesIn(row).values().stream().map(Hit::role).distinct().count();
    }

    private static boolean hasNumber(Row row) {
        for (Cell c : row.cells()) {
            if (c.text().strip().matches("\\d[\\d.,]*%?")) return true;
        }
        return false;
    }

    /** How many roles a row's cells name: a header row names several, a data row none or one by chance. */
    public int rolesNamed(Row row) {
        return hasDataStt(row) ? 0 : distinctRoles(row);
    }

    private boolean isHeaderContinuation(Row row) {
        // before the STT test: the numbering row "1 | 2 | 3 | 4 | 5" starts with what looks like a row number
        if (isColumnNumbering(row)) return true;
        if (hasDataStt(row)) return false;
        if (!rolesIn(row).isEmpty()) return true;
        // the template's second header line: "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"
        String all = Fold.fold(String.join(" ", row.cells().stream().map(Cell::text).toList()));
        return all.startsWith("su dung trong ky");
    }

    /**
     * The row under a header that numbers its columns, as statistical forms do: "1 2 3 4 5", "(1) (2) (3)", "A B C 1
     * 2". Every filled cell holds one such mark; a data row always has a label longer than that.
     */
    static boolean isColumnNumbering(Row row) {
        List<String> filled = row.cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty()).toList();
        return filled.size() >= 3 && filled.stream().allMatch(t -> COLUMN_MARK.matcher(t).matches());
    }

    private static boolean hasDataStt(Row row) {
        for (Cell c : row.cells()) {
            if (!c.isBlank()) return c.text().strip().matches("\\d+(\\.\\d+)*\\.?");
        }
        return false;
    }

    private Map<Integer, Hit> rolesIn(Row row) {
        Map<Integer, Hit> hits = new HashMap<>();
        for (Cell c : row.cells()) {
            Hit h = classify(c.text());
            if (h != null) hits.put(c.gridCol(), h);
        }
        return hits;
    }

    /** The role a header cell names, or null. */
    static Hit classify(String text) {
        String f = Fold.fold(text);
        if (f.isEmpty() || f.length() > 120) return null;
        Hit named = classifyFolded(f);
        // a narrow PDF cell breaks a name inside a word ("S.T." / "T", "Số lượng/T" / "ỷ lệ"): the whole cell, spaces
        // dropped, may still be exactly a name
        return named != null ? named : COMPACT_NAMES.get(f.replace(" ", ""));
    }

    private static final Map<String, Hit> COMPACT_NAMES = compactNames();

    private static Map<String, Hit> compactNames() {
        Map<String, Hit> m = new HashMap<>();
        for (String n : List.of("stt", "tt", "sott", "sothutu")) m.put(n, new Hit(ColumnRole.STT, true));
        for (String n : List.of("ghichu")) m.put(n, new Hit(ColumnRole.NOTE, true));
        for (String n : List.of("donvitinh", "donvi", "dvt", "dvtinh")) m.put(n, new Hit(ColumnRole.UNIT, true));
        for (String n : List.of("solieu", "giatri", "soluongtyle")) m.put(n, new Hit(ColumnRole.VALUE, true));
        for (String n : List.of("ketqua", "ketquathongke", "ketquathuchien", "soluong", "thuchien")) {
            m.put(n, new Hit(ColumnRole.VALUE, false));
        }
        for (String n : List.of("chitieu", "chitieuthongke", "noidung", "tenchitieu", "noidungchitieu", "danhmucchitieu")) {
            m.put(n, new Hit(ColumnRole.LABEL, true));
        }
        return Map.copyOf(m);
    }

    private static Hit classifyFolded(String f) {
        // "Số TT" but not a label such as "Số TTHC cấp xã"
        if (f.equals("stt") || f.equals("tt") || f.equals("st t") || f.equals("s tt") || f.equals("s t t") || f.equals("so tt")
                || f.startsWith("so tt ") || f.startsWith("so thu tu")) {
            return new Hit(ColumnRole.STT, true);
        }
        if (f.startsWith("ghi chu")) return new Hit(ColumnRole.NOTE, true);
        if (f.startsWith("don vi tinh") || f.equals("dvt") || f.equals("don vi") || f.equals("dv tinh")) {
            return new Hit(ColumnRole.UNIT, true);
        }
        // "Số liệu", "Số liệu (Quý I/2024)"; but "Số liệu về biên chế công chức" is a row's label
        if (f.startsWith("so lieu") && !f.startsWith("so lieu ve ") || f.equals("gia tri") || f.equals("so luong ty le")) {
            return new Hit(ColumnRole.VALUE, true);
        }
        // "Kết quả (thực hiện)", "Số lượng", or the period itself; weak, as "Kết quả thống kê" may span unit and value
        if (f.startsWith("ket qua") || f.equals("so luong") || f.equals("thuc hien") || PERIOD.matcher(f).matches()) {
            return new Hit(ColumnRole.VALUE, false);
        }
        if (f.startsWith("chi tieu") || f.startsWith("chi tiu") || f.startsWith("ten chi tieu") || f.startsWith("noi dung")
                || f.startsWith("danh muc chi tieu") || f.startsWith("cac chi tieu") || f.equals("tieu chi")) {
            return new Hit(ColumnRole.LABEL, true);
        }
        return null;
    }

    /**
     * Assigns each role one column from the header rows. A strong naming ("Số liệu") beats a weak one
     * ("Kết quả thống kê", which in the template spans both unit and value) for the same role.
     */
    private Optional<Map<ColumnRole, Integer>> resolve(List<Row> headerRows) {
        Map<ColumnRole, Integer> strong = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, Integer> weak = new EnumMap<>(ColumnRole.class);
        for (Row r : headerRows) {
            for (Cell c : r.cells()) {
                Hit h = classify(c.text());
                if (h == null) continue;
                (h.strong() ? strong : weak).putIfAbsent(h.role(), c.gridCol());
            }
        }
        Map<ColumnRole, Integer> cols = new EnumMap<>(strong);
        for (Map.Entry<ColumnRole, Integer> e : weak.entrySet()) {
            if (!cols.containsKey(e.getKey()) && !cols.containsValue(e.getValue())) cols.put(e.getKey(), e.getValue());
        }
        if (!cols.containsKey(ColumnRole.VALUE) && weak.containsKey(ColumnRole.VALUE)) {
            // "Kết quả" spans unit and value; the value is the column after the unit
            Integer unit = cols.get(ColumnRole.UNIT);
            if (unit != null) cols.put(ColumnRole.VALUE, unit + 1);
        }
        boolean enough = cols.containsKey(ColumnRole.LABEL) && cols.containsKey(ColumnRole.VALUE)
                && (cols.containsKey(ColumnRole.STT) || cols.containsKey(ColumnRole.UNIT));
        return enough ? Optional.of(cols) : Optional.empty();
    }
}
