package vn.cchc.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.Kind;
import vn.cchc.number.ParsedNumber;

/**
 * The value of each row of one report as far as the checks have settled it. A number that reads differently under the
 * two separator conventions ("2.097") starts open, with both readings, until something in the report settles it; the
 * checks need one value per row.
 */
final class Readings {
    private final List<ParsedRow> rows;
    /** The settled value of each row, null while open or when there is none. */
    private final BigDecimal[] value;
    /** The two readings of a number not settled yet, else null. */
    private final List<List<BigDecimal>> open = new ArrayList<>();
    /** Whether a row's two readings are the two percent scales of a stored number, not two separator conventions. */
    private final boolean[] scale;

    Readings(List<ParsedRow> rows) {
        this.rows = rows;
        value = new BigDecimal[rows.size()];
        scale = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ParsedNumber p = rows.get(i).number();
            boolean twoReadings = p.isAmbiguous() && p.alternative().compareTo(p.value()) != 0;
            List<BigDecimal> scales = twoReadings ? null : PercentScale.readings(rows.get(i), kind(i));
            scale[i] = scales != null;
            open.add(twoReadings ? List.of(p.value(), p.alternative()) : scales);
            if (!twoReadings && scales == null) value[i] = p.value();
        }
    }

    int size() {
        return rows.size();
    }

    ParsedRow row(int i) {
        return rows.get(i);
    }

    ParsedNumber parsed(int i) {
        return rows.get(i).number();
    }

    Indicator indicator(int i) {
        return rows.get(i).indicator();
    }

    /** The settled value, null while open or when the row has no number. */
    BigDecimal value(int i) {
        return value[i];
    }

    /** Every row's settled value, a copy to try readings in. */
    BigDecimal[] values() {
        return value.clone();
    }

    boolean isOpen(int i) {
        return open.get(i) != null;
    }

    /** Whether the row is open between two percent scales (a spreadsheet number), not two separator conventions. */
    boolean isScaleOpen(int i) {
        return scale[i] && open.get(i) != null;
    }

    /** Whether the row's stored number started with two percent scales (settled since or not). */
    boolean hadTwoScales(int i) {
        return scale[i];
    }

    /** The two readings of an open number. */
    List<BigDecimal> readings(int i) {
        return open.get(i);
    }

    void settle(int i, BigDecimal v) {
        value[i] = v;
        open.set(i, null);
    }

    /** Whether the row has a number, settled or not. */
    boolean carriesNumber(int i) {
        return value[i] != null || open.get(i) != null;
    }

    /** The catalogue's kind; for an unmatched row, a percent when its unit or value says so. */
    Kind kind(int i) {
        Indicator ind = indicator(i);
        if (ind != null) return ind.kind();
        boolean percent = UnitText.of(rows.get(i).row().unit()) == UnitText.PERCENT || parsed(i).percent();
        return percent ? Kind.PERCENT : null;
    }
}
