package vn.cchc.read.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

/**
 * Plain-text reports as conversions leave them: paragraphs, light Markdown ({@code ##}, {@code **}), and tables
 * as tab-separated lines. Consecutive tab lines form one table; blank lines and a lone page number between them
 * do not break it.
 */
public final class TextReader implements DocumentReader {
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,2}|_{1,2}(?![\\p{L}\\p{N}])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");

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
            if (line.indexOf('\t') >= 0) {
                rows.add(toRow(rows.size(), line));
                continue;
            }
            String trimmed = line.strip();
            if (!rows.isEmpty() && (trimmed.isEmpty() || PAGE_NUMBER.matcher(trimmed).matches())
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
        return new Document(format(), blocks, List.of());
    }

    private static boolean nextContentIsTabLine(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            String l = lines[j];
            if (l.indexOf('\t') >= 0) return true;
            String t = l.strip();
            if (!t.isEmpty() && !PAGE_NUMBER.matcher(t).matches()) return false;
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

    private static String paragraphText(String line) {
        String t = HEADING_MARK.matcher(line).replaceFirst("");
        t = EMPHASIS.matcher(t).replaceAll("");
        return Text.cleanMarkup(t);
    }
}
