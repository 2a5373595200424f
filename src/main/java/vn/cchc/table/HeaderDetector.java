package vn.cchc.table;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return rolesIn(row).size() >= 2 && !hasDataStt(row);
    }

    private boolean isHeaderContinuation(Row row) {
        if (hasDataStt(row)) return false;
        if (!rolesIn(row).isEmpty()) return true;
        // the template's second header line: "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)" or numbering 1 2 3 4 5
        String all = Fold.fold(String.join(" ", row.cells().stream().map(Cell::text).toList()));
        return all.startsWith("su dung trong ky") || all.matches("(\\d+ ){2,}\\d+|\\(?\\d\\)?( \\(?\\d\\)?){2,}");
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
        // "Số TT" but not a label such as "Số TTHC cấp xã"
        if (f.equals("stt") || f.equals("tt") || f.equals("st t") || f.equals("s tt") || f.equals("so tt")
                || f.startsWith("so tt ") || f.startsWith("so thu tu")) {
            return new Hit(ColumnRole.STT, true);
        }
        if (f.startsWith("ghi chu")) return new Hit(ColumnRole.NOTE, true);
        if (f.startsWith("don vi tinh") || f.equals("dvt") || f.equals("don vi")) return new Hit(ColumnRole.UNIT, true);
        // "Số liệu", "Số liệu (Quý I/2024)"; but "Số liệu về biên chế công chức" is a row's label
        if (f.startsWith("so lieu") && !f.startsWith("so lieu ve ") || f.equals("gia tri")) {
            return new Hit(ColumnRole.VALUE, true);
        }
        if (f.startsWith("ket qua")) return new Hit(ColumnRole.VALUE, false);
        if (f.startsWith("chi tieu") || f.startsWith("chi tiu") || f.startsWith("ten chi tieu") || f.startsWith("noi dung")) {
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
