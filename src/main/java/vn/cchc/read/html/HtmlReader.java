package vn.cchc.read.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
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
 * column and row spans placed on a grid as the DOCX reader places them. A table inside a cell is read as that
 * cell's text.
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

    /** Builds blocks from the parser's callbacks. */
    private static final class Collector extends HTMLEditorKit.ParserCallback {
        private static final Set<HTML.Tag> BLOCK_TAGS = Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.H1, HTML.Tag.H2,
                HTML.Tag.H3, HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.LI, HTML.Tag.BLOCKQUOTE, HTML.Tag.PRE,
                HTML.Tag.CAPTION);
        private static final Set<HTML.Tag> SKIPPED = Set.of(HTML.Tag.STYLE, HTML.Tag.SCRIPT, HTML.Tag.TITLE, HTML.Tag.HEAD);

        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private int skipped;
        private int bold;
        private int tableDepth;
        private List<Row> rows;
        private List<Cell> cells;
        /** Grid columns still covered by a cell from a row above (rowspan): column → rows left. */
        private Map<Integer, Integer> coveredBelow = new HashMap<>();
        private Map<Integer, Integer> coveringNow = new HashMap<>();
        private int nextCol;
        private StringBuilder cellText;
        private int cellSpan;
        private int cellBoldChars;
        private int cellChars;

        @Override
        public void handleStartTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (SKIPPED.contains(t)) {
                skipped++;
                return;
            }
            if (t == HTML.Tag.B || t == HTML.Tag.STRONG) bold++;
            if (t == HTML.Tag.TABLE) {
                tableDepth++;
                if (tableDepth == 1) {
                    flushParagraph();
                    rows = new ArrayList<>();
                    coveredBelow = new HashMap<>();
                } else if (cellText != null) {
                    cellText.append('\n');
                }
                return;
            }
            if (tableDepth != 1) {
                if (tableDepth > 1 && (t == HTML.Tag.TR || BLOCK_TAGS.contains(t)) && cellText != null) cellText.append('\n');
                if (tableDepth > 1 && (t == HTML.Tag.TD || t == HTML.Tag.TH) && cellText != null) cellText.append(' ');
                if (tableDepth == 0 && BLOCK_TAGS.contains(t)) flushParagraph();
                return;
            }
            if (t == HTML.Tag.TR) {
                endRow();
                cells = new ArrayList<>();
                coveringNow = coveredBelow;
                coveredBelow = new HashMap<>();
                nextCol = 0;
            } else if (t == HTML.Tag.TD || t == HTML.Tag.TH) {
                endCell();
                if (cells == null) { // a cell with no <tr> before it
                    cells = new ArrayList<>();
                    coveringNow = new HashMap<>();
                    nextCol = 0;
                }
                while (coveringNow.containsKey(nextCol)) nextCol++;
                cellSpan = number(a, HTML.Attribute.COLSPAN);
                int rowSpan = number(a, HTML.Attribute.ROWSPAN);
                if (rowSpan > 1) {
                    for (int c = nextCol; c < nextCol + cellSpan; c++) coveredBelow.put(c, rowSpan - 1);
                }
                cellText = new StringBuilder();
                cellBoldChars = 0;
                cellChars = 0;
            } else if (BLOCK_TAGS.contains(t) && cellText != null && cellText.length() > 0) {
                cellText.append('\n');
            }
        }

        @Override
        public void handleEndTag(HTML.Tag t, int pos) {
            if (SKIPPED.contains(t)) {
                skipped = Math.max(0, skipped - 1);
                return;
            }
            if (t == HTML.Tag.B || t == HTML.Tag.STRONG) bold = Math.max(0, bold - 1);
            if (t == HTML.Tag.TABLE && tableDepth > 0) {
                tableDepth--;
                if (tableDepth == 0) {
                    endRow();
                    if (!rows.isEmpty()) blocks.add(new Table(countTables(), rows, null));
                    rows = null;
                }
                return;
            }
            if (tableDepth == 1 && (t == HTML.Tag.TD || t == HTML.Tag.TH)) endCell();
            else if (tableDepth == 1 && t == HTML.Tag.TR) endRow();
            else if (tableDepth == 0 && BLOCK_TAGS.contains(t)) flushParagraph();
        }

        @Override
        public void handleSimpleTag(HTML.Tag t, MutableAttributeSet a, int pos) {
            if (t == HTML.Tag.BR) {
                if (cellText != null) cellText.append('\n');
                else if (tableDepth == 0) flushParagraph();
            }
        }

        @Override
        public void handleText(char[] data, int pos) {
            if (skipped > 0) return;
            String s = new String(data);
            if (cellText != null) {
                if (cellText.length() > 0 && cellText.charAt(cellText.length() - 1) != '\n') cellText.append(' ');
                cellText.append(s);
                int letters = s.strip().length();
                cellChars += letters;
                if (bold > 0) cellBoldChars += letters;
            } else if (tableDepth == 0) {
                if (paragraph.length() > 0) paragraph.append(' ');
                paragraph.append(s);
            }
        }

        void flushParagraph() {
            String text = Text.clean(paragraph.toString());
            paragraph.setLength(0);
            if (!text.isEmpty()) blocks.add(new Paragraph(text, null));
        }

        private void endCell() {
            if (cellText == null || cells == null) return;
            String text = Text.clean(cellText.toString().replace('\n', ' '));
            cells.add(new Cell(text, nextCol, cellSpan, cellChars > 0 && cellBoldChars == cellChars));
            nextCol += cellSpan;
            cellText = null;
        }

        private void endRow() {
            endCell();
            if (cells != null && rows != null) {
                // a column a rowspan still covers stays covered on the rows below
                for (Map.Entry<Integer, Integer> e : coveringNow.entrySet()) {
                    if (e.getValue() > 1) coveredBelow.putIfAbsent(e.getKey(), e.getValue() - 1);
                }
                rows.add(new Row(rows.size(), cells, null));
            }
            cells = null;
        }

        private int countTables() {
            return (int) blocks.stream().filter(Table.class::isInstance).count();
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
