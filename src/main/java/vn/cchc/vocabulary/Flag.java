package vn.cchc.vocabulary;

/**
 * Why a record is not plain data: what the tool was unsure of, could not read, or found inconsistent. A flag rides on
 * the record (and the report's metadata) from the stage that noticed it to the output, where its {@link #code()} is
 * written. The codes are part of the output format: never rename one.
 *
 * <p>The constants are in the order of the README's flag table, whose lines {@link #meaning()} gives (a test keeps
 * the two the same).
 */
public enum Flag {
    UNREADABLE_VALUE("unreadable_value",
            "the value cell is not a number cchc can read with certainty (`11/11`, `khoảng 50`); `value` is null"),
    NO_SECTION("no_section",
            "neither the heading before the table nor a section row says which area the row belongs to; `section` is null"),
    UNMATCHED("unmatched", "no catalogue indicator fits the row well enough; `indicator` is null"),
    NO_ISSUER("no_issuer", "the issuing body could not be read; `issuer` is null (on every record of the file)"),
    NO_LEVEL("no_level",
            "the issuer's level (`tinh`, `so`, `huyen`, `xa`) could not be told; `level` is null (on every record of the file)"),
    NO_REPORT_NUMBER("no_report_number",
            "the report's number could not be read; `report_number` is null (on every record of the file)"),
    NO_REPORT_DATE("no_report_date",
            "the report's date could not be read; `report_date` is null (on every record of the file)"),
    NO_PERIOD("no_period",
            "the period reported on could not be read; `period` is null (on every record of the file)"),
    ISSUER_INFERRED("issuer_inferred",
            "the report does not name itself in its header, appendix line, title or closing sentence (text copied from the body only); the issuer was taken from its own sentences (\"UBND tỉnh … báo cáo\", \"trên địa bàn tỉnh …\") (on every record of the file)"),
    RATE_MISMATCH("rate_mismatch",
            "consistency check: the rate does not follow from its numerator and denominator, to the rounding printed"),
    SUM_MISMATCH("sum_mismatch", "consistency check: the total is not the sum of its parts"),
    OUT_OF_RANGE("out_of_range",
            "consistency check: an impossible value (a percentage outside 0..100, a negative or fractional count, a code not among its codes)"),
    UNIT_MISMATCH("unit_mismatch", "consistency check: the printed unit (or a % sign) contradicts the indicator's kind"),
    AMBIGUOUS_NUMBER("ambiguous_number",
            "the number reads differently under the two separator conventions and nothing in the report settles it; `value` is null"),
    LABEL_FROM_ROW_ABOVE("label_from_row_above",
            "flattened text only: a row of only a unit and a value took the label of the row above, whose cell spanned both"),
    VALUE_WITHOUT_UNIT("value_without_unit",
            "flattened text only: a number ends the row with no unit before it; it is taken as the value, the unit left empty"),
    UNIT_NOT_IN_LIST("unit_not_in_list",
            "flattened text only: the word before the value is not a known unit, but its place says it is the unit"),
    LABEL_START_GUESSED("label_start_guessed",
            "flattened text only: where the note of the row above ends and this row's label begins was guessed"),
    NOTE_MAY_INCLUDE_LABEL("note_may_include_label",
            "flattened text only: lines after the value went to the note, though some of them may belong to the label"),
    NO_LABEL("no_label", "flattened text only: a numbered row with no label and no row above to take one from"),
    DUPLICATE("duplicate",
            "the report is the same submission as an earlier input of the run (same issuer and period; `duplicate_of` names it); its records are written all the same"),
    VALUE_UNCERTAIN("value_uncertain",
            "flattened text only: a bare number ends the label, so the number read after the unit may be a broken row number rather than the value; `value` is left empty rather than risk a wrong one"),
    VALUE_COLUMN_GUESSED("value_column_guessed",
            "the table has several value columns and its header does not say which is the report's period, or the row is on a page the table continues onto without a header and with another number of value columns than the page before; the latest period was taken as `value` (the others are in `values`)"),
    FORMULA_WITHOUT_VALUE("formula_without_value",
            "spreadsheets only: a formula in the row was never calculated by the program that saved the file, so its value is unknown"),
    AMBIGUOUS_PERCENT("ambiguous_percent",
            "spreadsheets only: a percentage row holds a stored number whose scale is in doubt (`0.955` in a cell not formatted as a percentage: 95.5 % typed as a fraction, or 0.955 %), and neither the report's arithmetic nor the way the workbook writes its other percentages settles which; `value` is null"),
    OCR("ocr", "the row was read from a page image by OCR (a scan); `ocr_confidence` says how sure OCR is of its value"),
    OCR_UNCERTAIN("ocr_uncertain",
            "OCR is not sure of the value: read below confidence 80, ink it could not read, two readings that disagree, or a stamp or signature over the value cell (then `value` is null), or a consistency check contradicts it (then the value is kept beside the check's flag)"),
    REPLACED_CHARACTER("replaced_character",
            "the row holds U+FFFD where the file had bytes that are not valid text (a stray byte in UTF-8 text); its wording or value may have lost a character, and a value with one is null"),
    SIDE_VALUE_UNREAD("side_value_unread",
            "a number in another value column of the row (`prev_value`, or one of `values`) reads two ways under the two separator conventions, or is not a number cchc can read; it is null there (`value` is not affected)");

    private final String code;
    private final String meaning;

    Flag(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** As written in the output. */
    public String code() {
        return code;
    }

    /** One line for a person, as the README's flag table gives it. */
    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return code;
    }
}
