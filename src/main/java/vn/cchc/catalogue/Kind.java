package vn.cchc.catalogue;

import java.util.Locale;

/** What an indicator's value is; decides which units fit it and which checks apply. */
public enum Kind {
    /** A number of things (documents, tasks, people, units). */
    COUNT,
    /** A percentage, printed 0..100. */
    PERCENT,
    /** An amount in triệu đồng. */
    MONEY,
    /** Có = 1 / Không = 0. */
    YESNO,
    /** A code whose meanings the unit column lists ("Chưa = 0; Đang làm = 1; Hoàn thành = 2"). */
    CODED,
    /** A grouping row of the form; it carries no value of its own. */
    HEADING;

    public static Kind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
