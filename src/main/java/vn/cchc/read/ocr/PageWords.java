package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.cchc.read.ReadException;

/**
 * The words Tesseract read in a page's strips (the page outside its grids), placed on the page for the layout of a
 * table printed without lines. A number in such a table has no cell to re-read with a limited character set, so each
 * word that reads as a number is cut from the page by its own box and read again with the digits' set and model, as a
 * value cell of a grid is: the two readings must agree, or the word's confidence is 0 (a misread digit is flagged,
 * never passed on as a value).
 */
final class PageWords {
    /** Points per pixel of a page image at {@link OcrEngine#DPI}. */
    static final float POINTS_PER_PIXEL = 72f / OcrEngine.DPI;
    /** Pixels of paper kept around a word's box when it is cut out to be read again. */
    private static final int PAD = 4;
    /** A row number or a value as the page-layout reading gives it: digits with a number's punctuation. */
    private static final Pattern NUMBER = Pattern.compile("[0-9.,%()+\\-/]*[0-9][0-9.,%()+\\-/]*");
    /** The longest word of digits among stray marks read again as a number (a value, a row number, with a mark or two). */
    private static final int MARKED_NUMBER = 12;

    /**
     * A third reading of a number word that the digits' one-line reading with their character set saw nothing in: the
     * same model without the set. Limited to digits, its search returns nothing for a digit it first took for a
     * letter (a bold serif "0" for an "O"), though it reads "0" unlimited; when that agrees with the page's reading
     * (the Vietnamese model's), two models say the same and the number stands at this reading's confidence. An "O"
     * or anything else leaves it uncertain.
     */
    private static final Tesseract.Mode DIGITS_UNLIMITED = new Tesseract.Mode(7, null, Tesseract.NUMBER_MODEL);

    private PageWords() {
    }

    /** A word on the page, in pixels, before it is read again. */
    record Placed(Tesseract.Word word, int left, int top, int line) {
    }

    /**
     * The words of the strips placed on the page (pixels), each with a line number unique on the page.
     *
     * @param origins where each strip image's top left corner lies on the page
     */
    static List<Placed> place(List<Tesseract.Word> words, List<int[]> origins) {
        Map<String, Integer> lines = new HashMap<>();
        List<Placed> out = new ArrayList<>(words.size());
        for (Tesseract.Word w : words) {
            if (w.image() < 0 || w.image() >= origins.size()) continue;
            int[] o = origins.get(w.image());
            int line = lines.computeIfAbsent(w.image() + "/" + w.block() + "/" + w.par() + "/" + w.line(), k -> lines.size());
            out.add(new Placed(w, o[0] + w.left(), o[1] + w.top(), line));
        }
        return out;
    }

    /**
     * Whether the page-layout reading of a word is a number (a row number, a value, a year), to be read again: digits
     * with a number's punctuation, or digits among marks no number holds and no letter (what is left of a stamp's ring
     * or a speck beside a digit, read as "†1", "1⁄2."), which the digits' model reads again without them.
     */
    static boolean isNumber(String text) {
        if (NUMBER.matcher(text).matches()) return true;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return false;
            digit |= c >= '0' && c <= '9';
        }
        return digit && text.length() <= MARKED_NUMBER;
    }

    /**
     * The words in points, numbers read a second time from their own boxes: the second reading (the digits' model with
     * their character set, as for a grid's value cells) gives the text and confidence when both readings agree;
     * when they do not, the confidence is 0.
     */
    static List<ScanWord> read(GrayImage page, InkMask mask, List<Placed> words, Tesseract tesseract, Path workDir, int pageNo)
            throws IOException, ReadException {
        words = words.stream().map(w -> tight(w, mask)).toList();
        Map<Integer, Path> crops = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Placed p = words.get(i);
            if (!isNumber(p.word().text())) continue;
            BufferedImage img = CellImage.cut(page, mask, p.left() - PAD, p.top() - PAD, p.left() + p.word().width() + PAD,
                    p.top() + p.word().height() + PAD, false);
            if (img == null) continue;
            Path f = Files.createTempFile(workDir, "p" + pageNo + "-word", PgmFile.SUFFIX);
            PgmFile.write(img, f);
            crops.put(i, f);
        }
        List<Path> images = new ArrayList<>(crops.values());
        Map<Path, String> again = new LinkedHashMap<>();
        Map<Path, Double> againConf = new LinkedHashMap<>();
        CellTexts.collectNumbers(images, tesseract.read(images, workDir, Tesseract.Mode.NUMBERS_CHECK), again, againConf);
        // the one-line reading with the digits' set sees nothing in some lone digits that the page's reading saw (a
        // bold serif "0" on a speckled scan): read those once more by the digits' model without its character set
        List<Path> unseen = images.stream().filter(f -> again.get(f) == null || again.get(f).isBlank()).toList();
        Map<Path, String> word = new LinkedHashMap<>();
        Map<Path, Double> wordConf = new LinkedHashMap<>();
        if (!unseen.isEmpty()) {
            CellTexts.collectNumbers(unseen, tesseract.read(unseen, workDir, DIGITS_UNLIMITED), word, wordConf);
        }
        List<ScanWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Placed p = words.get(i);
            Tesseract.Word w = p.word();
            String text = w.text();
            double conf = w.conf();
            if (isNumber(text)) {
                Path f = crops.get(i);
                String second = f == null ? null : again.get(f);
                if (second != null && CellTexts.sameReading(text, second)) {
                    conf = againConf.get(f);
                } else if (word.get(f) != null && !word.get(f).isBlank() && CellTexts.sameReading(text, word.get(f))) {
                    conf = wordConf.get(f); // two models agree: the digits' model's confidence
                } else {
                    conf = 0; // read two ways (or not read again): nothing says which is right
                    if (second != null && !second.isBlank()) text = second.strip();
                }
            }
            out.add(word(text, p, conf));
        }
        return out;
    }

    /**
     * The word's box without the ink at its ends that a blank gap wider than any space inside a word sets apart from
     * the rest, when that ink is a small part of the word's: specks OCR joined to the word ("3.3." boxed from a speck
     * far left of it). Such a box would stick out of its column (a row number out in the margin ends the table as
     * running text) or bridge a gutter and join two columns, and the word read again from it would read the speck too.
     */
    static Placed tight(Placed p, InkMask mask) {
        Tesseract.Word w = p.word();
        int h = w.height(), width = w.width();
        if (width < 2 || h < 2) return p;
        int[] cols = new int[width];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < h; y++) if (mask.at(p.left() + x, p.top() + y)) cols[x]++;
        }
        // runs of inked columns, joined over gaps narrower than a wide space (half the word's height)
        int gap = Math.max(3, h / 2);
        List<int[]> runs = new ArrayList<>(); // first column, last column, ink
        int blank = gap;
        for (int x = 0; x < width; x++) {
            if (cols[x] <= BLANK_COLUMN) {
                blank++;
                continue;
            }
            if (blank >= gap || runs.isEmpty()) runs.add(new int[] {x, x, 0});
            int[] r = runs.get(runs.size() - 1);
            r[1] = x;
            r[2] += cols[x];
            blank = 0;
        }
        if (runs.size() < 2) return p;
        int total = 0;
        for (int[] r : runs) total += r[2];
        int a = 0, b = runs.size() - 1;
        while (a < b && runs.get(a)[2] * SPECK_SHARE < total) a++;
        while (b > a && runs.get(b)[2] * SPECK_SHARE < total) b--;
        if (a == 0 && b == runs.size() - 1) return p;
        int from = runs.get(a)[0], to = runs.get(b)[1] + 1;
        Tesseract.Word t = new Tesseract.Word(w.image(), w.block(), w.par(), w.line(), w.left() + from, w.top(), to - from, h,
                w.conf(), w.text());
        return new Placed(t, p.left() + from, p.top(), p.line());
    }

    /** A column of a word's box with this many ink pixels or fewer is blank (a speck crossing a gap). */
    private static final int BLANK_COLUMN = 1;
    /** Ink at a word's end set apart by a gap is a speck when the word holds this many times as much. */
    private static final int SPECK_SHARE = 4;

    /** A placed word in points. */
    static ScanWord word(String text, Placed p, double conf) {
        return new ScanWord(text, p.left() * POINTS_PER_PIXEL, p.top() * POINTS_PER_PIXEL, p.word().width() * POINTS_PER_PIXEL,
                p.word().height() * POINTS_PER_PIXEL, p.line(), conf);
    }
}
