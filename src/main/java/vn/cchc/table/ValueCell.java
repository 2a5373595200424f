package vn.cchc.table;

import java.math.BigDecimal;

import vn.cchc.vocabulary.ValueColumn;

/**
 * A row's cell in one of several value columns.
 *
 * @param raw    the cell as printed
 * @param number the exact number the document stored for it (a spreadsheet), else null
 * @param column the value column it sits in, as the header of its part of the table names it (a table continued
 *               on the next page under a header of its own may name other columns than its first part)
 */
public record ValueCell(String raw, BigDecimal number, ValueColumn column) {
}
