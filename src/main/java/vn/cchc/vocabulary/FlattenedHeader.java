package vn.cchc.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.cchc.text.Fold;

/**
 * Recognises a statistics table's header in flattened text, where its cells became lines of their own and even
 * words broke apart ("ST" / "T", "Số" / "liệu"): a run of lines made only of header words that, read together,
 * name the label column, the value column and at least one more of STT / unit / note. The wordings are
 * {@link HeaderNames}'; only the fragments a narrow column breaks them into are listed here.
 */
public final class FlattenedHeader {
    /** What a narrow column leaves of the wordings: parts of "STT", "Số liệu", "Đơn vị tính", "Chỉ tiêu thống kê"... */
    private static final List<String> FRAGMENTS = List.of("st", "tt", "s", "t", "so", "lieu", "tinh", "thong ke",
            // single words of the headings, where a narrow cell put each on its own line
            "chi", "tieu", "thong", "ke", "ket", "qua", "don", "vi", "ghi", "chu", "noi", "dung");
    /** "S" / "T" / "T": the S of "STT" may go to a line the reader took for something else. */
    private static final String BROKEN_STT = "t t";

    /** Wordings and fragments as folded word sequences, longest first. */
    private static final List<String[]> PHRASES = phrases();

    /**
     * The template's note under "Chỉ tiêu thống kê". Where a header's columns were flattened into one line it wraps
     * anywhere, so its words are ignored one by one.
     */
    private static final Set<String> TEMPLATE_NOTE_WORDS = Set.of(HeaderNames.TEMPLATE_NOTE.split(" "));

    private FlattenedHeader() {
    }

    /** The wordings flattened text is read with: all but the everyday words that open labels and units as often. */
    private static List<HeaderNames.Wording> wordings() {
        return HeaderNames.WORDINGS.stream().filter(w -> !w.everyday()).toList();
    }

    private static List<String[]> phrases() {
        List<String> all = new ArrayList<>();
        for (HeaderNames.Wording w : wordings()) all.add(w.folded().strip());
        all.addAll(FRAGMENTS);
        return all.stream().distinct().map(p -> p.split(" ")).sorted((a, b) -> b.length - a.length).toList();
    }

    /** Whether a line consists only of header words (the template's note under the label heading aside). */
    public static boolean isHeaderLine(String line) {
        String f = Fold.fold(line);
        if (f.isEmpty()) return false;
        String[] words = Arrays.stream(f.split(" ")).filter(w -> !TEMPLATE_NOTE_WORDS.contains(w)).toArray(String[]::new);
        if (words.length == 0) return true; // the template's note wrapped onto a line of its own
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (String[] p : PHRASES) {
                if (startsWith(words, i, p)) {
                    matched = p.length;
                    break;
                }
            }
            if (matched == 0) return false;
            i += matched;
        }
        return true;
    }

    /** Whether header lines read together name enough columns to be a statistics table's header. */
    public static boolean namesStatisticsColumns(List<String> headerLines) {
        StringBuilder spaced = new StringBuilder(" ");
        for (String l : headerLines) spaced.append(Fold.fold(l)).append(' ');
        String s = spaced.toString();
        Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
        for (HeaderNames.Wording w : wordings()) {
            if (s.contains(" " + w.folded().strip() + " ")) roles.add(w.role());
        }
        if (s.contains(" " + BROKEN_STT + " ")) roles.add(ColumnRole.STT);
        return roles.contains(ColumnRole.LABEL) && roles.contains(ColumnRole.VALUE) && roles.size() >= 3;
    }

    private static boolean startsWith(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) return false;
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) return false;
        }
        return true;
    }
}
