package vn.cchc.read.pdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.cchc.fuzz.Contract;
import vn.cchc.number.VietnameseNumbers;
import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Row;
import vn.cchc.read.Table;

/**
 * Fuzzes the PDF table builders on their input model rather than on PDF bytes: a page of positioned glyphs and ruling
 * lines, laid out here from a small text description, goes through the same steps as a PDF's pages (the ruled and
 * unruled strategies, paragraphs, tables joined across pages, the line-rebuilt fallback). The description, one seed
 * per file in {@code TableStrategiesFuzzTestInputs/layout}, is a table as the sample reports print it:
 * <pre>
 *   #ruled drop=3 size=11 jitter=1     options (first line; "#unruled" draws no lines)
 *   STT\tChỉ tiêu\tĐơn vị tính\tSố liệu   a table row: cells split by tabs, wrapped to the column's width
 *   Some paragraph text                  a paragraph line
 *   \f                                   a page break (rows that do not fit go on the next page too)
 * </pre>
 * The contract: the numbers of a table row come from one row of the page, and that row also gave the row its label
 * text: a value never comes from another row; warnings are one line each. (A drawn row with no number and no label,
 * or one in lower case, counts as more lines of the row above: nothing on the page tells it apart from them.)
 */
class TableStrategiesFuzzTest {
    private static final float WIDTH = 595;
    private static final float HEIGHT = 842;
    private static final float MARGIN = 40;
    /** Column widths of the template (STT, label, unit, value, note); other tables share the width equally. */
    private static final float[] TEMPLATE = {35, 235, 75, 65, 105};

    /** What was drawn: each table row's and paragraph line's text, by which the output is checked. */
    record Drawn(List<PageContent> pages, List<List<String>> sources) {
    }

    @FuzzTest(maxDuration = "5m")
    void layout(byte[] data) {
        Drawn drawn = draw(new String(data, StandardCharsets.UTF_8));
        if (drawn.pages().isEmpty()) return;
        TableStrategies strategies = new TableStrategies();
        List<List<PagePiece>> laidOut = new ArrayList<>();
        for (PageContent p : drawn.pages()) laidOut.add(PageLayout.layout(p, strategies.forPage(p)));
        List<String> warnings = new ArrayList<>();
        List<Block> blocks = strategies.orLineRebuilt(new TablesAcrossPages().assemble(drawn.pages(), laidOut),
                drawn.pages(), warnings);
        for (String w : warnings) Contract.oneLineReason(w);
        List<String> sources = drawn.sources().stream().map(cells -> bare(String.join("", cells))).toList();
        for (Block b : blocks) {
            if (b instanceof Table t) for (Row r : t.rows()) valueFromItsOwnRow(r, sources);
        }
    }

    /**
     * The numbers of an output row all occur in one drawn row, which also holds some of its label's words: a value
     * and its label come from the same row. (Rows without numbers may join wrapped text; that is layout, not a value.)
     */
    static void valueFromItsOwnRow(Row r, List<String> sources) {
        Set<Integer> common = null;
        Set<Integer> labelled = new HashSet<>();
        boolean hasLabel = false;
        for (Cell c : r.cells()) {
            String text = bare(c.text());
            if (text.isEmpty() || c.gridCol() == 0) continue; // the row number column: "1" is no value
            if (VietnameseNumbers.parse(c.text()).hasValue()) {
                Set<Integer> from = new HashSet<>();
                for (int i = 0; i < sources.size(); i++) if (sources.get(i).contains(text)) from.add(i);
                if (common == null) common = from;
                else common.retainAll(from);
                continue;
            }
            // by word: text of a narrow next column may land inside a wrapped label ("(Kết Văn bản luận, ..."); the
            // rows a cell's words come from most (a note may have caught a line of the next row: its own cell); an
            // unnumbered sub-row under a numbered row without a value is read as its wrapped text, so the row that
            // gives a third as many words as the most counts too
            hasLabel = true;
            int[] words = new int[sources.size()];
            for (String word : c.text().split("\\s+")) {
                String w = bare(word);
                if (w.isEmpty()) continue;
                for (int i = 0; i < sources.size(); i++) if (sources.get(i).contains(w)) words[i]++;
            }
            int best = java.util.Arrays.stream(words).max().orElse(0);
            for (int i = 0; best > 0 && i < sources.size(); i++) if (3 * words[i] >= best) labelled.add(i);
        }
        if (common == null) return;
        List<String> cells = r.cells().stream().map(Cell::text).toList();
        if (common.isEmpty()) throw new AssertionError("row " + cells + " joins the numbers of different rows");
        if (hasLabel && !labelled.isEmpty() && common.stream().noneMatch(labelled::contains)) {
            throw new AssertionError("row " + cells + " has a value from a row its label is not from");
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckCatchesAValueFromAnotherRow() {
        List<String> sources = List.of(bare("1.Số văn bản đã ban hànhVăn bản12"), bare("2.Số cuộc kiểm traCuộc7"));
        Row own = new Row(1, List.of(Cell.of("1.", 0), Cell.of("Số văn bản đã ban hành", 1), Cell.of("12", 3)), 1);
        valueFromItsOwnRow(own, sources);
        Row shifted = new Row(1, List.of(Cell.of("1.", 0), Cell.of("Số văn bản đã ban hành", 1), Cell.of("7", 3)), 1);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> valueFromItsOwnRow(shifted, sources));
        Row joined = new Row(1, List.of(Cell.of("Số văn bản", 1), Cell.of("12", 3), Cell.of("7", 4)), 1);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> valueFromItsOwnRow(joined, sources));
    }

    /** Lays the description out on A4 pages. */
    static Drawn draw(String description) {
        String[] lines = description.replace("\r", "").split("\n", -1);
        int from = 0;
        boolean ruled = true;
        int drop = 0;
        float size = 11;
        float jitter = 0;
        boolean bold = false;
        if (lines.length > 0 && lines[0].startsWith("#")) {
            for (String opt : lines[0].substring(1).split("\\s+")) {
                if (opt.equals("unruled")) ruled = false;
                else if (opt.equals("bold")) bold = true;
                else if (opt.startsWith("drop=")) drop = intOr(opt.substring(5), 0, 0, 50);
                else if (opt.startsWith("size=")) size = intOr(opt.substring(5), 11, 6, 20);
                else if (opt.startsWith("jitter=")) jitter = intOr(opt.substring(7), 0, 0, 5) * 0.4f;
            }
            from = 1;
        }
        Page page = new Page(1, drop);
        List<PageContent> pages = new ArrayList<>();
        List<List<String>> sources = new ArrayList<>();
        float lineH = size * 1.25f;
        long noise = description.hashCode();
        int i = from;
        while (i < lines.length && pages.size() < 6) {
            String line = lines[i];
            if (line.equals("\f")) {
                pages.add(page.finish());
                page = new Page(page.number + 1, drop);
                i++;
                continue;
            }
            if (line.indexOf('\t') < 0) {
                for (String part : wrap(line, (int) ((WIDTH - 2 * MARGIN) / (size * 0.5f)))) {
                    if (page.y + lineH > HEIGHT - MARGIN) {
                        pages.add(page.finish());
                        page = new Page(page.number + 1, drop);
                    }
                    noise = page.text(part, MARGIN, page.y + lineH * 0.8f, size, bold, jitter, noise);
                    page.y += lineH;
                }
                if (!line.isBlank()) sources.add(List.of(line));
                page.y += lineH * 0.3f;
                i++;
                continue;
            }
            // a table: the run of tab lines, one column layout
            int end = i;
            int cols = 0;
            while (end < lines.length && lines[end].indexOf('\t') >= 0 && !lines[end].equals("\f")) {
                cols = Math.max(cols, lines[end].split("\t", -1).length);
                end++;
            }
            cols = Math.min(cols, 12);
            float[] xs = columns(cols);
            float top = page.y;
            for (int k = i; k < end; k++) {
                String[] cells = lines[k].split("\t", -1);
                List<List<String>> wrapped = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < cols; c++) {
                    String text = c < cells.length ? cells[c] : "";
                    List<String> w = wrap(text, Math.max(1, (int) ((xs[c + 1] - xs[c] - 4) / (size * 0.5f))));
                    wrapped.add(w);
                    height = Math.max(height, w.size());
                }
                float rowH = height * lineH + 4;
                if (page.y + rowH > HEIGHT - MARGIN && page.y > MARGIN + 1) {
                    page.grid(xs, top, page.y, ruled);
                    pages.add(page.finish());
                    page = new Page(page.number + 1, drop);
                    top = page.y;
                }
                for (int c = 0; c < cols; c++) {
                    List<String> w = wrapped.get(c);
                    for (int l = 0; l < w.size(); l++) {
                        noise = page.text(w.get(l), xs[c] + 2, page.y + 2 + (l + 0.8f) * lineH, size, bold && k == i,
                                jitter, noise);
                    }
                }
                page.y += rowH;
                page.rowLines.add(page.y);
                boolean anonymous = k > i && cells[0].isBlank() && (cells.length < 2 || continues(cells[1]));
                if (anonymous) {
                    // no number, and no label or one starting in lower case: to a reader (as to the README's rules,
                    // labels start with a capital), more lines of the row above, its value included
                    List<String> above = new ArrayList<>(sources.remove(sources.size() - 1));
                    above.addAll(List.of(cells));
                    sources.add(above);
                } else {
                    sources.add(List.of(cells));
                }
            }
            page.grid(xs, top, page.y, ruled);
            page.y += lineH;
            i = end;
        }
        pages.add(page.finish());
        if (pages.stream().allMatch(p -> p.glyphs().isEmpty())) return new Drawn(List.of(), sources);
        return new Drawn(pages, sources);
    }

    /** One page being drawn. */
    private static final class Page {
        final int number;
        final int drop;
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Ruling> rulings = new ArrayList<>();
        final List<Float> rowLines = new ArrayList<>();
        float y = MARGIN;
        int drawn;

        Page(int number, int drop) {
            this.number = number;
            this.drop = drop;
        }

        long text(String s, float x, float baseline, float size, boolean bold, float jitter, long noise) {
            float cw = size * 0.5f;
            for (int k = 0; k < s.length(); k++) {
                noise = noise * 6364136223846793005L + 1442695040888963407L;
                float dy = jitter == 0 ? 0 : ((noise >>> 40) % 1000 / 1000f - 0.5f) * jitter;
                glyphs.add(new Glyph(String.valueOf(s.charAt(k)), x + k * cw, baseline + dy, cw, size, bold));
            }
            return noise;
        }

        /** The table's lines: its top, each row's bottom, and the column edges from top to bottom. */
        void grid(float[] xs, float top, float bottom, boolean ruled) {
            if (!ruled || bottom <= top) {
                rowLines.clear();
                return;
            }
            add(new Ruling(true, top, xs[0], xs[xs.length - 1]));
            for (float y : rowLines) add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
            for (float x : xs) add(new Ruling(false, x, top, bottom));
            rowLines.clear();
        }

        private void add(Ruling r) {
            drawn++;
            if (drop > 0 && drawn % drop == 0) return; // a line the printer or the scan lost
            rulings.add(r);
        }

        PageContent finish() {
            return new PageContent(number, WIDTH, HEIGHT, glyphs, rulings, 0);
        }
    }

    private static boolean continues(String label) {
        String t = label.strip();
        return t.isEmpty() || Character.isLowerCase(t.charAt(0)) || t.charAt(0) == '(';
    }

    private static float[] columns(int cols) {
        float[] xs = new float[cols + 1];
        xs[0] = MARGIN;
        float total = WIDTH - 2 * MARGIN;
        for (int c = 0; c < cols; c++) {
            float w = cols == TEMPLATE.length ? TEMPLATE[c] * total / 515f : total / cols;
            xs[c + 1] = xs[c] + w;
        }
        return xs;
    }

    /** Words to lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }

    private static int intOr(String s, int otherwise, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Letters and digits only, NFKC: what survives glyph grouping, wrapping and cleaning. */
    static String bare(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
