package vn.cchc.read.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

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
 * HTML reports: pages saved from a web portal, and Word's "Web page" format, which offices often send with a
 * ".doc" name. Read with the JDK's lenient HTML parser (no new dependency): paragraphs, and tables with their
 * column and row spans placed on a grid as the DOCX reader places them. A table that frames others (a layout
 * table) is read as running text around them.
 */
public final class HtmlReader implements DocumentReader {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([\\w.:-]+)");

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/html", "application/xhtml+xml");
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        String html = decode(in.readAllBytes());
        Collector collector = new Collector();
        new ParserDelegator().parse(new StringReader(html), collector, true);
        collector.flushParagraph();
        if (collector.blocks.isEmpty()) throw new ReadException("empty file (no text)");
        return new Document(format(), collector.blocks, List.of());
    }

    /** A byte-order mark, else the charset the page declares, else UTF-8 (what converters write today). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // an unknown name: UTF-8 is the best guess left
            }
        }
        return new String(bytes, cs);
    }

    /**
     * Builds blocks from the parser's callbacks. A table with another table inside is a layout table (a page
     * framed by a one-cell table, as old portals did): its cells' text becomes paragraphs and the tables inside it
     * are read as tables, in reading order.
     */
    private static final class Collector extends HTMLEditorKit.ParserCallback {
        private static final Set<HTML.Tag> BLOCK_TAGS = Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.H1, HTML.Tag.H2,
                HTML.Tag.H3, HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.LI, HTML.Tag.BLOCKQUOTE, HTML.Tag.PRE,
                HTML.Tag.CAPTION);
        private static final Set<HTML.Tag> SKIPPED = Set.of(HTML.Tag.STYLE, HTML.Tag.SCRIPT, HTML.Tag.TITLE, HTML.Tag.HEAD);

        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final Deque<TableState> tables = new ArrayDeque<>();
        private int skipped;
        private int bold;
        private int tableCount;

        /** One table being read: its rows so far and the cell open in it. */
        private static final class TableState {
            final List<Row> rows = new ArrayList<>();
            List<Cell> cells;
            /** Grid columns still covered by a cell from a row above (rowspan): column → rows left. */
            Map<Integer, Integer> coveredBelow = new HashMap<>();
            Map<Integer, Integer> coveringNow = new HashMap<>();
            int nextCol;
            StringBuilder cellText;
            int cellSpan;
            int cellBoldChars;
            int cellChars;
            boolean layout;
        }

        @Override
        public void handleStartTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (SKIPPED.contains(t)) {
                skipped++;
                return;
            }
            if (t == HTML.Tag.B || t == HTML.Tag.STRONG) bold++;
            TableState table = tables.peek();
            if (t == HTML.Tag.TABLE) {
                if (table == null) flushParagraph();
                else becomeLayout(table);
                tables.push(new TableState());
                return;
            }
            if (table == null) {
                if (BLOCK_TAGS.contains(t)) flushParagraph();
                return;
            }
            if (t == HTML.Tag.TR) {
                endRow(table);
                table.cells = new ArrayList<>();
                table.coveringNow = table.coveredBelow;
                table.coveredBelow = new HashMap<>();
                table.nextCol = 0;
            } else if (t == HTML.Tag.TD || t == HTML.Tag.TH) {
                endCell(table);
                if (table.cells == null) { // a cell with no <tr> before it
                    table.cells = new ArrayList<>();
                    table.coveringNow = new HashMap<>();
                    table.nextCol = 0;
                }
                while (table.coveringNow.containsKey(table.nextCol)) table.nextCol++;
                table.cellSpan = number(a, HTML.Attribute.COLSPAN);
                int rowSpan = number(a, HTML.Attribute.ROWSPAN);
                if (rowSpan > 1) {
                    for (int c = table.nextCol; c < table.nextCol + table.cellSpan; c++) table.coveredBelow.put(c, rowSpan - 1);
                }
                table.cellText = new StringBuilder();
                table.cellBoldChars = 0;
                table.cellChars = 0;
            } else if (BLOCK_TAGS.contains(t)) {
                breakInCell(table);
            }
        }

        @Override
        public void handleEndTag(HTML.Tag t, int pos) {
            if (SKIPPED.contains(t)) {
                skipped = Math.max(0, skipped - 1);
                return;
            }
            if (t == HTML.Tag.B || t == HTML.Tag.STRONG) bold = Math.max(0, bold - 1);
            TableState table = tables.peek();
            if (table == null) {
                if (BLOCK_TAGS.contains(t)) flushParagraph();
                return;
            }
            if (t == HTML.Tag.TABLE) {
                endRow(table);
                tables.pop();
                if (!table.layout && !table.rows.isEmpty()) blocks.add(new Table(tableCount++, table.rows, null));
                TableState outer = tables.peek();
                if (outer != null && outer.cellText != null) outer.cellText.setLength(0);
            } else if (t == HTML.Tag.TD || t == HTML.Tag.TH) {
                endCell(table);
            } else if (t == HTML.Tag.TR) {
                endRow(table);
            } else if (BLOCK_TAGS.contains(t)) {
                breakInCell(table);
            }
        }

        @Override
        public void handleSimpleTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (t != HTML.Tag.BR) return;
            TableState table = tables.peek();
            if (table == null) flushParagraph();
            else if (table.cellText != null) table.cellText.append('\n');
        }

        @Override
        public void handleText(char[] data, int pos) {
            if (skipped > 0) return;
            String s = new String(data);
            TableState table = tables.peek();
            if (table == null) {
                if (paragraph.length() > 0) paragraph.append(' ');
                paragraph.append(s);
            } else if (table.cellText != null) {
                StringBuilder cell = table.cellText;
                if (cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') cell.append(' ');
                cell.append(s);
                int letters = s.strip().length();
                table.cellChars += letters;
                if (bold > 0) table.cellBoldChars += letters;
            }
        }

        void flushParagraph() {
            addParagraph(paragraph.toString());
            paragraph.setLength(0);
        }

        private void addParagraph(String raw) {
            String text = Text.clean(raw);
            if (!text.isEmpty()) blocks.add(new Paragraph(text, null));
        }

        /** A paragraph ends inside a cell: in a layout table it is a paragraph of the page, else a line of the cell. */
        private void breakInCell(TableState table) {
            if (table.cellText == null) return;
            if (table.layout) {
                addParagraph(table.cellText.toString());
                table.cellText.setLength(0);
            } else if (table.cellText.length() > 0) {
                table.cellText.append('\n');
            }
        }

        /** A table turns out to hold a table: what it has read so far is running text, in order. */
        private void becomeLayout(TableState table) {
            if (table.layout) {
                breakInCell(table);
                return;
            }
            table.layout = true;
            for (Row r : table.rows) for (Cell c : r.cells()) addParagraph(c.text());
            table.rows.clear();
            if (table.cells != null) for (Cell c : table.cells) addParagraph(c.text());
            if (table.cells != null) table.cells.clear();
            breakInCell(table);
        }

        private void endCell(TableState table) {
            if (table.cellText == null || table.cells == null) return;
            if (table.layout) {
                addParagraph(table.cellText.toString());
            } else {
                String text = Text.clean(table.cellText.toString().replace('\n', ' '));
                table.cells.add(new Cell(text, table.nextCol, table.cellSpan,
                        table.cellChars > 0 && table.cellBoldChars == table.cellChars));
            }
            table.nextCol += table.cellSpan;
            table.cellText = null;
        }

        private void endRow(TableState table) {
            endCell(table);
            if (table.cells != null && !table.layout) {
                // a column a rowspan still covers stays covered on the rows below
                for (Map.Entry<Integer, Integer> e : table.coveringNow.entrySet()) {
                    if (e.getValue() > 1) table.coveredBelow.putIfAbsent(e.getKey(), e.getValue() - 1);
                }
                table.rows.add(new Row(table.rows.size(), table.cells, null));
            }
            table.cells = null;
        }

        private static int number(MutableAttributeSet a, HTML.Attribute name) {
            Object v = a.getAttribute(name);
            if (v == null) return 1;
            try {
                return Math.max(1, Math.min(100, Integer.parseInt(v.toString().strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
