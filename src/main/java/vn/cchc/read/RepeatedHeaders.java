package vn.cchc.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Word's "repeat as header row" as Word applies it: only the rows from the top of the table down to the first row
 * not so marked repeat. A mark further down is ignored by Word and must not hide a data row; a mark on every row
 * (the whole table selected when the box was ticked) cannot mean the table has no data, so it is dropped too.
 */
public final class RepeatedHeaders {
    private RepeatedHeaders() {
    }

    public static List<Row> asWordApplies(List<Row> rows) {
        int leading = 0;
        while (leading < rows.size() && rows.get(leading).headerRepeat()) leading++;
        boolean wholeTable = leading == rows.size();
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean repeat = r.headerRepeat() && i < leading && !wholeTable;
            out.add(repeat == r.headerRepeat() ? r : new Row(r.index(), r.cells(), r.page(), repeat));
        }
        return out;
    }
}
