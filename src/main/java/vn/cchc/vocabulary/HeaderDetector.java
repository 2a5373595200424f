package vn.cchc.vocabulary;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The columns a table's header gives the roles, and how many rows the header takes; empty when it has none. */
    public Optional<ColumnLayout> detect(List<? extends GridRow> rows) {
        for (int start = 0; start < Math.min(MAX_HEADER_START, rows.size()); start++) {
            if (rolesIn(rows.get(start)).size() < 2) continue;
            int end = start + 1;
            while (end < rows.size() && end < start + 3 && isHeaderContinuation(rows.get(end))) end++;
            Optional<Map<ColumnRole, Integer>> cols = resolve(rows.subList(start, end));
            if (cols.isPresent()) {
                return Optional.of(new ColumnLayout(cols.get(), end, valueColumns(rows.subList(start, end), cols.get())));
            }
        }
        return Optional.empty();
    }

    /**
     * The value columns when the header names several ("Cùng kỳ năm 2023 | Năm 2024", "Kế hoạch | Thực hiện", one per
     * quarter), else none. A column's name is every header cell over it, top to bottom, so "Số liệu" merged over
     * "Năm 2023 | Năm 2024" names two columns; a column only a merged cell names is not told apart and not counted.
     */
    static List<ValueColumn> valueColumns(List<? extends GridRow> header, Map<ColumnRole, Integer> cols) {
        int from = Math.max(cols.getOrDefault(ColumnRole.LABEL, -1), cols.getOrDefault(ColumnRole.UNIT, -1)) + 1;
        int width = 0;
        for (GridRow r : header) {
            for (GridCell c : r.cells()) width = Math.max(width, c.gridCol() + c.colSpan());
        }
        List<ValueColumn> out = new java.util.ArrayList<>();
        for (int c = from; c < width; c++) {
            if (java.util.Objects.equals(cols.get(ColumnRole.NOTE), c) || java.util.Objects.equals(cols.get(ColumnRole.STT), c)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean own = false;
            for (GridRow r : header) {
                GridCell cell = covering(r, c);
                if (cell == null || cell.isBlank() || isColumnNumbering(r)) continue;
                name.append(' ').append(cell.text());
                own |= cell.colSpan() == 1;
            }
            ValueColumn v = own ? ValueColumn.of(c, name.toString().strip()) : null;
            if (v != null) out.add(v);
        }
        long named = out.stream().filter(v -> v.kind() != ValueColumn.Kind.OTHER && v.kind() != ValueColumn.Kind.COMPARISON).count();
        return named >= 2 ? out : List.of();
    }

    private static GridCell covering(GridRow row, int col) {
        for (GridCell c : row.cells()) {
            if (col >= c.gridCol() && col < c.gridCol() + c.colSpan()) return c;
        }
        return null;
    }

    /** True when a row repeats the header (page break inside a table); such rows are not data. */
    public boolean isRepeatedHeader(GridRow row) {
        return isColumnNumbering(row) || distinctRoles(row) >= 2 && !hasDataStt(row) && !hasNumber(row);
    }

    /**
     * Roles named by different cells; a header never holds a value, so an unnumbered data row whose label and unit
     * happen to read like names ("Kết quả giải quyết" | "Số lượng" | 5) is not taken for one.
     */
    private int distinctRoles(GridRow row) {
        return (int) rolesIn(row).values().stream().map(HeaderNames.Hit::role).distinct().count();
    }

    private static boolean hasNumber(GridRow row) {
        for (GridCell c : row.cells()) {
            if (c.text().strip().matches("\\d[\\d.,]*%?")) return true;
        }
        return false;
    }

    /** How many roles a row's cells name: a header row names several, a data row none or one by chance. */
    public int rolesNamed(GridRow row) {
        return hasDataStt(row) ? 0 : distinctRoles(row);
    }

    /**
     * Whether a table's first row is the lower half of a header laid out as {@code layout}: a page break cut the header
     * row, and its upper half, at the foot of the page before, was too short to be read as part of the table (a scan
     * finds no grid in a strip one line high). The row names at least two roles ("TT" over the row numbers, "thực
     * hiện" under "Kết quả"), holds no data, and every role it names is in the column the layout gives that role.
     */
    public boolean isLowerHalfOf(GridRow row, ColumnLayout layout) {
        if (hasDataStt(row) || hasNumber(row) || distinctRoles(row) < 2) return false;
        for (Map.Entry<Integer, HeaderNames.Hit> e : rolesIn(row).entrySet()) {
            ColumnRole role = e.getValue().role();
            boolean there = java.util.Objects.equals(layout.column(role).orElse(null), e.getKey())
                    || role == ColumnRole.VALUE && layout.valueColumns().stream().anyMatch(v -> v.col() == e.getKey());
            if (!there) return false;
        }
        return true;
    }

    private boolean isHeaderContinuation(GridRow row) {
        // before the STT test: the numbering row "1 | 2 | 3 | 4 | 5" starts with what looks like a row number
        if (isColumnNumbering(row)) return true;
        if (hasDataStt(row)) return false;
        if (!rolesIn(row).isEmpty()) return true;
        // the template's second header line: "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"
        String all = Fold.fold(String.join(" ", row.cells().stream().map(GridCell::text).toList()));
        return all.startsWith(HeaderNames.TEMPLATE_NOTE_START);
    }

    /**
     * The row under a header that numbers its columns, as statistical forms do: "1 2 3 4 5", "(1) (2) (3)", "A B C 1
     * 2". Every filled cell holds one such mark; a data row always has a label longer than that.
     */
    static boolean isColumnNumbering(GridRow row) {
        List<String> filled = row.cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty()).toList();
        return filled.size() >= 3 && filled.stream().allMatch(t -> COLUMN_MARK.matcher(t).matches());
    }

    private static boolean hasDataStt(GridRow row) {
        for (GridCell c : row.cells()) {
            if (!c.isBlank()) return c.text().strip().matches("\\d+(\\.\\d+)*\\.?");
        }
        return false;
    }

    private Map<Integer, HeaderNames.Hit> rolesIn(GridRow row) {
        Map<Integer, HeaderNames.Hit> hits = new HashMap<>();
        for (GridCell c : row.cells()) {
            HeaderNames.Hit h = HeaderNames.classify(c.text());
            if (h != null) hits.put(c.gridCol(), h);
        }
        return hits;
    }

    /**
     * Assigns each role one column from the header rows. A strong naming ("Số liệu") beats a weak one
     * ("Kết quả thống kê", which in the template spans both unit and value) for the same role.
     */
    private Optional<Map<ColumnRole, Integer>> resolve(List<? extends GridRow> headerRows) {
        Map<ColumnRole, Integer> strong = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, Integer> weak = new EnumMap<>(ColumnRole.class);
        for (GridRow r : headerRows) {
            for (GridCell c : r.cells()) {
                HeaderNames.Hit h = HeaderNames.classify(c.text());
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
