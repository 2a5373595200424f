package vn.cchc.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.cchc.text.Fold;

/**
 * A label folded for comparison: {@link Fold} (case, diacritics, đ, punctuation), footnote markers dropped,
 * abbreviations spelled out, and the words inside parentheses kept but marked, since they usually explain
 * ("(Bao gồm cả TTHC của cơ quan ngành dọc)") and sometimes distinguish ("(NV Tỉnh giao)").
 */
public record Wording(List<String> words, List<Boolean> bracketed) {
    /** Footnote markers: "(1)", "[2]", "(*)", "*", superscript digits. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\s*\\d{1,2}\\s*\\)|\\[\\s*\\d{1,2}\\s*\\]|\\(\\s*\\*+\\s*\\)|\\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    /** A row number left at the start of the label by a reader ("3.1. Số phòng..."): numbering is no evidence. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+|^\\s*\\d{1,2}(?:\\.\\d{1,2})+\\s+");
    /** A formula over printed numbers, "(1.1/1.2)", and a "%" closing the label: the unit column says them again. */
    private static final Pattern FORMULA = Pattern.compile("\\(\\s*\\d+(?:\\.\\d+)*\\s*[/:x*+-]\\s*\\d+(?:\\.\\d+)*\\s*\\)\\s*%?|\\s%\\s*$|(?<=\\))\\s*%\\s*$");

    /**
     * Abbreviations of the CCHC forms and common typos of them, by folded word. Spelling out (rather than
     * abbreviating the long form) lets "đơn vị sự nghiệp công lập (ĐVSNCL)" and "ĐVSNCL" meet word for word.
     */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("tthc", "thu tuc hanh chinh"),
            Map.entry("vbqppl", "van ban quy pham phap luat"),
            Map.entry("qppl", "quy pham phap luat"),
            Map.entry("dvsncl", "don vi su nghiep cong lap"),
            Map.entry("dvsn", "don vi su nghiep"),
            Map.entry("sncl", "su nghiep cong lap"),
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("unnd", "uy ban nhan dan"),
            Map.entry("ubdn", "uy ban nhan dan"),
            Map.entry("ubndtp", "uy ban nhan dan thanh pho"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("cchc", "cai cach hanh chinh"),
            Map.entry("nsnn", "ngan sach nha nuoc"),
            Map.entry("pakn", "phan anh kien nghi"),
            Map.entry("dvc", "dich vu cong"),
            Map.entry("dvctt", "dich vu cong truc tuyen"),
            Map.entry("ttg", "thu tuong"),
            Map.entry("cbccvc", "can bo cong chuc vien chuc"),
            Map.entry("ccvc", "cong chuc vien chuc"),
            Map.entry("vb", "van ban"),
            Map.entry("cv", "cong van"),
            Map.entry("cvdi", "cong van di"),
            Map.entry("nv", "nhiem vu"),
            Map.entry("tp", "thanh pho"),
            Map.entry("%", "phan tram"));

    /**
     * Time qualifiers some reports add to any row ("... trong kỳ báo cáo", "lũy kế đến thời điểm báo cáo"):
     * they say when, not what, so they weigh like words in parentheses.
     */
    private static final List<List<String>> QUALIFIERS = List.of(
            List.of("luy", "ke", "den", "thoi", "diem", "bao", "cao"),
            List.of("tinh", "den", "thoi", "diem", "bao", "cao"),
            List.of("den", "thoi", "diem", "bao", "cao"),
            List.of("tai", "thoi", "diem", "bao", "cao"),
            List.of("trong", "ky", "bao", "cao"),
            List.of("luy", "ke", "tu", "dau", "nam"),
            List.of("luy", "ke"),
            // whose offices: "Số bộ phận chuyên môn thuộc UBND xã đã kiểm tra" is the row of the reporter's own offices
            List.of("thuoc", "uy", "ban", "nhan", "dan", "cap", "xa"),
            List.of("thuoc", "uy", "ban", "nhan", "dan", "xa"),
            List.of("thuoc", "uy", "ban", "nhan", "dan", "cap", "huyen"),
            List.of("thuoc", "uy", "ban", "nhan", "dan", "huyen"));

    public static Wording of(String label) {
        List<String> words = new ArrayList<>();
        List<Boolean> bracketed = new ArrayList<>();
        if (label == null) return new Wording(words, bracketed);
        String s = LEADING_NUMBER.matcher(label).replaceFirst("");
        s = FOOTNOTE.matcher(FORMULA.matcher(s).replaceAll(" ")).replaceAll(" ");
        // walk the text once, tracking parenthesis depth, folding each run at one depth
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\0';
            boolean boundary = i == s.length() || c == '(' || c == ')';
            if (!boundary) {
                run.append(c);
                continue;
            }
            addWords(run.toString(), depth > 0, words, bracketed);
            run.setLength(0);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        markQualifiers(words, bracketed);
        return new Wording(List.copyOf(words), List.copyOf(bracketed));
    }

    private static void markQualifiers(List<String> words, List<Boolean> bracketed) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> q : QUALIFIERS) {
                if (i + q.size() <= words.size() && words.subList(i, i + q.size()).equals(q)) {
                    for (int k = i; k < i + q.size(); k++) bracketed.set(k, true);
                    i += q.size() - 1;
                    break;
                }
            }
        }
    }

    private static void addWords(String text, boolean inBrackets, List<String> words, List<Boolean> bracketed) {
        for (String token : text.split("\\s+")) {
            boolean upperCase = token.chars().filter(Character::isUpperCase).count() >= 2;
            String folded = Fold.fold(token).replace("%", " % ");
            for (String w : folded.split("\\s+")) {
                if (w.isEmpty()) continue;
                String full = ABBREVIATIONS.get(w);
                if (full == null && upperCase) full = misspeltAbbreviation(w);
                for (String part : (full == null ? w : full).split(" ")) {
                    words.add(part);
                    bracketed.add(inBrackets);
                }
            }
        }
    }

    /**
     * "TTHHC", "VBQPL": an upper-case word one typo from a known abbreviation of four letters or more is that one.
     * A word one typo from two abbreviations that mean different things ("BQPPL": VBQPPL less a letter, or QPPL with
     * one more) is none of them: the choice would otherwise fall to the map's order, which changes from run to run.
     */
    private static String misspeltAbbreviation(String w) {
        String found = null;
        for (var e : ABBREVIATIONS.entrySet()) {
            if (e.getKey().length() < 4 || !Similarity.oneTypoApart(w, e.getKey())) continue;
            if (found != null && !found.equals(e.getValue())) return null;
            found = e.getValue();
        }
        return found;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words outside parentheses joined by spaces, for tests and messages. */
    public String core() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (bracketed.get(i)) continue;
            if (b.length() > 0) b.append(' ');
            b.append(words.get(i));
        }
        return b.toString();
    }
}
