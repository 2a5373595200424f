package vn.cchc.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * The period a report covers, from its title: "Quý I năm 2024" → 2024-Q1, "6 tháng đầu năm 2024" → 2024-H1,
 * "9 tháng năm 2024" → 2024-9M, "năm 2023" → 2023. A title names the period reported first and what comes next
 * after ("Quý I, nhiệm vụ trọng tâm Quý II năm 2023", "năm 2023, phương hướng nhiệm vụ năm 2024"), so the
 * earliest period wins, with the first year written after it.
 */
public final class ReportPeriods {
    /** The forms a period is written in the output and accepted on the command line. */
    public static final Pattern FORMAT = Pattern.compile("\\d{4}(?:-(?:Q[1-4]|H1|9M))?");

    /**
     * The quarter's numeral as typed, or as OCR reads a Roman one: a capital I and a small l look alike in most fonts
     * ("quý lI" for "quý II"), so in a numeral of one to three strokes, or one before a V, an l counts as an I.
     */
    private static final Pattern QUARTER = Pattern.compile("\\bquy ([il]v|[il]{1,3}|1|2|3|4)\\b");
    private static final Pattern HALF = Pattern.compile("\\b(?:6|06|sau) thang\\b(?! cuoi)");
    private static final Pattern NINE = Pattern.compile("\\b(?:9|09|chin) thang\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam (\\d{4})\\b");
    /** "tháng 3 năm 2024": a monthly report, a period this tool has no code for. */
    private static final Pattern MONTH = Pattern.compile("\\bthang (\\d{1,2})\\b");
    /** "Quý I/2024" folds to "quy i 2024": a year right after the period word. */
    private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile("^ (\\d{4})\\b");

    private record Mention(int start, int end, String suffix) {
    }

    private ReportPeriods() {
    }

    public static Optional<String> find(String text) {
        String f = Fold.fold(text);
        List<Mention> mentions = new ArrayList<>();
        Matcher q = QUARTER.matcher(f);
        while (q.find()) mentions.add(new Mention(q.start(), q.end(), "-Q" + quarter(q.group(1))));
        Matcher h = HALF.matcher(f);
        while (h.find()) mentions.add(new Mention(h.start(), h.end(), "-H1"));
        Matcher n = NINE.matcher(f);
        while (n.find()) mentions.add(new Mention(n.start(), n.end(), "-9M"));
        Matcher y = YEAR.matcher(f);
        while (y.find()) mentions.add(new Mention(y.start(), y.start(), ""));
        Matcher month = MONTH.matcher(f);
        while (month.find()) mentions.add(new Mention(month.start(), month.end(), null));
        mentions.sort(Comparator.comparingInt(Mention::start));
        for (Mention m : mentions) {
            if (m.suffix() == null) return Optional.empty(); // a month: not guessed as the year
            String rest = f.substring(m.end());
            Matcher right = YEAR_RIGHT_AFTER.matcher(rest);
            Matcher later = YEAR.matcher(rest);
            String year = right.find() ? right.group(1) : later.find() ? later.group(1) : null;
            if (year != null) return Optional.of(year + m.suffix());
        }
        return Optional.empty();
    }

    public static boolean isValid(String period) {
        return period != null && FORMAT.matcher(period).matches();
    }

    private static int quarter(String numeral) {
        String roman = numeral.replace('l', 'i');
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
