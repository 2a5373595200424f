package vn.cchc.read.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.read.Text;
import vn.cchc.read.text.UnitLexicon;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;
import vn.cchc.vocabulary.Stt;

/**
 * The columns of a scanned table with no header, when nothing before it says what they hold either: a page scanned or
 * photographed alone that starts in the middle of a table (page 2 of a report). Read from what the columns hold, and
 * only when that leaves one answer: row numbers in the first column, the label beside them, then perhaps a column of
 * units ("Văn bản", "%", "TTHC"), then one column of numbers, then perhaps a note. A table with two columns of
 * numbers after its label (two periods, plan and result) has no header to say which is the report's: no layout, and
 * its rows are not read as statistics (as before), rather than given a value from a column chosen by guess.
 */
public final class HeaderlessColumns {
    /** A value as a table prints it: a number (either notation, maybe %), a dash, or a word zero. */
    private static final Pattern VALUE = Pattern.compile("(?iu)-?\\d+(?:[.,]\\d+)*\\s*%?|[-–—]|không|có|chưa");
    /** Share of a column's filled cells that must be of its kind. */
    private static final double MOSTLY = 0.6;
    /** Filled cells a column needs before what it holds says anything. */
    private static final int MIN_FILLED = 3;
    /** The longest unit of the template ("Cơ quan, đơn vị", "Lượt người") with room for a letter OCR added. */
    private static final int UNIT_CHARS = 20;

    private static final UnitLexicon UNITS = UnitLexicon.standard();

    private HeaderlessColumns() {
    }

    /**
     * The layout of a headerless table from its body's cells, column by column (the text of each cell that lies in
     * that column alone), or empty when the shape is not the template's or leaves more than one column of numbers.
     * Public for the layout of a scanned table printed without lines, which asks the same of its columns' text.
     */
    public static Optional<ColumnLayout> infer(List<List<String>> columns) {
        int n = columns.size();
        if (n < 3) return Optional.empty();
        if (share(columns.get(0), Stt::isRowMark) < MOSTLY) return Optional.empty();
        if (longest(columns) != 1) return Optional.empty();
        Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
        roles.put(ColumnRole.STT, 0);
        roles.put(ColumnRole.LABEL, 1);
        int next = 2;
        // a unit as the template prints it, or as OCR garbles one ("Đơnvj"): short text, no number
        if (share(columns.get(2), s -> UNITS.isUnitOnly(s) || s.length() <= UNIT_CHARS && !VALUE.matcher(s).matches()) >= MOSTLY) {
            roles.put(ColumnRole.UNIT, next++);
        }
        int values = 0;
        for (int j = next; j < n; j++) {
            if (share(columns.get(j), s -> VALUE.matcher(s).matches()) >= MOSTLY) values++;
        }
        if (values != 1 || next >= n || share(columns.get(next), s -> VALUE.matcher(s).matches()) < MOSTLY) {
            return Optional.empty();
        }
        roles.put(ColumnRole.VALUE, next);
        if (next + 1 < n) {
            if (next + 2 < n) return Optional.empty(); // more columns than a note after the value: not the template's
            roles.put(ColumnRole.NOTE, next + 1);
        }
        return Optional.of(new ColumnLayout(roles, 0));
    }

    /**
     * Per table of a page, the columns of one with no header whose kinds were only guessed (no table before it of the
     * same shape, on this page or the one before), when what its columns hold settles them; null for every other table.
     *
     * @param text the page's cells as read so far (a guessed table's value cells read as text)
     */
    static List<ColumnLayout> ofPage(PageOcr.Prepared pr, List<List<CellKind>> kinds, List<CellKind> carried,
                                     List<Integer> carriedColumns, Map<Path, String> text) {
        List<ColumnLayout> out = new ArrayList<>();
        for (int t = 0; t < pr.grids.size(); t++) {
            List<Integer> xs = pr.grids.get(t).xs();
            boolean guessed = pr.ownKinds.get(t) == null && !(carried != null && PageOcr.sameColumns(carriedColumns, xs));
            carried = kinds.get(t);
            carriedColumns = xs;
            ColumnLayout layout = null;
            if (guessed) {
                List<List<String>> columns = new ArrayList<>();
                for (int j = 0; j + 1 < xs.size(); j++) columns.add(new ArrayList<>());
                for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
                    PageOcr.Box b = e.getKey();
                    if (b.firstCol() == b.lastCol()) columns.get(b.firstCol()).add(text.getOrDefault(e.getValue(), ""));
                }
                layout = infer(columns).orElse(null);
            }
            out.add(layout);
        }
        return out;
    }

    /** The value cells of the tables given a layout here, to be read again as value cells. */
    static List<Path> valueCells(PageOcr.Prepared pr, List<ColumnLayout> layouts) {
        List<Path> out = new ArrayList<>();
        for (int t = 0; t < layouts.size(); t++) {
            if (layouts.get(t) == null) continue;
            int col = layouts.get(t).column(ColumnRole.VALUE).orElseThrow();
            for (Map.Entry<PageOcr.Box, Path> e : pr.images.get(t).entrySet()) {
                if (e.getKey().firstCol() == col && e.getKey().lastCol() == col) out.add(e.getValue());
            }
        }
        return out;
    }

    /** The share of a column's filled cells that the test holds for; 0 with too few filled cells to say. */
    private static double share(List<String> cells, java.util.function.Predicate<String> test) {
        int filled = 0, yes = 0;
        for (String c : cells) {
            String s = Text.clean(c).strip();
            if (s.isEmpty()) continue;
            filled++;
            if (test.test(s)) yes++;
        }
        return filled < MIN_FILLED ? 0 : (double) yes / filled;
    }

    /** The column whose filled cells hold the most text on average: the label's. */
    private static int longest(List<List<String>> columns) {
        int best = -1;
        double most = 0;
        for (int j = 0; j < columns.size(); j++) {
            int filled = 0, chars = 0;
            for (String c : columns.get(j)) {
                String s = Text.clean(c).strip();
                if (s.isEmpty()) continue;
                filled++;
                chars += s.length();
            }
            double avg = filled == 0 ? 0 : (double) chars / filled;
            if (avg > most) {
                most = avg;
                best = j;
            }
        }
        return best;
    }
}
