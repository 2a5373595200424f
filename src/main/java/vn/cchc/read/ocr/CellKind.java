package vn.cchc.read.ocr;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.text.Fold;

/**
 * What a column of a scanned table holds, as far as OCR needs to know: the row number and value columns are read
 * with a character set limited to what they can hold, so a stain cannot become a letter in a number and a letter
 * cannot become a digit; the others are read as Vietnamese text.
 */
enum CellKind {
    STT("0123456789.IVXivxabcdđe)-+*"),
    VALUE("0123456789.,%-+/KhôngCóưaxX"),
    TEXT(null);

    /** What a row-number or value cell may hold: both are read in one call. */
    static final String NUMBERS = "0123456789.,%-+/()*IVXivxabcdđeKhôngCóưa";

    /** Characters Tesseract may answer in such a cell; null for any. */
    final String whitelist;

    CellKind(String whitelist) {
        this.whitelist = whitelist;
    }

    /**
     * The kind of each column from the header's text (all header cells covering the column, joined), or null when
     * the text is not a statistics table's header.
     */
    static List<CellKind> fromHeader(List<String> columnHeaders, List<Integer> xs) {
        List<CellKind> kinds = new ArrayList<>();
        int named = 0;
        boolean value = false;
        for (String h : columnHeaders) {
            String f = " " + Fold.fold(h).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip() + " ";
            CellKind k = TEXT;
            if (namesStt(h)) {
                k = STT;
                named++;
            } else if (f.contains("don vi ") || f.contains(" dvt ") || f.contains(" ghi chu ")) {
                // "don vi" also at a word's end: a ruling's remains read as a letter run into it ("IDơn vị tính"),
                // and a unit column taken for values would have its units read with the digits' character set
                named++;
            } else if (f.matches(".* (so lieu|gia tri|so luong|thuc hien|ket qua|ty le|tong so) .*") && !f.contains(" chi tieu ")) {
                k = VALUE;
                value = true;
                named++;
            } else if (f.contains(" chi tieu ") || f.contains(" noi dung ")) {
                named++;
            }
            kinds.add(k);
        }
        if (!(named >= 2 && value)) return null;
        if (!kinds.contains(STT) && narrowFirst(xs) && Fold.fold(columnHeaders.get(0)).strip().length() <= 4) {
            kinds.set(0, STT); // "STT" in a narrow cell is easily misread ("SIT", "S1T"): the column says what it is
        }
        return kinds;
    }

    /** Whether a header cell's text names the row-number column. */
    static boolean namesStt(String header) {
        String f = " " + Fold.fold(header).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip() + " ";
        return f.matches(".* (stt|tt|s tt|so tt|so thu tu) .*");
    }

    private static boolean narrowFirst(List<Integer> xs) {
        return xs.get(1) - xs.get(0) < (xs.get(xs.size() - 1) - xs.get(0)) * 0.12;
    }

    /** Kinds for a table without a header of its own: only a narrow first column is taken as the row number. */
    static List<CellKind> guess(List<Integer> xs) {
        List<CellKind> kinds = new ArrayList<>();
        for (int j = 0; j + 1 < xs.size(); j++) {
            kinds.add(j == 0 && narrowFirst(xs) ? STT : TEXT);
        }
        return kinds;
    }
}
