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
                } else {
                    conf = 0; // read two ways (or not read again): nothing says which is right
                    if (second != null && !second.isBlank()) text = second.strip();
                }
            }
            out.add(word(text, p, conf));
        }
        return out;
    }

    /** A placed word in points. */
    static ScanWord word(String text, Placed p, double conf) {
        return new ScanWord(text, p.left() * POINTS_PER_PIXEL, p.top() * POINTS_PER_PIXEL, p.word().width() * POINTS_PER_PIXEL,
                p.word().height() * POINTS_PER_PIXEL, p.line(), conf);
    }
}
