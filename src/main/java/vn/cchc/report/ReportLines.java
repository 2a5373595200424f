package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.text.Fold;

/**
 * A report as the lines a reader sees, cut into the parts metadata comes from: the header block (issuer, number,
 * place and date), the title (period), the opening sentence, the closing "Trên đây là báo cáo …" and the appendix
 * lines "(Ban hành kèm theo Báo cáo số … ngày … của …)".
 */
final class ReportLines {
    /** Small tables are layout (a Word header or signature block), read column by column like the eye does. */
    private static final int LAYOUT_MAX_ROWS = 8;
    private static final int LAYOUT_MAX_COLS = 4;
    private static final int TITLE_SEARCH = 40;
    private static final int HEAD_MAX = 25;
    private static final int TITLE_MAX = 6;
    /** A PDF wraps long lines: an appendix or closing sentence may go on over this many lines. */
    private static final int WRAP = 2;

    final List<String> all;
    final List<String> head;
    final List<String> title;
    final List<String> opening;
    final List<Passage> closing;
    final List<Passage> appendix;

    /** Consecutive lines read as one sentence; words keep their line so a name never runs into the next line. */
    record Passage(List<String> lines) {
        Passage {
            lines = List.copyOf(lines);
        }

        String text() {
            return String.join(" ", lines);
        }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) out.addAll(Token.of(lines.get(i), i));
            return out;
        }
    }

    ReportLines(List<String> lines) {
        all = List.copyOf(lines);
        int t = titleIndex(all);
        int bodyStart;
        if (t >= 0) {
            head = all.subList(Math.max(0, t - HEAD_MAX), t);
            int end = titleEnd(all, t);
            List<String> ttl = new ArrayList<>(all.subList(t, end));
            ttl.set(0, ttl.get(0).replaceFirst("(?iu)^\\s*báo\\s+cáo\\s*", ""));
            title = List.copyOf(ttl);
            bodyStart = end;
        } else {
            int end = 0;
            while (end < all.size() && end < 15 && !startsBody(all.get(end))) end++;
            head = all.subList(0, end);
            title = List.of();
            bodyStart = end;
        }
        List<String> open = new ArrayList<>();
        for (int i = bodyStart; i < all.size() && open.size() < 3; i++) {
            // the addressees ("Kính gửi: …", "- Sở Nội vụ;") come before the first sentence
            String line = all.get(i).strip();
            if (!Fold.fold(line).startsWith("kinh gui") && !line.startsWith("-") && !line.startsWith("+")) open.add(line);
        }
        opening = List.copyOf(open);
        closing = sentences(all, "tren day la bao cao", "./.");
        appendix = sentences(all, "kem theo bao cao", ")");
    }

    static ReportLines of(Document doc) {
        List<String> lines = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                if (!p.text().isBlank()) lines.add(p.text());
            } else if (b instanceof Table t && t.rows().size() <= LAYOUT_MAX_ROWS && t.gridWidth() <= LAYOUT_MAX_COLS) {
                for (int col = 0; col < t.gridWidth(); col++) {
                    for (Row r : t.rows()) {
                        var c = r.cellAt(col);
                        if (c != null && c.gridCol() == col && !c.isBlank()) lines.add(c.text());
                    }
                }
            }
        }
        return new ReportLines(lines);
    }

    /** The "BÁO CÁO" line that opens the title, or -1. */
    private static int titleIndex(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH); i++) {
            String f = Fold.fold(lines.get(i));
            if (f.equals("bao cao") || f.startsWith("bao cao ") && !f.startsWith("bao cao so") && f.length() < 200) return i;
        }
        return -1;
    }

    private static int titleEnd(List<String> lines, int t) {
        int i = t + 1;
        while (i < lines.size() && i - t < TITLE_MAX && !startsBody(lines.get(i))) i++;
        return i;
    }

    /** Where the header or the title ends: the addressee, the first sentence or the first section. */
    private static boolean startsBody(String line) {
        String f = Fold.fold(line);
        return f.startsWith("kinh gui") || f.startsWith("thuc hien") || f.startsWith("can cu") || f.startsWith("theo ")
                || line.matches("^[IVX]+\\s*[.:].*") || line.length() > 250;
    }

    /** Lines whose folded text contains {@code marker}, each with the lines a wrap carried on to {@code closer}. */
    private static List<Passage> sentences(List<String> lines, String marker, String closer) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!Fold.fold(lines.get(i)).contains(marker)) continue;
            List<String> p = new ArrayList<>(List.of(lines.get(i)));
            for (int j = i + 1; j < lines.size() && j <= i + WRAP && !closed(lines.get(j - 1), closer); j++) {
                p.add(lines.get(j));
            }
            out.add(new Passage(p));
        }
        return List.copyOf(out);
    }

    private static boolean closed(String line, String closer) {
        String t = line.strip();
        return t.contains(closer) || t.endsWith(".");
    }
}
