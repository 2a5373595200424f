package vn.cchc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.number.ParsedNumber;
import vn.cchc.table.Section;
import vn.cchc.table.StatRow;
import vn.cchc.vocabulary.Flag;

/**
 * Where a number with two readings ("1.250", "386.420") is decided: the checks. Over made-up reports, a number with
 * two readings leaves the checks either settled on one of them or with no value and {@code ambiguous_number}, never a
 * value unflagged that nothing settled; and in a report of unmatched rows, where only the report's own convention can
 * settle it, it is settled exactly when the other numbers show one convention only (README: Numbers).
 */
class AmbiguityPropertiesTest {
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static final ConsistencyChecks CHECKS = new ConsistencyChecks(CATALOGUE);
    private static final List<Indicator> INDICATORS = CATALOGUE.indicators();

    /** What a value cell shows of the report's convention. */
    enum Shape {
        TWO_READINGS(false, false), VIETNAMESE(true, false), ENGLISH(false, true), PLAIN(false, false);

        final boolean vietnamese;
        final boolean english;

        Shape(boolean vietnamese, boolean english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    record Cell(String text, Shape shape) {
    }

    static Cell cell(Shape shape, int a, int b, int c) {
        String three = String.format("%03d", b % 1000);
        String first = Integer.toString(1 + a % 999);
        return switch (shape) {
            case TWO_READINGS -> new Cell(first + (c % 2 == 0 ? "." : ",") + three, shape);
            case VIETNAMESE -> new Cell(switch (c % 3) {
                case 0 -> (a % 100) + "," + (1 + b % 9);              // 99,6
                case 1 -> first + "." + three + "." + three;           // 10.323.108
                default -> first + "." + three + "," + (b % 10);       // 1.234,5
            }, shape);
            case ENGLISH -> new Cell(switch (c % 3) {
                case 0 -> (a % 100) + "." + String.format("%02d", b % 100); // 92.86
                case 1 -> first + "," + three + "," + three;                // 1,234,567
                default -> first + "," + three + "." + (b % 10);            // 1,234.5
            }, shape);
            case PLAIN -> new Cell(switch (c % 3) {
                case 0 -> Integer.toString(a % 5000);
                case 1 -> "-";
                default -> "Không";
            }, shape);
        };
    }

    private static ParsedRow unmatched(int i, String value) {
        return ParsedRow.of(new StatRow(Section.TTHC, Integer.toString(i + 1), "Một dòng lạ " + i, "Văn bản", value, "",
                null, null, 0, i, List.of()), IndicatorMatch.unmatched(0, "no close indicator"));
    }

    private static ParsedRow matched(int i, Indicator ind, String value) {
        return ParsedRow.of(new StatRow(ind.section(), Integer.toString(i + 1), ind.name(), ind.unit(), value, "",
                null, null, 0, i, List.of()), new IndicatorMatch(ind, 1, ""));
    }

    /** In a report of unmatched rows the convention of the other numbers alone settles a number with two readings. */
    static void settledOnlyByTheReportsConvention(List<Cell> cells) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) rows.add(unmatched(i, cells.get(i).text()));
        CheckOutcome out = CHECKS.check(rows);
        boolean vietnamese = cells.stream().anyMatch(c -> c.shape().vietnamese);
        boolean english = cells.stream().anyMatch(c -> c.shape().english);
        for (int i = 0; i < cells.size(); i++) {
            CheckedRow r = out.rows().get(i);
            ParsedNumber n = r.row().number();
            String where = cells.stream().map(Cell::text).toList() + " row " + i;
            if (cells.get(i).shape() != Shape.TWO_READINGS) {
                assertEquals(n.value(), r.value(), where);
                assertTrue(!r.flags().contains(Flag.AMBIGUOUS_NUMBER), where);
                continue;
            }
            assertTrue(n.isAmbiguous(), where);
            if (vietnamese == english) {
                assertNull(r.value(), () -> "nothing settles " + where + ", yet a value " + r.value());
                assertTrue(r.flags().contains(Flag.AMBIGUOUS_NUMBER), where);
            } else {
                assertEquals(0, (vietnamese ? n.value() : n.alternative()).compareTo(r.value()), where);
                assertTrue(!r.flags().contains(Flag.AMBIGUOUS_NUMBER), where);
            }
        }
    }

    /** With catalogue indicators (kinds, rates, totals) too: one of its readings, or none and the flag. */
    static void oneReadingOrFlagged(List<ParsedRow> rows) {
        CheckOutcome out = CHECKS.check(rows);
        for (CheckedRow r : out.rows()) {
            ParsedNumber n = r.row().number();
            boolean flagged = r.flags().contains(Flag.AMBIGUOUS_NUMBER);
            String where = n.raw() + " (" + r.row().row().label() + ")";
            if (n.isAmbiguous() && n.alternative().compareTo(n.value()) != 0) {
                if (r.value() == null) {
                    assertTrue(flagged, () -> where + ": no value and no flag");
                } else {
                    assertTrue(!flagged, where);
                    assertTrue(r.value().compareTo(n.value()) == 0 || r.value().compareTo(n.alternative()) == 0,
                            () -> where + " settled on " + r.value() + ", neither of its readings");
                }
            } else {
                assertTrue(!flagged, () -> where + " has one reading, yet flagged ambiguous");
                BigDecimal expected = n.value();
                assertTrue(expected == null ? r.value() == null : expected.compareTo(r.value()) == 0, where);
            }
        }
    }

    static List<Cell> report(Random r) {
        int size = 1 + r.nextInt(8);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cells.add(cell(Shape.values()[r.nextInt(4)], r.nextInt(100_000), r.nextInt(100_000), r.nextInt(1000)));
        }
        return cells;
    }

    @Test
    void unmatchedReports() {
        Random r = new Random(386420);
        for (int i = 0; i < 2000; i++) settledOnlyByTheReportsConvention(report(r));
        settledOnlyByTheReportsConvention(List.of(new Cell("386.420", Shape.TWO_READINGS)));
        settledOnlyByTheReportsConvention(List.of(new Cell("1.250", Shape.TWO_READINGS), new Cell("92.86", Shape.ENGLISH),
                new Cell("10.323.108", Shape.VIETNAMESE)));
    }

    @Test
    void reportsWithIndicators() {
        Random r = new Random(1250);
        for (int i = 0; i < 1000; i++) {
            List<Cell> cells = report(r);
            List<ParsedRow> rows = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                String text = cells.get(k).text() + (r.nextInt(6) == 0 ? "%" : "");
                rows.add(r.nextBoolean() ? unmatched(k, text) : matched(k, INDICATORS.get(r.nextInt(INDICATORS.size())), text));
            }
            oneReadingOrFlagged(rows);
        }
    }

    @FuzzTest
    void ambiguousSettledOrFlagged(FuzzedDataProvider data) {
        int size = data.consumeInt(1, 12);
        List<ParsedRow> rows = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String text = data.consumeString(16);
            rows.add(data.consumeBoolean() ? unmatched(k, text)
                    : matched(k, INDICATORS.get(data.consumeInt(0, INDICATORS.size() - 1)), text));
        }
        oneReadingOrFlagged(rows);
    }
}
