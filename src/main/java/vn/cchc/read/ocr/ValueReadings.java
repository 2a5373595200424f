package vn.cchc.read.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of a grid's row-number and value cells, settled into one text and confidence per cell. A value cell is
 * read twice (as a block and as one line); two readings that disagree make it uncertain (confidence 0), since one of
 * them is wrong and nothing says which. One case is told apart: a reading that found nothing against one that found a
 * number. Tesseract's one-line reading returns nothing for a lone small digit in some fonts (a "4" in a sans-serif
 * cell), so such a cell is read a third time, as one word; when that reading says what the non-empty one said, two
 * independent readings agree and the value stands, at the confidence of the one-word reading: the mode made for a
 * lone word is the one whose confidence means something here (the block reading of such a digit says 0 even when it
 * reads it right). Otherwise it stays uncertain, and a one-word reading under the usual threshold leaves it so.
 *
 * <p>A row-number cell is read once, as a block; that reading returns nothing for a lone dash ("-", the row number of
 * the template's unnumbered sub-rows), though the cell has ink. Such a cell is read as one word with the third
 * readings, which sees the dash: without it the row would lose its number, and with it its place under its parent.
 */
final class ValueReadings {
    private final Map<Path, String> first;
    private final Map<Path, Double> firstConf;
    private final Map<Path, String> check;
    private final Map<Path, String> third = new LinkedHashMap<>();
    private final Map<Path, Double> thirdConf = new LinkedHashMap<>();

    /**
     * @param first     every cell's first reading (row numbers and values)
     * @param check     the second reading of the value cells
     */
    ValueReadings(Map<Path, String> first, Map<Path, Double> firstConf, Map<Path, String> check) {
        this.first = first;
        this.firstConf = firstConf;
        this.check = check;
    }

    /** The value cells that only one of the two readings found anything in. */
    List<Path> oneSided(List<Path> values) {
        List<Path> out = new ArrayList<>();
        for (Path p : values) {
            if (check.containsKey(p) && blank(first.get(p)) != blank(check.get(p))) out.add(p);
        }
        return out;
    }

    /** The row-number cells (read once) whose reading found nothing, though each has ink (it has an image). */
    List<Path> blankRowNumbers(List<Path> numbers) {
        List<Path> out = new ArrayList<>();
        for (Path p : numbers) {
            if (!check.containsKey(p) && blank(first.get(p))) out.add(p);
        }
        return out;
    }

    /** Takes the third reading of the {@code images} (in the order they were read). */
    void third(List<Path> images, List<Tesseract.Word> words) {
        CellTexts.collectNumbers(images, words, third, thirdConf);
    }

    String text(Path p) {
        if (rowNumberSeenAlone(p)) return third.get(p);
        if (agreed(p) || !settledByThird(p)) return first.get(p);
        return blank(first.get(p)) ? check.get(p) : first.get(p);
    }

    double confidence(Path p) {
        if (rowNumberSeenAlone(p)) return thirdConf.get(p);
        if (agreed(p)) return firstConf.get(p);
        if (!settledByThird(p)) return 0;
        return thirdConf.get(p);
    }

    /** A row-number cell (read once), or a value whose two readings say the same. */
    private boolean agreed(Path p) {
        return !check.containsKey(p) || CellTexts.sameReading(first.get(p), check.get(p));
    }

    /** A row-number cell that only its one-word reading found anything in. */
    private boolean rowNumberSeenAlone(Path p) {
        return !check.containsKey(p) && blank(first.get(p)) && !blank(third.get(p));
    }

    private boolean settledByThird(Path p) {
        String t = third.get(p);
        if (blank(t)) return false;
        String seen = blank(first.get(p)) ? check.get(p) : first.get(p);
        return CellTexts.sameReading(seen, t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
