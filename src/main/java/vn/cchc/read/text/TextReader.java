package vn.cchc.read.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.vocabulary.PageNumbers;

/**
 * Plain-text reports as conversions leave them: paragraphs, light Markdown ({@code ##}, {@code **}), and tables
 * as tab-separated lines. Consecutive tab lines form one table; blank lines and a lone page number between them
 * do not break it. Markdown pipe tables ({@code | STT | Chỉ tiêu | ... |} with a {@code |---|} line under the header),
 * as document converters write them, are read the same way. Text with no tab table but a flattened table header (text a PDF-to-text tool left) has its
 * tables rebuilt by {@link FlattenedTableRecovery}.
 */
public final class TextReader implements DocumentReader {
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,2}|_{1,2}(?![\\p{L}\\p{N}])");
    /** A Markdown pipe-table line: "| a | b |" (outer pipes optional only in the spec; converters write them). */
    private static final Pattern PIPE_ROW = Pattern.compile("\\|.*\\|.*\\|");
    /** The line under a pipe table's header: "|---|:---:|---|". */
    private static final Pattern PIPE_RULE = Pattern.compile("\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?");
    /** A pipe inside a cell is escaped as "\\|"; it splits no cell. */
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final FlattenedTableRecovery flattened;

    public TextReader() {
        this(new FlattenedTableRecovery());
    }

    /** @param flattened how tables flattened into lines are rebuilt (its unit lexicon can carry the catalogue's units) */
    public TextReader(FlattenedTableRecovery flattened) {
        this.flattened = flattened;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        LegacyVietnamese.Decoded decoded = TextDecoder.decodeNamed(in.readAllBytes());
        String text = decoded.text();
        if (text.isBlank()) throw new ReadException("empty file (no text)");
        Document doc = parse(text);
        if (TextDecoder.isUnicode(decoded)) return doc;
        // provenance: the labels were converted, so say from what
        List<String> warnings = new ArrayList<>(doc.warnings());
        warnings.add("text converted to Unicode from " + decoded.encoding());
        return new Document(doc.format(), doc.blocks(), warnings);
    }

    /** Splits decoded text into paragraphs and tables. */
    public Document parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int tableIndex = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (isPipeRule(trimmed)) continue;
            if (isPipeRow(trimmed)) {
                rows.add(pipeRow(rows.size(), trimmed));
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                rows.add(toRow(rows.size(), line));
                continue;
            }
            if (!rows.isEmpty() && (trimmed.isEmpty() || PageNumbers.is(trimmed))
                    && nextContentIsTabLine(lines, i + 1)) {
                continue; // blank line or page number inside a table
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(tableIndex++, rows, null));
                rows = new ArrayList<>();
            }
            if (!trimmed.isEmpty()) blocks.add(new Paragraph(paragraphText(trimmed), null));
        }
        if (!rows.isEmpty()) blocks.add(new Table(tableIndex, rows, null));
        if (tableIndex == 0 && rows.isEmpty()) {
            // no tab table: the text may still hold tables a PDF-to-text tool flattened into lines
            List<SourceLine> source = sourceLines(lines);
            FlattenedTableRecovery.Result found = flattened.recoverWithWarnings(source);
            List<Block> withFlattened = found.tables().isEmpty() ? blocks : withTables(found.tables(), source);
            return new Document(format(), withFlattened, found.warnings());
        }
        return new Document(format(), blocks, List.of());
    }

    /** The lines with their pages when the text marks page breaks with form feeds (as pdftotext does). */
    private static List<SourceLine> sourceLines(String[] lines) {
        List<SourceLine> source = new ArrayList<>(lines.length);
        boolean paged = Arrays.stream(lines).anyMatch(l -> l.indexOf('\f') >= 0);
        int page = 1;
        for (String l : lines) {
            if (paged) page += (int) l.chars().filter(c -> c == '\f').count();
            source.add(new SourceLine(l.replace("\f", ""), paged ? page : null));
        }
        return source;
    }

    /**
     * Text without tab tables may still hold tables flattened by a PDF-to-text tool: the blocks with the recovered
     * tables in place of their lines, the other lines as paragraphs. The PDF reader uses it too, for a PDF whose
     * table has no usable geometry.
     */
    public static List<Block> withTables(List<RecoveredTable> tables, List<SourceLine> source) {
        List<Block> blocks = new ArrayList<>();
        int line = 0;
        for (int t = 0; t < tables.size(); t++) {
            RecoveredTable rt = tables.get(t);
            for (; line < rt.firstLine(); line++) addParagraph(blocks, source.get(line));
            blocks.add(rt.toTable(t));
            line = rt.endLine();
        }
        for (; line < source.size(); line++) addParagraph(blocks, source.get(line));
        return blocks;
    }

    /**
     * A line as a paragraph; a line starting in capitals right after one in capitals is a wrapped title and joins
     * it, so "BIỂU MẪU ... CẢI CÁCH THỦ TỤC HÀNH" / "CHÍNH(Ban hành kèm theo ...)" still names its area.
     */
    private static void addParagraph(List<Block> blocks, SourceLine line) {
        String trimmed = line.text().strip();
        if (trimmed.isEmpty()) return;
        String text = paragraphText(trimmed);
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph prev && isCapitals(prev.text())
                && isCapitals(text.split("[\\s(]", 2)[0])) {
            blocks.set(blocks.size() - 1, new Paragraph(prev.text() + " " + text, prev.page()));
            return;
        }
        blocks.add(new Paragraph(text, line.page()));
    }

    private static boolean isCapitals(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        long upper = s.chars().filter(Character::isUpperCase).count();
        return letters > 0 && upper == letters;
    }

    private static boolean nextContentIsTabLine(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            String l = lines[j];
            String t = l.strip();
            if (l.indexOf('\t') >= 0 || isPipeRow(t)) return true;
            if (!t.isEmpty() && !PageNumbers.is(t)) return false;
        }
        return false;
    }

    private static Row toRow(int index, String line) {
        String[] parts = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) {
            String part = parts[c];
            cells.add(new Cell(Text.cleanMarkup(part), c, 1, Text.isBoldMarkup(part)));
        }
        return new Row(index, cells, null);
    }

    private static boolean isPipeRow(String trimmed) {
        return trimmed.startsWith("|") && trimmed.endsWith("|") && PIPE_ROW.matcher(trimmed).matches();
    }

    private static boolean isPipeRule(String trimmed) {
        return trimmed.contains("-") && PIPE_RULE.matcher(trimmed).matches();
    }

    /** "| 1. | **Số văn bản** | Văn bản | 3 | |" → cells; a cell wholly in ** ** is bold, "<br>" breaks a line. */
    private static Row pipeRow(int index, String trimmed) {
        String inner = trimmed.substring(1, trimmed.length() - 1);
        String[] parts = UNESCAPED_PIPE.split(inner, -1);
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) {
            String part = LINE_BREAK_TAG.matcher(parts[c].strip().replace("\\|", "|")).replaceAll("\n");
            boolean bold = part.length() > 4 && part.startsWith("**") && part.endsWith("**") || Text.isBoldMarkup(part);
            String text = EMPHASIS.matcher(part).replaceAll("");
            cells.add(new Cell(Text.cleanMarkup(text).strip(), c, 1, bold));
        }
        return new Row(index, cells, null);
    }

    private static String paragraphText(String line) {
        String t = HEADING_MARK.matcher(line).replaceFirst("");
        t = EMPHASIS.matcher(t).replaceAll("");
        return Text.cleanMarkup(t);
    }
}
