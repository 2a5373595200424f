package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentLimits;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.vocabulary.PageNumbers;

/**
 * Builds a text report's paragraphs and tables as its lines arrive, one at a time, so that only what the document
 * keeps is in memory (see {@link TextReader} for the layout it reads). Blank lines and page numbers inside a table are
 * held until the next line with content says whether the table goes on. The {@link DocumentLimits} are checked as
 * the document grows: a file past one fails at the line that passes it.
 */
final class TextBlocks {
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
    private final DocumentLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private List<Row> rows = new ArrayList<>();
    private int tableIndex;
    /** Blank lines and page numbers after a table row, until the next line with content. */
    private final List<String> held = new ArrayList<>();
    /** Every line while no table row has been seen: a PDF-to-text tool may have flattened the tables into them. */
    private List<String> source = new ArrayList<>();
    private boolean paged;
    private boolean anyText;
    private int line;
    private long chars;
    private int totalRows;

    TextBlocks(FlattenedTableRecovery flattened, DocumentLimits limits) {
        this.flattened = flattened;
        this.limits = limits;
    }

    /** Whether every line so far was blank. */
    boolean isBlank() {
        return !anyText;
    }

    /** The next line, without its line break. */
    void add(String text) throws ReadException {
        line++;
        chars += text.length();
        if (chars > limits.chars()) throw DocumentLimits.tooLarge("more than "
                + DocumentLimits.count(limits.chars()) + " characters of text", "line " + line);
        if (source != null) source.add(text);
        if (text.indexOf('\f') >= 0) paged = true;
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) anyText = true;
        if (isPipeRule(trimmed)) {
            if (!held.isEmpty() && !isPipeRow(trimmed)) closeTable();
            return;
        }
        if (isPipeRow(trimmed)) {
            addRow(trimmed, true);
            return;
        }
        if (text.indexOf('\t') >= 0) {
            addRow(text, false);
            return;
        }
        if (!rows.isEmpty() && (trimmed.isEmpty() || PageNumbers.is(trimmed))) {
            held.add(trimmed); // blank line or page number inside a table, if a table row follows
            return;
        }
        closeTable();
        if (!trimmed.isEmpty()) blocks.add(new Paragraph(paragraphText(trimmed), null));
    }

    /** The document, once every line was added. */
    Document finish(String format) {
        closeTable();
        if (source == null) return new Document(format, blocks, List.of());
        // no tab table: the text may still hold tables a PDF-to-text tool flattened into lines
        List<SourceLine> lines = sourceLines(source, paged);
        source = null;
        FlattenedTableRecovery.Result found = flattened.recoverWithWarnings(lines);
        List<Block> withFlattened = found.tables().isEmpty() ? blocks : TextReader.withTables(found.tables(), lines);
        return new Document(format, withFlattened, found.warnings());
    }

    private void addRow(String text, boolean pipe) throws ReadException {
        held.clear(); // the table goes on across them
        source = null;
        if (rows.size() >= limits.rowsPerTable()) {
            throw DocumentLimits.tooLarge("a table of more than " + DocumentLimits.count(limits.rowsPerTable()) + " rows",
                    "line " + line);
        }
        if (++totalRows > limits.rows()) {
            throw DocumentLimits.tooLarge("more than " + DocumentLimits.count(limits.rows()) + " table rows", "line " + line);
        }
        long cells = text.chars().filter(c -> c == (pipe ? '|' : '\t')).count() + 1;
        if (cells > limits.cellsPerRow()) {
            throw DocumentLimits.tooLarge("a table row of more than " + DocumentLimits.count(limits.cellsPerRow()) + " cells",
                    "line " + line);
        }
        rows.add(pipe ? pipeRow(rows.size(), text) : tabRow(rows.size(), text));
    }

    /** Ends the table being read, if any; the lines held after it are the paragraphs they are. */
    private void closeTable() {
        if (!rows.isEmpty()) {
            blocks.add(new Table(tableIndex++, rows, null));
            rows = new ArrayList<>();
        }
        for (String h : held) {
            if (!h.isEmpty()) blocks.add(new Paragraph(paragraphText(h), null));
        }
        held.clear();
    }

    /** The lines with their pages when the text marks page breaks with form feeds (as pdftotext does). */
    private static List<SourceLine> sourceLines(List<String> lines, boolean paged) {
        List<SourceLine> source = new ArrayList<>(lines.size());
        int page = 1;
        for (String l : lines) {
            if (paged) page += (int) l.chars().filter(c -> c == '\f').count();
            source.add(new SourceLine(l.replace("\f", ""), paged ? page : null));
        }
        return source;
    }

    private static Row tabRow(int index, String line) {
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

    static String paragraphText(String line) {
        String t = HEADING_MARK.matcher(line).replaceFirst("");
        t = EMPHASIS.matcher(t).replaceAll("");
        return Text.cleanMarkup(t);
    }
}
