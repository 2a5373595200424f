package vn.cchc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Document;
import vn.cchc.report.ReportLines.Passage;
import vn.cchc.text.Fold;
import vn.cchc.vocabulary.Flag;

/**
 * Reads who reported, under which number and date, for which period, from the report's own text. Each field
 * comes from the places a reader would look, most trusted first: the header block, then the appendix line
 * "(Ban hành kèm theo Báo cáo số … ngày … của …)", the title, the closing "Trên đây là báo cáo … của …" and the
 * opening sentence "… báo cáo …". Numbers and dates of other documents cited in the body are never taken. A field
 * that cannot be read is null with a flag.
 */
public final class ReportMetadataExtractor {

    private static final Pattern NUMBER_FOLLOWS = Pattern.compile("^\\s*:?[\\s.…_]*\\d*[\\s.…_]*/.*");
    private static final Pattern APPENDIX_MARKER = Pattern.compile("(?iu)kèm\\s+theo\\s+(báo\\s+cáo)");
    private static final List<String> MOTTO = List.of("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc");

    public ReportMetadata extract(Document doc) {
        try {
            return extract(ReportLines.of(doc));
        } catch (RuntimeException e) {
            // metadata is a by-product: a bug reading it must not cost the file its records
            return new ReportMetadata(null, null, null, null, null,
                    List.of(Flag.NO_REPORT_NUMBER, Flag.NO_REPORT_DATE, Flag.NO_ISSUER, Flag.NO_LEVEL, Flag.NO_PERIOD));
        }
    }

    ReportMetadata extract(ReportLines r) {
        List<Flag> flags = new ArrayList<>();
        String number = number(r);
        if (number == null) flags.add(Flag.NO_REPORT_NUMBER);
        String date = date(r);
        if (date == null) flags.add(Flag.NO_REPORT_DATE);
        IssuerReading reading = issuer(r, date == null ? 0 : Integer.parseInt(date.substring(0, 4)));
        Optional<Issuer> issuer = reading.issuer();
        String name = issuer.filter(Issuer::named).map(Issuer::name).orElse(null);
        String level = issuer.map(i -> i.level().code()).orElse(null);
        if (name == null) flags.add(Flag.NO_ISSUER);
        else if (reading.inferred()) flags.add(Flag.ISSUER_INFERRED);
        if (level == null) flags.add(Flag.NO_LEVEL);
        String period = period(r);
        if (period == null) flags.add(Flag.NO_PERIOD);
        return new ReportMetadata(name, level, number, date, period, flags);
    }

    // ---- number and date

    private static String number(ReportLines r) {
        Optional<ReportNumbers.Found> inHead = ReportNumbers.find(String.join("\n", r.head));
        if (inHead.isPresent() && inHead.get().number() != null) return inHead.get().number();
        // the appendix lines repeat the number, sometimes with a typo in one of them: take the usual spelling
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Passage p : r.appendix) {
            appendixNumber(p).map(ReportNumbers.Found::number).ifPresent(n -> seen.merge(n, 1, Integer::sum));
        }
        return seen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Optional<ReportNumbers.Found> appendixNumber(Passage p) {
        String text = afterAppendixMarker(p.text());
        return ReportNumbers.find(text);
    }

    /** The text from "Báo cáo" in "kèm theo Báo cáo số …" on, so an earlier "Số" on the line is not taken. */
    private static String afterAppendixMarker(String text) {
        Matcher m = APPENDIX_MARKER.matcher(text);
        return m.find() ? text.substring(m.start(1)) : text;
    }

    private static String date(ReportLines r) {
        Optional<ReportDates.Found> inHead = ReportDates.find(String.join("\n", r.head));
        if (inHead.isPresent() && inHead.get().date() != null) return inHead.get().iso();
        for (Passage p : r.appendix) {
            String text = afterAppendixMarker(p.text());
            Optional<ReportNumbers.Found> n = ReportNumbers.find(text);
            if (n.isEmpty()) continue;
            String rest = text.substring(n.get().end());
            int of = rest.toLowerCase(java.util.Locale.ROOT).indexOf("của");
            Optional<ReportDates.Found> d = ReportDates.find(of < 0 ? rest : rest.substring(0, of));
            if (d.isPresent() && d.get().date() != null) return d.get().iso();
        }
        return null;
    }

    // ---- issuer

    /** The issuer and whether it was inferred from the report's sentences rather than read where it names itself. */
    private record IssuerReading(Optional<Issuer> issuer, boolean inferred) {
    }

    private static IssuerReading issuer(ReportLines r, int year) {
        IssuerReader reader = new IssuerReader(year);
        // where a report names itself: the header block, the appendix line, the title, "Trên đây là báo cáo … của …"
        List<Optional<Issuer>> candidates = new ArrayList<>();
        candidates.add(reader.findFirst(headTokens(r.head), 0).map(IssuerReader.Found::issuer));
        for (Passage p : r.appendix) candidates.add(afterOf(reader, p.tokens(), "bao"));
        candidates.add(afterOf(reader, new Passage(r.title).tokens(), null));
        for (Passage p : r.closing) candidates.add(afterOf(reader, p.tokens(), "bao"));
        List<Issuer> found = candidates.stream().flatMap(Optional::stream).toList();
        Optional<Issuer> best = found.stream().filter(Issuer::named).findFirst().map(b -> belowTheHeaders(b, candidates));
        boolean inferred = false;
        if (best.isEmpty()) {
            // the header was lost (text copied from the body): its own sentences, "UBND tỉnh … báo cáo …", "trên
            // địa bàn tỉnh …", say who wrote it, less surely
            Optional<Issuer> opening = beforeReport(reader, new Passage(r.opening).tokens());
            Optional<Level> level = found.stream().findFirst().or(() -> opening).map(Issuer::level);
            best = opening.filter(Issuer::named).or(() -> onTerritory(reader, r, level));
            inferred = best.isPresent();
            if (best.isEmpty()) best = found.stream().findFirst().or(() -> opening);
        }
        // a provincial agency seldom names its province outside the header; the place-date line does
        return new IssuerReading(best.map(i -> i.level() == Level.SO && i.province() == null
                ? placeOfDate(r.head).map(p -> Provinces.provinceOf(p, year)).map(i::inProvince).orElse(i) : i)
                .map(i -> PlaceSpelling.respelled(i, r.all)), inferred);
    }

    /**
     * The header's council, or the body a tier below it that the report's appendix line, title or closing names
     * ("… của UBND xã Phong Hiền"): a header may name the council above the one reporting ("UBND HUYỆN PHONG ĐIỀN /
     * ỦY BAN NHÂN DÂN / XÃ PHONG HIỀN"), and when the reporting body's lines are misread (a coarse or photographed
     * scan) only the council above is left, which is not who reported.
     */
    private static Issuer belowTheHeaders(Issuer best, List<Optional<Issuer>> candidates) {
        if (candidates.get(0).filter(best::equals).isEmpty() || !best.body().startsWith("UBND ") || best.level() == Level.XA) {
            return best;
        }
        for (Optional<Issuer> c : candidates.subList(1, candidates.size())) {
            if (c.isPresent() && c.get().named() && c.get().level().ordinal() > best.level().ordinal()) return c.get();
        }
        return best;
    }

    /**
     * "… trên địa bàn tỉnh Quảng Trị …" in the opening sentence (or, failing that, the first such phrase of the
     * report): the council of that place, when its level is the one the report's unnamed mentions give ("UBND tỉnh
     * báo cáo"), or when nothing gives one. A department works on its province's territory, so it is never named so.
     */
    private static Optional<Issuer> onTerritory(IssuerReader reader, ReportLines r, Optional<Level> level) {
        if (level.isPresent() && level.get() == Level.SO) return Optional.empty();
        List<List<Token>> places = new ArrayList<>();
        places.add(new Passage(r.opening).tokens());
        for (int l = 0; l < r.all.size(); l++) places.add(Token.of(r.all.get(l), 0));
        for (List<Token> t : places) {
            for (int i = 0; i + 2 < t.size(); i++) {
                if (!t.get(i).folded().equals("dia") || !t.get(i + 1).folded().equals("ban")) continue;
                Optional<Issuer> place = reader.readPlace(t, i + 2).filter(Issuer::named);
                if (place.isPresent() && (level.isEmpty() || place.get().level() == level.get())) return place;
            }
        }
        return Optional.empty();
    }

    /** The body named after "của" (after "báo cáo … của" when {@code after} is given). */
    private static Optional<Issuer> afterOf(IssuerReader reader, List<Token> t, String after) {
        int from = 0;
        if (after != null) {
            while (from < t.size() && !t.get(from).folded().equals(after)) from++;
        }
        for (int i = from; i + 1 < t.size(); i++) {
            if (!t.get(i).lower().equals("của")) continue;
            Optional<IssuerReader.Found> f = reader.readAt(t, i + 1);
            if (f.isPresent()) return f.map(IssuerReader.Found::issuer);
        }
        return Optional.empty();
    }

    /** "Sở Kế hoạch và Đầu tư báo cáo …", "UBND huyện báo cáo …": the body just before "báo cáo". */
    private static Optional<Issuer> beforeReport(IssuerReader reader, List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Optional<IssuerReader.Found> f = reader.readAt(t, i);
            if (f.isPresent() && IssuerReader.matchPhrase(t, f.get().end(), "bao cao") > 0) {
                return f.map(IssuerReader.Found::issuer);
            }
        }
        return Optional.empty();
    }

    /**
     * The header's words with what is not the issuer taken out: the national motto, "Số: …" and the place-date
     * line, which a PDF may print on the same line as the issuer.
     */
    static List<Token> headTokens(List<String> head) {
        List<Token> out = new ArrayList<>();
        // lines are counted among those that keep words: the motto printed beside the issuer's block (read before
        // its last line when the header was a two-column layout) must not part "ỦY BAN NHÂN DÂN" from "XÃ Y"
        int kept = 0;
        for (int l = 0; l < head.size(); l++) {
            String line = head.get(l);
            List<Token> t = Token.of(line, kept);
            int before = out.size();
            int cut = t.size();
            for (int i = 0; i < t.size() && cut == t.size(); i++) {
                Token tok = t.get(i);
                if (tok.lower().equals("số") && NUMBER_FOLLOWS.matcher(line.substring(tok.end())).matches()) cut = i;
                if (tok.lower().equals("ngày") && isDateAt(line, tok)) cut = placeStart(t, i);
            }
            t = t.subList(0, cut);
            for (int i = 0; i < t.size(); i++) {
                int skip = mottoAt(t, i);
                if (skip > i) {
                    i = skip - 1;
                } else if (!inSymbol(t.get(i))) {
                    out.add(t.get(i));
                }
            }
            if (out.size() > before) kept++;
        }
        return out;
    }

    /** A word of a document symbol wrapped onto its own line ("06/2024/QĐ-UBND"): not a body's name. */
    private static boolean inSymbol(Token tok) {
        String src = tok.source();
        boolean slashAfter = tok.end() < src.length() && src.charAt(tok.end()) == '/';
        boolean joinedBefore = tok.start() > 0 && (src.charAt(tok.start() - 1) == '/' || src.charAt(tok.start() - 1) == '-');
        return slashAfter || joinedBefore;
    }

    private static int mottoAt(List<Token> t, int i) {
        for (String m : MOTTO) {
            int k = IssuerReader.matchPhrase(t, i, m);
            if (k > 0) return k;
        }
        return i;
    }

    private static boolean isDateAt(String line, Token tok) {
        return ReportDates.find(line.substring(tok.start())).filter(d -> d.start() == 0).isPresent();
    }

    /** Start of the place before ", ngày": the capitalised (not all-capitals) words just before it. */
    private static int placeStart(List<Token> t, int ngay) {
        int i = ngay;
        while (i > 0 && ngay - i < 5 && t.get(i - 1).isCapitalised() && !t.get(i - 1).isCaps()) i--;
        return i;
    }

    /** The place of the place-date line ("Thừa Thiên Huế, ngày 08 tháng 3 năm 2024" → "Thừa Thiên Huế"). */
    static Optional<String> placeOfDate(List<String> head) {
        for (String line : head) {
            List<Token> t = Token.of(line, 0);
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).lower().equals("ngày") || !isDateAt(line, t.get(i))) continue;
                int s = placeStart(t, i);
                if (s < i) return Optional.of(Token.span(t, s, i - 1));
            }
        }
        return Optional.empty();
    }

    // ---- period

    private static String period(ReportLines r) {
        Optional<String> p = ReportPeriods.find(String.join(" ", r.title));
        if (p.isEmpty()) p = ReportPeriods.find(fromReport(String.join(" ", r.opening)));
        for (Passage c : r.closing) {
            if (p.isEmpty()) p = ReportPeriods.find(c.text());
        }
        if (p.isEmpty()) p = statisticsTitlePeriod(r);
        return p.orElse(null);
    }

    /**
     * A statistics appendix sent on its own (a workbook) has no "BÁO CÁO" title: its title line names the period
     * instead ("BIỂU THỐNG KÊ SỐ LIỆU ... QUÝ I NĂM 2024", "Kỳ báo cáo: 6 tháng đầu năm 2024"). Only such title lines
     * near the top count, never a date in the body.
     */
    private static Optional<String> statisticsTitlePeriod(ReportLines r) {
        for (int i = 0; i < Math.min(r.all.size(), 15); i++) {
            String f = vn.cchc.text.Fold.fold(r.all.get(i));
            if (STATISTICS_TITLE.matcher(f).find()) {
                Optional<String> p = ReportPeriods.find(r.all.get(i));
                if (p.isPresent()) return p;
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern STATISTICS_TITLE =
            java.util.regex.Pattern.compile("^(bieu|bang|thong ke|so lieu|ky bao cao|phu luc)\\b");

    /** The opening sentence from its "báo cáo" on: what comes before cites other documents. */
    private static String fromReport(String opening) {
        int at = opening.toLowerCase(java.util.Locale.ROOT).indexOf("báo cáo");
        return at < 0 ? "" : opening.substring(at);
    }
}
