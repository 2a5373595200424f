package vn.cchc.table;

import java.math.BigDecimal;

/**
 * A row's cell in one of several value columns.
 *
 * @param raw    the cell as printed
 * @param number the exact number the document stored for it (a spreadsheet), else null
 */
public record ValueCell(String raw, BigDecimal number) {
}
