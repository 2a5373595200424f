package vn.cchc.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a reporting body in a run of words: "UBND huyện Quảng Điền", "ỦY BAN NHÂN DÂN / PHƯỜNG HỒNG HẢI",
 * "UBND TỈNH THỪA THIÊN HUẾ / SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư". Names printed in capitals are
 * given back in normal case ("phường Hồng Hải", "Sở Kế hoạch và Đầu tư").
 */
final class IssuerReader {
    /**
     * Level words after "UBND": folded form, form written in a name, and for a single word the exact lower-case
     * spelling, so "UBND quản lý" is not read as "quận". Longest first.
     */
    private static final List<String[]> LEVEL_WORDS = List.of(
            new String[]{"thanh pho", "thành phố", null}, new String[]{"thi xa", "thị xã", null},
            new String[]{"thi tran", "thị trấn", null}, new String[]{"dac khu", "đặc khu", null},
            new String[]{"tinh", "tỉnh", "tỉnh"}, new String[]{"tp", "thành phố", "tp"},
            new String[]{"huyen", "huyện", "huyện"}, new String[]{"quan", "quận", "quận"},
            new String[]{"xa", "xã", "xã"}, new String[]{"phuong", "phường", "phường"});

    /** Marks between two words that end a place name (a dash or a comma does not: "Bà Rịa - Vũng Tàu"). */
    private static final java.util.regex.Pattern SENTENCE_MARKS = java.util.regex.Pattern.compile("[.;:()\\[\\]/]");

    /** Words that end a place name: the next phrase of a sentence or of a header has begun. */
    private static final Set<String> STOP_WORDS = Set.of("năm", "về", "báo", "tại", "trong", "quý", "tháng", "giai",
            "của", "và", "ngày", "số", "sở", "ubnd", "phòng", "đã", "theo", "thực", "đến", "từ", "trên", "với", "cho");
    private static final Set<String> STOP_PHRASES = Set.of("uy ban", "van phong", "thanh tra", "cong hoa", "doc lap",
            "ban quan", "ban dan", "chi cuc", "ban hanh", "trung tam");

    /** Words naming the kind of an agency, before its proper name. */
    private static final List<String> AGENCY_KINDS = List.of("so", "ban", "chi cuc", "van phong", "thanh tra", "phong",
            "trung tam");
    /** First words of an agency printed in capitals under its council, lower-cased. */
    private static final Set<String> AGENCY_FIRST_WORDS = Set.of("ban", "văn", "thanh", "chi", "phòng", "trung");

    /** Department names (folded) for reading "Sở …" inside a sentence, where its end is not marked. */
    private static final List<String> DEPARTMENTS = List.of(
            "noi vu", "tu phap", "ke hoach va dau tu", "tai chinh", "cong thuong",
            "nong nghiep va phat trien nong thon", "nong nghiep va moi truong", "giao thong van tai",
            "giao thong xay dung", "xay dung", "tai nguyen va moi truong", "thong tin va truyen thong",
            "lao dong thuong binh va xa hoi", "van hoa the thao va du lich", "van hoa va the thao",
            "van hoa thong tin va the thao", "van hoa the thao", "du lich", "khoa hoc va cong nghe",
            "giao duc va dao tao", "y te", "ngoai vu", "dan toc va ton giao", "tai nguyen moi truong");

    private final int year;

    /** @param year the report's year, or 0 when unknown (only Huế's status depends on it) */
    IssuerReader(int year) {
        this.year = year;
    }

    /** The level of a body given by name ("UBND phường Hồng Hải" → xa), when the name says it. */
    static Optional<Level> levelOf(String name) {
        List<Token> t = Token.of(name, 0);
        return new IssuerReader(0).findFirst(t, 0).map(f -> f.issuer().level());
    }

    /** The first body named in {@code t} from {@code from} on. */
    Optional<Found> findFirst(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            Optional<Found> f = readAt(t, i);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    /**
     * @param end index after the last word of the body
     */
    record Found(Issuer issuer, int start, int end) {
    }

    /** A body starting at word {@code i}, with a provincial agency under it when the header names one. */
    Optional<Found> readAt(List<Token> t, int i) {
        int afterUbnd = matchUbnd(t, i);
        if (afterUbnd > 0) return readCouncil(t, i, afterUbnd);
        if (isSo(t, i)) return readDepartment(t, i);
        return Optional.empty();
    }

    /** A place named without its council ("tỉnh Quảng Trị", "huyện Phong Điền"), read as that place's council. */
    Optional<Issuer> readPlace(List<Token> t, int i) {
        for (String[] lw : LEVEL_WORDS) {
            int k = matchPhrase(t, i, lw[0]);
            if (k < 0 || lw[2] != null && !spelled(t.get(i), lw[2])) continue;
            int end = placeName(t, k);
            if (end <= k) return Optional.empty();
            String place = recase(t, k, end - 1);
            return Optional.of(new Issuer("UBND " + lw[1] + " " + place, level(lw[0], place), true, null));
        }
        return Optional.empty();
    }

    /**
     * Whether a level word is spelled as {@code exact}, or printed in capitals that lost their marks: OCR drops the
     * marks of capitals ("XA PHONG HIEN" for "XÃ PHONG HIỀN"), and a capital without marks cannot be told from another.
     */
    private static boolean spelled(Token tok, String exact) {
        return tok.lower().equals(exact) || tok.isCaps() && tok.text().equals(tok.folded().toUpperCase(Locale.ROOT));
    }

    /** "UBND …" or "Ủy ban nhân dân …", with its level and place. */
    private Optional<Found> readCouncil(List<Token> t, int start, int j) {
        for (String[] lw : LEVEL_WORDS) {
            int k = matchPhrase(t, j, lw[0]);
            if (k < 0 || lw[2] != null && !spelled(t.get(j), lw[2])) continue;
            if (t.get(k - 1).line() - t.get(start).line() > 1) return Optional.empty();
            int end = placeName(t, k);
            String place = end > k ? recase(t, k, end - 1) : null;
            Level level = level(lw[0], place);
            String body = "UBND " + lw[1] + (place == null ? "" : " " + place);
            Issuer council = new Issuer(body, level, place != null, null);
            // "UBND HUYỆN A / UBND XÃ B": a header may name the council above the one reporting
            if (place != null && end < t.size() && matchUbnd(t, end) > 0) {
                Optional<Found> lower = readCouncil(t, end, matchUbnd(t, end));
                if (lower.isPresent() && lower.get().issuer().named()) return lower.map(f -> new Found(f.issuer(), start, f.end()));
            }
            if (place != null) {
                Optional<Found> agency = readAgencyUnder(t, end, lw[1] + " " + place, level);
                if (agency.isPresent()) return agency.map(a -> new Found(a.issuer(), start, a.end()));
            }
            return Optional.of(new Found(council, start, end));
        }
        return Optional.empty();
    }

    /**
     * In a header, "UBND TỈNH X" (or "UBND HUYỆN X") may be followed by the agency that actually reports: a
     * department of the province, or an office of the district ("PHÒNG NỘI VỤ"), which shares its level.
     */
    private Optional<Found> readAgencyUnder(List<Token> t, int i, String parent, Level parentLevel) {
        if (i >= t.size()) return Optional.empty();
        // OCR drops or changes the marks of capitals: "SƠ TƯ PHAP" under "UBND TINH QUANG BINH" is the department
        boolean soInCaps = t.get(i).isCaps() && t.get(i).folded().equals("so") && i + 1 < t.size() && t.get(i + 1).isCaps();
        if (parentLevel == Level.TINH && (isSo(t, i) || soInCaps)) {
            return readDepartment(t, i).map(f -> new Found(f.issuer().inProvince(parent), f.start(), f.end()));
        }
        Token first = t.get(i);
        // a header prints the agency in capitals: BAN QUẢN LÝ …, VĂN PHÒNG …, THANH TRA TỈNH, PHÒNG NỘI VỤ …
        if (!first.isCaps() || !AGENCY_FIRST_WORDS.contains(first.lower())) return Optional.empty();
        int end = capsRun(t, i);
        if (end - i < 2) return Optional.empty();
        Level level = parentLevel == Level.TINH ? Level.SO : parentLevel;
        return Optional.of(new Found(new Issuer(recaseDepartment(t, i, end - 1), level, true, parent), i, end));
    }

    /** "Sở Kế hoạch và Đầu tư", "SỞ NỘI VỤ", optionally followed by its province. */
    private Optional<Found> readDepartment(List<Token> t, int i) {
        int end;
        String body;
        if (i + 1 < t.size() && t.get(i).isCaps() && (t.get(i + 1).isCaps() || oneCapital(t.get(i + 1)))) {
            end = capsRun(t, i);
            body = recaseDepartment(t, i, end - 1);
        } else {
            end = knownDepartment(t, i + 1);
            if (end < 0) end = capitalisedDepartment(t, i + 1);
            if (end <= i + 1) return Optional.empty();
            body = Token.span(t, i, end - 1);
        }
        Issuer agency = new Issuer(body, Level.SO, true, null);
        // "Sở Nội vụ tỉnh Quảng Ninh"
        for (String[] lw : List.of(new String[]{"tinh", "tỉnh"}, new String[]{"thanh pho", "thành phố"})) {
            int k = matchPhrase(t, end, lw[0]);
            if (k < 0 || t.get(k - 1).line() != t.get(end - 1).line()) continue;
            int pe = placeName(t, k);
            if (pe > k) return Optional.of(new Found(agency.inProvince(lw[1] + " " + recase(t, k, pe - 1)), i, pe));
        }
        return Optional.of(new Found(agency, i, end));
    }

    private int knownDepartment(List<Token> t, int i) {
        int best = -1;
        for (String d : DEPARTMENTS) {
            int k = matchPhrase(t, i, d);
            if (k > best) best = k;
        }
        return best;
    }

    /**
     * An unknown department in running text: capitalised words and the lower-case words that follow each
     * (at most two), joined by "và" — "Sở Văn hóa và Thể thao". Stops at anything else.
     */
    private static int capitalisedDepartment(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && t.get(k).isCapitalised() && t.get(k).line() == t.get(i).line()
                && !STOP_WORDS.contains(t.get(k).lower())) {
            k++;
            int lower = 0;
            while (k < t.size() && lower < 2 && !t.get(k).isCapitalised() && !t.get(k).lower().equals("và")
                    && !STOP_WORDS.contains(t.get(k).lower()) && !t.get(k).folded().equals("tinh")
                    && !t.get(k).isNumber()) {
                k++;
                lower++;
            }
            if (k + 1 < t.size() && t.get(k).lower().equals("và") && t.get(k + 1).isCapitalised()) k++;
        }
        return k;
    }

    /** Capital words on one line, up to a province ("TỈNH …") or the end of the line. */
    private static int capsRun(List<Token> t, int i) {
        int k = i;
        while (k < t.size() && t.get(k).line() == t.get(i).line() && (t.get(k).isCaps() || oneCapital(t.get(k)))
                && !(k > i && (t.get(k).folded().equals("tinh") || endsCapsRun(t.get(k))))) {
            k++;
        }
        return k;
    }

    private static boolean endsCapsRun(Token tok) {
        // "và", "PHÒNG" and "UBND" belong inside agency names: "VĂN PHÒNG UBND TỈNH", "KẾ HOẠCH VÀ ĐẦU TƯ"
        return STOP_WORDS.contains(tok.lower()) && !Set.of("và", "phòng", "ubnd").contains(tok.lower());
    }

    private static boolean oneCapital(Token tok) {
        return tok.text().length() == 1 && Character.isUpperCase(tok.text().charAt(0));
    }

    /** A place name: capitalised words (or a number, "Phường 12") up to a stop word or the line's end. */
    private static int placeName(List<Token> t, int k) {
        int end = k;
        boolean caps = k < t.size() && t.get(k).isCaps();
        while (end < t.size() && end - k < 5) {
            Token tok = t.get(end);
            if (end > k && tok.line() != t.get(end - 1).line()) break;
            // a sentence's end or a bracket closes the name: "… An Hải Bắc ./. (Kèm theo …" as OCR spaces it
            if (end > k && SENTENCE_MARKS.matcher(tok.source().substring(t.get(end - 1).end(), tok.start())).find()) break;
            if (STOP_WORDS.contains(tok.lower()) || startsStopPhrase(t, end)) break;
            boolean fits = tok.isNumber() ? end == k : caps ? tok.isCaps() || oneCapital(tok) : tok.isCapitalised();
            if (!fits) break;
            end++;
        }
        return end;
    }

    private static boolean startsStopPhrase(List<Token> t, int k) {
        if (k + 1 >= t.size()) return false;
        return STOP_PHRASES.contains(t.get(k).folded() + " " + t.get(k + 1).folded());
    }

    private Level level(String levelWord, String place) {
        return switch (levelWord) {
            case "tinh" -> Level.TINH;
            case "thanh pho", "tp" -> isCentralCity(place) ? Level.TINH : Level.HUYEN;
            case "huyen", "quan", "thi xa" -> Level.HUYEN;
            default -> Level.XA;
        };
    }

    private boolean isCentralCity(String place) {
        return place != null && Provinces.isCentralCity(place, year);
    }

    /** Index after "UBND" / "Ủy ban nhân dân" at {@code i}, or -1. */
    private static int matchUbnd(List<Token> t, int i) {
        if (t.get(i).folded().equals("ubnd")) return i + 1;
        int k = matchPhrase(t, i, "uy ban nhan dan");
        return k;
    }

    private static boolean isSo(List<Token> t, int i) {
        Token tok = t.get(i);
        return tok.lower().equals("sở") && tok.isCapitalised();
    }

    /** Index after the folded words of {@code phrase} matched from {@code i}, or -1. */
    static int matchPhrase(List<Token> t, int i, String phrase) {
        String[] words = phrase.split(" ");
        if (i < 0 || i + words.length > t.size()) return -1;
        for (int w = 0; w < words.length; w++) {
            if (!t.get(i + w).folded().equals(words[w])) return -1;
        }
        return i + words.length;
    }

    /** A place name in normal case: every syllable capitalised ("HỒNG HẢI" → "Hồng Hải"); mixed case kept. */
    static String recase(List<Token> t, int first, int last) {
        String printed = Token.span(t, first, last);
        boolean caps = true;
        for (int i = first; i <= last; i++) caps &= t.get(i).isCaps() || oneCapital(t.get(i)) || t.get(i).isNumber();
        if (!caps) return printed;
        StringBuilder sb = new StringBuilder();
        for (String w : printed.split("(?<=[ \\-,])|(?=[ \\-,])")) sb.append(capitalise(w));
        return sb.toString();
    }

    /**
     * An agency name in normal case: the first word and the first word of each part after "và", "," or "-"
     * capitalised, the rest lower ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế hoạch và Đầu tư"); so is the word after the
     * kind of agency ("Ban Quản lý …", "Chi cục Thuế"). "Công Thương" is a proper name, "UBND" an abbreviation.
     */
    static String recaseDepartment(List<Token> t, int first, int last) {
        StringBuilder sb = new StringBuilder();
        boolean startOfPart = true;
        int kindEnd = first + 1;
        for (String kind : AGENCY_KINDS) kindEnd = Math.max(kindEnd, matchPhrase(t, first, kind));
        for (int i = first; i <= last; i++) {
            Token tok = t.get(i);
            if (i == kindEnd) startOfPart = true;
            if (i > first) {
                String gap = tok.line() == t.get(i - 1).line() ? tok.source().substring(t.get(i - 1).end(), tok.start()).strip() : "";
                if (!gap.isEmpty()) startOfPart = true;
                sb.append(gap.isEmpty() ? " " : gap.equals(",") ? ", " : " " + gap + " ");
            }
            String lower = tok.lower();
            if (lower.equals("và")) {
                sb.append(lower);
                startOfPart = true;
                continue;
            }
            if (tok.folded().equals("ubnd")) {
                sb.append("UBND");
                startOfPart = false;
                continue;
            }
            boolean proper = tok.folded().equals("thuong") && i > first && t.get(i - 1).folded().equals("cong");
            sb.append(startOfPart || proper ? capitalise(lower) : lower);
            startOfPart = false;
        }
        return sb.toString();
    }

    private static String capitalise(String w) {
        if (w.isEmpty()) return w;
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
}
