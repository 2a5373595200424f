package vn.cchc.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.cchc.table.StatRow;

/**
 * A stable key for every row, matched or not, so the same row in twenty reports groups together even when the
 * catalogue has no code for it (an indicator of a later template revision, a province's own row). It is made of what
 * survives renumbering and small changes of wording: the section, the row it is printed under (its catalogue code, or
 * for an unmatched parent the parent's own words) and the label folded as the matcher reads it (case, tone marks,
 * abbreviations, the reporter's own level words, footnotes and words in parentheses dropped, and the small words "số",
 * "các", "của", "về"...), e.g. {@code CDDH/-/tin_bai_tuyen_truyen_cai_cach_hanh_chinh} or
 * {@code TTHC/TTHC.HOSO.HUYEN.TYLE_DUNG_HAN/tong_ho_so_thu_tuc_hanh_chinh_da_giai_quyet_xong}. The printed number is
 * not part of it.
 */
public final class RowKeys {
    /** Separates the three parts; neither codes nor folded words contain it. */
    static final String SEPARATOR = "/";
    static final String NONE = "-";
    /**
     * Words that change from office to office without changing the row. ("Số" is dropped only as the first word:
     * folded, it is also the "sơ" of "hồ sơ" and the "số" of "số hóa".)
     */
    private static final Set<String> SMALL_WORDS = Set.of("cac", "cua", "ve", "va", "tai", "voi", "cho", "nay");

    private RowKeys() {
    }

    /**
     * @param rows          the rows of one table, in order
     * @param matches       what the matcher decided for each
     * @param reporterLevel the report's level code, or null (see {@link IndicatorMatcher#matchAll(List, String)})
     */
    public static List<String> of(List<StatRow> rows, List<IndicatorMatch> matches, String reporterLevel) {
        List<String> keys = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StatRow r = rows.get(i);
            String parent = NONE;
            for (int j = i - 1; j >= 0 && r.parentLabel() != null; j--) {
                if (!rows.get(j).label().equals(r.parentLabel())) continue;
                parent = matches.get(j).matched() ? matches.get(j).indicator().code() : words(rows.get(j).label(), reporterLevel);
                break;
            }
            keys.add((r.section() == null ? NONE : r.section().name()) + SEPARATOR + parent + SEPARATOR
                    + words(r.label(), reporterLevel));
        }
        return keys;
    }

    /** The label's folded words that make the key, joined by "_"; "-" for a label without any. */
    static String words(String label, String reporterLevel) {
        Wording w = Wording.of(LevelWords.canonical(label, reporterLevel));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < w.words().size(); i++) {
            String word = w.words().get(i);
            if (w.bracketed().get(i) || SMALL_WORDS.contains(word) || word.equals("%")) continue;
            if (word.equals("so") && kept.isEmpty()) continue;
            kept.add(word);
        }
        return kept.isEmpty() ? NONE : String.join("_", kept);
    }

    /** The catalogue code of the row a key's row is printed under, when that row was matched. */
    public static Optional<String> parentCode(String rowKey) {
        String[] parts = rowKey.split(SEPARATOR, 3);
        if (parts.length < 3 || parts[1].equals(NONE) || !parts[1].equals(parts[1].toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    /** The key's own words (its last part). */
    static String ownWords(String rowKey) {
        String[] parts = rowKey.split(SEPARATOR, 3);
        return parts[parts.length - 1];
    }
}
