package vn.cchc.check;

import vn.cchc.catalogue.Indicator;

/**
 * What the checks need of one extracted row: where it is (to name it), what was printed, and which indicator it is.
 *
 * @param section   the template area (CDDH, TTHC...), or null
 * @param stt       the printed row number
 * @param unit      the printed unit
 * @param valueRaw  the value cell as printed; the checks read it themselves, both separator conventions included
 * @param indicator the catalogue indicator the row was matched to, or null when unmatched
 */
public record CheckRow(String section, String stt, String label, String unit, String valueRaw, Indicator indicator) {
}
