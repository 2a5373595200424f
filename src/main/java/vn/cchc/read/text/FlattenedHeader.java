package vn.cchc.read.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import vn.cchc.text.Fold;

/**
 * Recognises a statistics table's header in flattened text, where its cells became lines of their own and even
 * words broke apart ("ST" / "T", "Số" / "liệu"): a run of lines made only of header words that, read together,
 * name the label column, the value column and at least one more of STT / unit / note.
 */
final class FlattenedHeader {
    /** Header wordings and the fragments a narrow column breaks them into, as folded word sequences. */
    private static final List<String[]> PHRASES = List.of(
            "chi tieu thong ke", "noi dung chi tieu", "ten chi tieu", "chi tieu", "noi dung", "ket qua thong ke",
            "ket qua thuc hien", "ket qua", "so lieu thong ke", "so lieu", "gia tri", "don vi tinh", "don vi", "dvt",
            "ghi chu", "so thu tu", "stt", "st", "tt", "s", "t", "so", "lieu", "tinh", "thong ke",
            // single words of the headings, where a narrow cell put each on its own line
            "chi", "tieu", "thong", "ke", "ket", "qua", "don", "vi", "ghi", "chu", "noi", "dung").stream()
            .map(p -> p.split(" ")).sorted((a, b) -> b.length - a.length).toList();

    private FlattenedHeader() {
    }

    /**
     * The template's note under "Chỉ tiêu thống kê": "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)". Where a
     * header's columns were flattened into one line it wraps anywhere, so its words are ignored one by one.
     */
    private static final Set<String> TEMPLATE_NOTE_WORDS = Set.of("su", "dung", "trong", "ky", "bao", "cao", "hang",
            "quy", "6", "thang", "nam");

    /** Whether a line consists only of header words (the template's note under the label heading aside). */
    static boolean isHeaderLine(String line) {
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
    static boolean namesStatisticsColumns(List<String> headerLines) {
        StringBuilder spaced = new StringBuilder(" ");
        for (String l : headerLines) spaced.append(Fold.fold(l)).append(' ');
        String s = spaced.toString();
        boolean label = s.contains(" chi tieu ") || s.contains(" chi tieu") || s.contains(" noi dung ");
        boolean value = s.contains(" so lieu ") || s.contains(" ket qua ") || s.contains(" gia tri ");
        boolean unit = s.contains(" don vi ") || s.contains(" dvt ");
        boolean stt = s.contains(" stt ") || s.contains(" st t ") || s.contains(" s tt ") || s.contains(" tt ") || s.contains(" t t ")
                || s.contains(" so thu tu ");
        boolean note = s.contains(" ghi chu ");
        int roles = (label ? 1 : 0) + (value ? 1 : 0) + (unit ? 1 : 0) + (stt ? 1 : 0) + (note ? 1 : 0);
        return label && value && roles >= 3;
    }

    private static boolean startsWith(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) return false;
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) return false;
        }
        return true;
    }
}
