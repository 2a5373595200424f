package vn.cchc.read.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.read.ocr.ScanWord;

/**
 * OCR'd words as glyphs, so a scanned page goes through the layout a text layer does: one glyph per word, its box's
 * left edge and width, with a baseline and a font size that OCR does not give and are estimated here.
 *
 * <p>The font size is the page's: the height of a word of digits is the height of a digit, about 0.68 em in the fonts
 * reports are typed in (Times New Roman), and a page's table is typed in one size; a page without enough numbers takes
 * the typical height of its words, whose accents and descenders make it about 0.87 em. The baseline is the line's:
 * the bottom of a word is its baseline unless it has a descender (g, p, y, a comma), a dot below (ạ, ệ, ụ) or is all
 * raised (a dash), so each word's bottom is corrected by what it holds and the words Tesseract put on one line take
 * their median, which a few misjudged words do not move.
 */
final class ScanGlyphs {
    /** Height of a digit, in ems. */
    static final float DIGIT_EM = 0.68f;
    /** Typical height of a word of Vietnamese text (accents and descenders included), in ems. */
    static final float WORD_EM = 0.87f;
    /** How far a descender goes below the baseline, in ems. */
    static final float DESCENDER_EM = 0.21f;
    /** How far a dot below goes under the baseline, in ems. */
    static final float DOT_BELOW_EM = 0.13f;
    /** Height of the middle of a dash above the baseline, in ems. */
    static final float DASH_EM = 0.25f;
    /** Font sizes outside this range are not text of a report (a word box gone wrong): clamped. */
    private static final float MIN_SIZE = 6, MAX_SIZE = 30;
    /** At least this many words of digits on a page to take the font size from them. */
    private static final int MIN_DIGIT_WORDS = 3;
    /** Ink smaller than this both ways (in ems) is no character of a report's type. */
    static final float TINY_EM = 0.25f;
    /** Marks that stand for specks and stains, not for type, at the ends of a word. */
    private static final String JUNK = "„\"“”‘’'`~_|¬^*»«•";

    private ScanGlyphs() {
    }

    /** The words as glyphs, one per word, sized and placed on their line's baseline; specks read as marks left out. */
    static List<Glyph> of(List<ScanWord> scanned) {
        if (scanned.isEmpty()) return List.of();
        float size = fontSize(scanned);
        List<ScanWord> words = rowNumbers(scanned.stream().filter(w -> !tiny(w, size)).flatMap(w -> split(w, size).stream())
                .map(ScanGlyphs::trimmed).filter(w -> !isSpeck(w.text()) && !standingDash(w)).toList());
        if (words.isEmpty()) return List.of();
        Map<Integer, List<Float>> byLine = new HashMap<>();
        for (ScanWord w : words) byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(baseline(w, size));
        Map<Integer, Float> baselines = new HashMap<>();
        for (Map.Entry<Integer, List<Float>> e : byLine.entrySet()) baselines.put(e.getKey(), median(e.getValue()));
        List<Glyph> out = new ArrayList<>(words.size());
        for (ScanWord w : words) {
            out.add(new Glyph(w.text(), w.left(), baselines.get(w.line()), w.width(), size, false, w.confidence()));
        }
        return out;
    }

    /**
     * Whether a word's ink is smaller than any letter or digit both ways: a speck, whatever OCR took it for ("Ề" from a
     * dot in the row-number column, which would end the table there).
     */
    static boolean tiny(ScanWord w, float size) {
        return w.width() < TINY_EM * size && w.height() < TINY_EM * size;
    }

    /**
     * Whether a word is only punctuation that a speck of dust or a stamp's dot is read as (".", ":", "_", "'", "~"): such
     * a word would end a table (text in the row-number column) or join a label. A dash, a plus or a percent sign is
     * kept: they are values and units; a dash that is a speck has a low confidence, which flags its value.
     */
    static boolean isSpeck(String text) {
        return text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || "-–—+%".indexOf(c) >= 0);
    }

    /**
     * Whether a word read as a dash (or an equals sign) stands taller than it is wide: a dash is a level stroke, so
     * this is specks or a stamp's remains that OCR took for one. Seen in the gutter between the row numbers and the
     * labels of bold rows on a speckled scan ("2. — Số liệu về..."), where it joined the two columns into one and
     * lost the table's layout; a real dash (a value, the row number of an unnumbered sub-row) is kept.
     */
    static boolean standingDash(ScanWord w) {
        return !w.text().isEmpty() && w.text().codePoints().allMatch(c -> "-–—=".indexOf(c) >= 0) && w.height() > w.width();
    }

    /**
     * The word cut where marks no report word holds inside it (">", "<", "|", "=") join two words OCR ran together
     * ("quàn,>-0" from a unit and a value next to it), each part with its share of the box, a column gutter between
     * them: one word across a gutter would join two columns into one, and the share of the box that each part gets
     * is only a guess.
     */
    static List<ScanWord> split(ScanWord w, float size) {
        String t = w.text();
        java.util.regex.Matcher m = JOINS.matcher(t);
        if (!m.find()) return List.of(w);
        float letter = w.width() / t.length();
        List<ScanWord> out = new ArrayList<>();
        int from = 0;
        do {
            if (m.start() > from) out.add(part(w, from, m.start(), letter));
            from = m.end();
        } while (m.find());
        if (from < t.length()) out.add(part(w, from, t.length(), letter));
        for (int k = 1; k < out.size(); k++) {
            ScanWord prev = out.get(k - 1), next = out.get(k);
            float left = Math.max(next.left(), prev.left() + prev.width() + 2 * Columns.GUTTER_EM * size);
            float right = next.left() + next.width();
            if (left < right) {
                out.set(k, new ScanWord(next.text(), left, next.top(), right - left, next.height(), next.line(), next.confidence()));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern JOINS = java.util.regex.Pattern.compile("[<>|=\\[\\]{}]+");

    private static ScanWord part(ScanWord w, int from, int to, float letter) {
        return new ScanWord(w.text().substring(from, to), w.left() + from * letter, w.top(), (to - from) * letter, w.height(),
                w.line(), w.confidence());
    }

    /**
     * The word without the marks a speck or a stain at its ends is read as ("„vụ", "tính|"), its box shrunk by their
     * share of its letters: one such word across a column gutter would join two columns into one.
     */
    static ScanWord trimmed(ScanWord w) {
        String t = w.text();
        int a = 0, b = t.length();
        while (a < b && JUNK.indexOf(t.charAt(a)) >= 0) a++;
        while (b > a && JUNK.indexOf(t.charAt(b - 1)) >= 0) b--;
        if (a == 0 && b == t.length() || a == b) return w;
        return part(w, a, b, w.width() / t.length());
    }

    /**
     * A row number read with a comma for its last dot ("4," for "4."): the first word of a line, digits and dots
     * ending in a comma, which no value or label starts a table row with; read as the row number, or the row would
     * end the table.
     */
    static List<ScanWord> rowNumbers(List<ScanWord> words) {
        Map<Integer, ScanWord> first = new HashMap<>();
        for (ScanWord w : words) first.merge(w.line(), w, (x, y) -> y.left() < x.left() ? y : x);
        List<ScanWord> out = new ArrayList<>(words.size());
        for (ScanWord w : words) {
            boolean comma = first.get(w.line()) == w && w.text().matches("\\d{1,2}(\\.\\d{1,2})*,");
            out.add(comma ? new ScanWord(w.text().substring(0, w.text().length() - 1) + ".", w.left(), w.top(), w.width(),
                    w.height(), w.line(), w.confidence()) : w);
        }
        return out;
    }

    /** The page's font size in points: from the height of its digits, or of its words when it has few numbers. */
    static float fontSize(List<ScanWord> words) {
        List<Float> digits = new ArrayList<>(), all = new ArrayList<>();
        for (ScanWord w : words) {
            if (w.text().matches("\\d+")) digits.add(w.height());
            if (w.text().codePointCount(0, w.text().length()) >= 2) all.add(w.height());
        }
        float size;
        if (digits.size() >= MIN_DIGIT_WORDS) size = median(digits) / DIGIT_EM;
        else if (!all.isEmpty()) size = median(all) / WORD_EM;
        else size = words.get(0).height() / WORD_EM;
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }

    /** Where a word's baseline is, from its bottom and what its letters hold below or above the line. */
    static float baseline(ScanWord w, float size) {
        String t = w.text();
        String decomposed = Normalizer.normalize(t, Normalizer.Form.NFD);
        if (!t.codePoints().anyMatch(Character::isLetterOrDigit)) return w.top() + w.height() / 2 + DASH_EM * size;
        if (t.matches(".*[gjpqyQ,;()\\[\\]{}|/@$].*")) return w.bottom() - DESCENDER_EM * size;
        if (decomposed.indexOf('\u0323') >= 0) return w.bottom() - DOT_BELOW_EM * size; // combining dot below
        return w.bottom();
    }

    private static float median(List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
