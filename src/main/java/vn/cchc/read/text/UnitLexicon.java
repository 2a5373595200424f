package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.read.Text;

/**
 * The units a statistics table prints in its "Đơn vị tính" column. In flattened text the unit is the only sign of
 * where a row's label ends: the label runs until a known unit followed by a value.
 *
 * <p>Besides the listed units it knows coded answers written as a unit ("Có = 1; Không = 0", "Trực tuyến = 0;
 * Phát phiếu = 1 Kết hợp = 2"). The catalogue's units can be added with {@link #with(Collection)}.
 */
public final class UnitLexicon {
    /** Units of the national CCHC template and its local variants; each is only taken when a value follows. */
    static final List<String> STANDARD = List.of(
            "%", "Văn bản", "Thủ tục", "Hồ sơ", "Người", "Nhiệm vụ", "Vấn đề", "Cơ quan, đơn vị", "Cơ quan/đơn vị",
            "Cơ quan", "Đơn vị", "Triệu đồng", "Tỷ đồng", "NV Tp giao", "NV Tỉnh giao", "PAKN", "Số lượng", "Tổ chức",
            "Ban", "Cuộc", "Lượt", "Lượt người", "Phiếu", "Lớp", "Sáng kiến", "Mô hình", "Đề án", "Kiến nghị",
            "Dịch vụ", "Cơ sở", "Doanh nghiệp", "Tài khoản", "Hệ thống", "Cán bộ", "Biên chế", "Quyết định",
            "Cuộc kiểm tra", "Đoàn", "Vụ việc");

    /** One answer of a coded unit: "Có = 1", "Phát phiếu = 1", "2 cấp = 1". */
    private static final String CODE_FIRST = "\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,2}\\s*=\\s*\\d{1,2}";
    private static final String CODE_NEXT = "(?:\\p{Lu}\\p{Ll}*|\\d{1,2})(?:\\s+\\p{Ll}+){0,2}\\s*=\\s*\\d{1,2}";
    private static final String CODED = CODE_FIRST + "(?:\\s*[;,]?\\s*" + CODE_NEXT + ")*";
    /** A value as printed: a number (thousands and decimals in either notation, maybe %), a dash, or a word zero. */
    static final String VALUE = "(?:-?\\d+(?:[.,]\\d+)*%?|[-–—]|(?i:không|chưa)(?=[ \\t]*(?:\\n|$)))";
    /** Left edge of a unit: start of text or after white space, so "(1.1/1.2)%" does not end in a unit. */
    private static final String EDGE = "(?<![^\\s])";
    private static final String RIGHT_EDGE = "(?![^\\s])";
    /** "3 cấp": a number that a lower-case word follows on its line is still a coded answer, not a value. */
    private static final String NOT_A_WORD_AFTER = "(?![ \\t]+\\p{Ll})";
    static final Pattern VALUE_LINE = Pattern.compile(VALUE);
    /** One answer of a coded unit anywhere in a line ("Không = 0"), to collect the answers a line break cut off. */
    static final Pattern CODE_ANSWER = Pattern.compile("(?<![\\p{L}\\p{N}])" + CODE_NEXT);

    private final List<String> units;
    private final Pattern tail;
    private final Pattern unitAtStart;
    private final Pattern unitLine;
    private final List<SplitUnit> splitUnits;

    /** The first words of a unit of several words, as a narrow unit column leaves them before the value. */
    private record SplitUnit(String unit, String rest, Pattern head) {
    }

    private UnitLexicon(Collection<String> units) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String u : units) {
            String c = Text.clean(u);
            if (!c.isEmpty()) distinct.add(c);
        }
        List<String> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "Cơ quan, đơn vị" before "Cơ quan"
        this.units = List.copyOf(sorted);
        String listed = "(?iu:" + String.join("|", sorted.stream().map(UnitLexicon::unitRegex).toList()) + ")";
        String alternatives = "(?:" + CODED + (sorted.isEmpty() ? "" : "|" + listed) + ")";
        // "Có = 1; 1": a coded unit may keep the separator that joined it to an answer on the next line
        // a coded unit's answers run on ("Chưa có = 0 2 cấp = 1 3 cấp"), so after one a number must end its line's words
        this.tail = Pattern.compile(EDGE + "(?:(?<coded>" + CODED + ")[;,]?" + RIGHT_EDGE + "\\s+(?<codedValue>" + VALUE + ")"
                + RIGHT_EDGE + NOT_A_WORD_AFTER + (sorted.isEmpty() ? "" : "|(?<unit>" + listed + ")" + RIGHT_EDGE
                + "\\s+(?<value>" + VALUE + ")" + RIGHT_EDGE) + ")");
        List<SplitUnit> splits = new ArrayList<>();
        for (String u : sorted) {
            String[] words = u.split(" ");
            for (int k = words.length - 1; k >= 1; k--) {
                String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
                String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
                splits.add(new SplitUnit(u, rest, Pattern.compile(EDGE + "(?<unit>(?iu:" + unitRegex(head) + "))" + RIGHT_EDGE
                        + "[ \\t]+(?<value>" + VALUE + ")" + RIGHT_EDGE)));
            }
        }
        this.splitUnits = List.copyOf(splits);
        // a listed unit also opens labels ("Số lượng cán bộ ..."): it is a unit only when a value or nothing follows
        this.unitAtStart = Pattern.compile("^(?:" + CODED + "(?![\\p{L}\\p{N}])"
                + (sorted.isEmpty() ? "" : "|" + listed + "(?:$|\\s+" + VALUE + RIGHT_EDGE + ")") + ")");
        this.unitLine = Pattern.compile("^" + alternatives + "$");
    }

    public static UnitLexicon standard() {
        return new UnitLexicon(STANDARD);
    }

    public static UnitLexicon of(Collection<String> units) {
        return new UnitLexicon(units);
    }

    /** This lexicon plus more units (the catalogue's, or units learned from the document itself). */
    public UnitLexicon with(Collection<String> more) {
        List<String> all = new ArrayList<>(units);
        all.addAll(more);
        return new UnitLexicon(all);
    }

    public List<String> units() {
        return units;
    }

    /** A unit followed by a value, the unit starting at or after {@code from}. */
    Optional<Tail> findTail(String text, int from) {
        Matcher m = tail.matcher(text);
        int at = from;
        while (m.find(at)) {
            String u = m.group("coded") != null ? "coded" : "unit";
            String v = m.group("coded") != null ? "codedValue" : "value";
            // a unit column is written capitalised, or at least starts its own line; "... cộng đồng doanh nghiệp 0"
            // inside a label is not a unit and its value
            int start = m.start(u);
            if (!startsLowerCase(m.group(u)) || start == 0 || text.charAt(start - 1) == '\n') {
                return Optional.of(new Tail(m.start(u), m.end(u), m.start(v), m.end(v), Text.clean(m.group(u)), m.group(v)));
            }
            at = m.start(u) + 1;
        }
        return Optional.empty();
    }

    /**
     * A unit of several words cut after its first word(s), with the value after the cut ("Nhiệm 32" for "Nhiệm vụ",
     * "Cơ quan, 0" for "Cơ quan, đơn vị"): where the unit column was narrow and the text was read line by line.
     * The caller confirms it by finding the rest of the unit on the next line.
     */
    Optional<SplitTail> findSplitTail(String line) {
        SplitTail best = null;
        for (SplitUnit su : splitUnits) {
            Matcher m = su.head().matcher(line);
            if (m.find() && !startsLowerCase(m.group("unit")) && (best == null || m.start("unit") < best.tail().unitStart())) {
                best = new SplitTail(new Tail(m.start("unit"), m.end("unit"), m.start("value"), m.end("value"), su.unit(),
                        m.group("value")), su.rest());
            }
        }
        return Optional.ofNullable(best);
    }

    /** A unit cut by a line break: where its head and the value were found, and the words still to come. */
    record SplitTail(Tail tail, String rest) {
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** Whether a line begins with a unit and its value, or is a unit alone (so it is not the start of a new label). */
    boolean startsWithUnit(String line) {
        return unitAtStart.matcher(line.strip()).find();
    }

    /** Whether the whole line is one unit and nothing else ("%", "Văn bản"). */
    public boolean isUnitOnly(String line) {
        return unitLine.matcher(line.strip()).matches();
    }

    private static String unitRegex(String unit) {
        StringBuilder b = new StringBuilder();
        for (String part : unit.split(" ")) {
            if (b.length() > 0) b.append("\\s+");
            b.append(Pattern.quote(part));
        }
        return b.toString();
    }

    /** Where a unit and its value were found in a text. Offsets are into that text. */
    record Tail(int unitStart, int unitEnd, int valueStart, int valueEnd, String unit, String value) {
    }
}
