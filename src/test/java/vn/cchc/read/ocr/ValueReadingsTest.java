package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the readings of a value cell are settled: agreement stands, disagreement is uncertain, a third reading decides only a one-sided pair. */
class ValueReadingsTest {
    private final Path cell = Path.of("cell.pgm");
    private final Map<Path, String> first = new HashMap<>();
    private final Map<Path, Double> firstConf = new HashMap<>();
    private final Map<Path, String> check = new HashMap<>();

    private ValueReadings readings(String a, double aConf, String b) {
        first.put(cell, a);
        firstConf.put(cell, aConf);
        check.put(cell, b);
        return new ValueReadings(first, firstConf, check);
    }

    private static Tesseract.Word word(String text, double conf) {
        return new Tesseract.Word(0, 1, 1, 1, 0, 0, 10, 10, conf, text);
    }

    @Test
    void twoReadingsThatAgreeKeepTheFirstConfidence() {
        ValueReadings r = readings("2.097", 91, "2.097");
        assertTrue(r.oneSided(List.of(cell)).isEmpty());
        assertEquals("2.097", r.text(cell));
        assertEquals(91, r.confidence(cell));
    }

    @Test
    void twoReadingsThatDisagreeAreUncertainAndNeverReadAThirdTime() {
        ValueReadings r = readings("83", 95, "88");
        assertTrue(r.oneSided(List.of(cell)).isEmpty(), "a number against another number: nothing says which is right");
        assertEquals(0, r.confidence(cell));
    }

    @Test
    void aLoneDigitTheOneLineReadingMissedStandsWhenTheOneWordReadingSaysTheSame() {
        ValueReadings r = readings("4", 0, "");
        assertEquals(List.of(cell), r.oneSided(List.of(cell)));
        r.third(List.of(cell), List.of(word("4", 92.3)));
        assertEquals("4", r.text(cell));
        assertEquals(92.3, r.confidence(cell));
    }

    @Test
    void theSecondReadingsNumberStandsWhenTheFirstSawNothingAndTheThirdAgrees() {
        ValueReadings r = readings("", 0, "7");
        r.third(List.of(cell), List.of(word("7", 88)));
        assertEquals("7", r.text(cell));
        assertEquals(88, r.confidence(cell));
    }

    @Test
    void aThirdReadingThatSaysSomethingElseOrNothingLeavesTheValueUncertain() {
        ValueReadings other = readings("4", 90, "");
        other.third(List.of(cell), List.of(word("1", 95)));
        assertEquals(0, other.confidence(cell));

        ValueReadings nothing = readings("4", 90, "");
        nothing.third(List.of(cell), List.of());
        assertEquals(0, nothing.confidence(cell));
    }

    @Test
    void aRowNumberReadOnceKeepsItsReading() {
        first.put(cell, "2.1");
        firstConf.put(cell, 77.0);
        ValueReadings r = new ValueReadings(first, firstConf, check);
        assertEquals("2.1", r.text(cell));
        assertEquals(77, r.confidence(cell));
    }

    /** Tesseract's block reading sees nothing in a cell holding a lone dash; its one-word reading sees the dash. */
    @Test
    void aRowNumberCellWithInkReadAsNothingIsReadAsOneWord() {
        first.put(cell, "");
        firstConf.put(cell, 0.0);
        Path numbered = Path.of("numbered.pgm");
        first.put(numbered, "2.1");
        firstConf.put(numbered, 90.0);
        ValueReadings r = new ValueReadings(first, firstConf, check);
        assertEquals(List.of(cell), r.blankRowNumbers(List.of(numbered, cell)));
        r.third(List.of(cell), List.of(word("-", 93)));
        assertEquals("-", r.text(cell));
        assertEquals(93, r.confidence(cell));
        assertEquals("2.1", r.text(numbered));
    }

    @Test
    void aRowNumberCellTheOneWordReadingSeesNothingInStaysEmpty() {
        first.put(cell, "");
        firstConf.put(cell, 0.0);
        ValueReadings r = new ValueReadings(first, firstConf, check);
        r.third(List.of(cell), List.of());
        assertEquals("", r.text(cell));
    }

    @Test
    void aValueCellIsNeverTakenForABlankRowNumber() {
        ValueReadings r = readings("", 0, "");
        assertTrue(r.blankRowNumbers(List.of(cell)).isEmpty());
    }
}
