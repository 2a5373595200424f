package vn.cchc.read.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.read.Text;

/** Tesseract's words back into the text of each image of a call: a cell's text and confidence, a strip's paragraphs. */
final class CellTexts {
    private CellTexts() {
    }

    static void collect(List<Path> images, List<Tesseract.Word> words, Map<Path, String> text, Map<Path, Double> conf) {
        List<List<Tesseract.Word>> by = byImage(words, images.size());
        for (int i = 0; i < images.size(); i++) {
            StringBuilder sb = new StringBuilder();
            double min = by.get(i).isEmpty() ? 0 : 100;
            for (Tesseract.Word w : by.get(i)) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(w.text());
                min = Math.min(min, w.conf());
            }
            text.put(images.get(i), sb.toString());
            conf.put(images.get(i), Math.round(min * 10) / 10.0);
        }
    }

    /**
     * Like {@link #collect}, for row-number and value cells: the lines of a number wrapped in a narrow cell ("2.2.1"
     * over ".") are joined without a space, and the words of a value are written as the report writes them
     * (the English model has no Vietnamese letters: "Khong" is "Không").
     */
    static void collectNumbers(List<Path> images, List<Tesseract.Word> words, Map<Path, String> text, Map<Path, Double> conf) {
        List<List<Tesseract.Word>> by = byImage(words, images.size());
        for (int i = 0; i < images.size(); i++) {
            StringBuilder sb = new StringBuilder();
            double min = by.get(i).isEmpty() ? 0 : 100;
            Tesseract.Word prev = null;
            for (Tesseract.Word w : by.get(i)) {
                boolean newLine = prev != null && (prev.block() != w.block() || prev.par() != w.par() || prev.line() != w.line());
                if (prev != null && !newLine) sb.append(' ');
                sb.append(w.text());
                min = Math.min(min, w.conf());
                prev = w;
            }
            text.put(images.get(i), valueWords(sb.toString()));
            conf.put(images.get(i), Math.round(min * 10) / 10.0);
        }
    }

    static String valueWords(String s) {
        String f = vn.cchc.text.Fold.fold(s).strip();
        // the digits' model has no "ô": it reads "Không" as "Kh6ng", "Kh0ng" or "Khng", which no number looks like
        if (f.matches("kh[06o]?ng")) return "Không";
        return switch (f) {
            case "khong" -> "Không";
            case "co" -> "Có";
            case "chua" -> "Chưa";
            default -> s;
        };
    }

    static List<List<Tesseract.Word>> byImage(List<Tesseract.Word> words, int n) {
        List<List<Tesseract.Word>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (Tesseract.Word w : words) if (w.image() >= 0 && w.image() < n) out.get(w.image()).add(w);
        return out;
    }

    /** Tesseract's paragraphs (block and paragraph numbers) as text, lines joined by a space. */
    static List<String> paragraphs(List<Tesseract.Word> words) {
        Map<String, StringBuilder> paras = new LinkedHashMap<>();
        for (Tesseract.Word w : words) {
            StringBuilder sb = paras.computeIfAbsent(w.block() + "/" + w.par(), k -> new StringBuilder());
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : paras.values()) {
            String t = Text.clean(sb.toString());
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Whether the limited and the free reading of a value say the same (spaces and letter case aside). */
    static boolean sameReading(String limited, String free) {
        String a = limited == null ? "" : limited.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        String b = free == null ? "" : free.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        return a.equals(b);
    }
}
