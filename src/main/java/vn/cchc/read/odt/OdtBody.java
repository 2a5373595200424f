package vn.cchc.read.odt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.OdfStyles;
import vn.cchc.read.Paragraph;
import vn.cchc.read.RepeatedHeaders;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.text.LegacyFonts;

/** Walks an OpenDocument text body in reading order into paragraphs and tables. */
final class OdtBody {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    /** Rows repeated more than this are padding (empty rows LibreOffice compresses), read once. */
    private static final int MAX_REPEAT = 100;
    /** Body elements that are not content a reader sees. */
    private static final Set<String> SKIPPED = Set.of("tracked-changes", "sequence-decls", "variable-decls",
            "user-field-decls", "forms", "note", "annotation", "deletion", "table-column", "table-columns");

    private final OdfStyles styles;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    /** Legacy (TCVN3 / VNI) fonts whose text was converted, for one warning. */
    private final Set<String> legacyFonts = new java.util.TreeSet<>();
    private int tableIndex;

    OdtBody(OdfStyles styles) {
        this.styles = styles;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>(warnings);
        if (!legacyFonts.isEmpty()) out.add(LegacyFonts.warning(legacyFonts));
        return out;
    }

    /** The {@code office:text} element of content.xml, or the root when there is none. */
    static Element officeText(Element root) {
        for (Element body : children(root)) {
            if (is(body, OFFICE, "body")) {
                for (Element t : children(body)) {
                    if (is(t, OFFICE, "text")) return t;
                }
            }
        }
        return root;
    }

    void walk(Node container) {
        for (Element e : children(container)) {
            if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
                Piece p = paragraph(e);
                if (!p.text().isBlank()) blocks.add(new Paragraph(Text.cleanMarkup(p.text()), null));
                for (Element box : textBoxes(e)) walk(box); // a table typed in a text box anchored here
            } else if (is(e, TABLE, "table")) {
                table(e);
            } else if (!SKIPPED.contains(e.getLocalName())) {
                walk(e); // sections, lists, list items, indexes: their paragraphs in order
            }
        }
    }

    private void table(Element tbl) {
        List<Element> rowEls = new ArrayList<>();
        List<Boolean> headerFlags = new ArrayList<>();
        rows(tbl, false, rowEls, headerFlags);
        int widest = 0;
        for (Element tr : rowEls) widest = Math.max(widest, (int) children(tr).stream().filter(c -> is(c, TABLE, "table-cell")).count());
        if (widest <= 1) {
            // a title boxed in a one-column table: its paragraphs still head the next table
            for (Element tr : rowEls) {
                for (Element tc : children(tr)) walk(tc);
            }
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rowEls.size(); i++) {
            Element tr = rowEls.get(i);
            List<Cell> cells = cells(tr);
            int repeat = intAttr(tr, "number-rows-repeated", 1);
            if (repeat > MAX_REPEAT || cells.stream().allMatch(Cell::isBlank)) repeat = 1;
            for (int k = 0; k < repeat; k++) rows.add(new Row(rows.size(), cells, null, headerFlags.get(i)));
        }
        blocks.add(new Table(tableIndex++, RepeatedHeaders.asWordApplies(rows), null));
    }

    private static void rows(Element parent, boolean header, List<Element> out, List<Boolean> headerFlags) {
        for (Element e : children(parent)) {
            if (is(e, TABLE, "table-row")) {
                out.add(e);
                headerFlags.add(header);
            } else if (is(e, TABLE, "table-header-rows")) {
                rows(e, true, out, headerFlags);
            } else if (is(e, TABLE, "table-rows") || is(e, TABLE, "table-row-group")) {
                rows(e, header, out, headerFlags);
            }
        }
    }

    private List<Cell> cells(Element tr) {
        List<Cell> cells = new ArrayList<>();
        int col = 0;
        for (Element tc : children(tr)) {
            boolean covered = is(tc, TABLE, "covered-table-cell");
            if (!covered && !is(tc, TABLE, "table-cell")) continue;
            int repeat = Math.max(1, Math.min(intAttr(tc, "number-columns-repeated", 1), MAX_REPEAT));
            for (int k = 0; k < repeat; k++) {
                if (covered) {
                    Cell left = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                    // covered by the cell to its left (a column span) or by the cell above (a row span): no value
                    if (left == null || !left.covers(col)) cells.add(new Cell("", col, 1, false));
                    col++;
                } else {
                    int span = Math.max(1, intAttr(tc, "number-columns-spanned", 1));
                    Piece p = cellText(tc);
                    cells.add(new Cell(Text.cleanMarkup(p.text()), col, span, p.bold()));
                    col++; // the columns it spans over follow as covered cells
                }
            }
        }
        return cells;
    }

    private Piece cellText(Node tc) {
        StringBuilder b = new StringBuilder();
        int bold = 0;
        int plain = 0;
        for (Piece p : cellPieces(tc, new ArrayList<>())) {
            if (p.text().isBlank()) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(p.text());
            if (p.bold()) bold++;
            else plain++;
        }
        return new Piece(b.toString(), bold > 0 && plain == 0);
    }

    private List<Piece> cellPieces(Node container, List<Piece> out) {
        for (Element e : children(container)) {
            if (is(e, TEXT, "p") || is(e, TEXT, "h")) out.add(paragraph(e));
            else if (!SKIPPED.contains(e.getLocalName())) cellPieces(e, out); // lists, nested tables, sections
        }
        return out;
    }

    /** A paragraph's text and whether every visible character is bold. */
    record Piece(String text, boolean bold) {
    }

    private Piece paragraph(Element p) {
        int[] counts = new int[2]; // bold, plain
        StringBuilder b = new StringBuilder();
        String style = p.getAttributeNS(TEXT, "style-name");
        String font = styles.font(style);
        inline(p, Boolean.TRUE.equals(styles.bold(style)), font != null ? font : styles.defaultFont(), b, counts);
        return new Piece(b.toString(), counts[0] > 0 && counts[1] == 0);
    }

    private void inline(Node parent, boolean bold, String font, StringBuilder b, int[] counts) {
        LegacyFonts.Kind legacy = LegacyFonts.kindOf(font);
        if (legacy != LegacyFonts.Kind.UNICODE) legacyFonts.add(font);
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String s = LegacyFonts.convert(c.getNodeValue(), legacy);
                b.append(s);
                int visible = (int) s.codePoints().filter(ch -> !Character.isWhitespace(ch)).count();
                counts[bold ? 0 : 1] += visible;
            } else if (c instanceof Element e) {
                String name = e.getLocalName();
                if (TEXT.equals(e.getNamespaceURI()) && name.equals("s")) {
                    b.append(" ".repeat(Math.max(1, Math.min(intAttr(e, TEXT, "c", 1), 100))));
                } else if (TEXT.equals(e.getNamespaceURI()) && (name.equals("tab") || name.equals("line-break"))) {
                    b.append(' ');
                } else if (SKIPPED.contains(name) || name.equals("frame") || name.equals("custom-shape")) {
                    // a text box's content is read as blocks of its own after the paragraph (see walk)
                    if (name.equals("custom-shape") || name.equals("frame") && textBoxes(e).isEmpty() && !e.getTextContent().isBlank()) {
                        warnings.add("text in frames not read");
                    }
                } else {
                    Boolean own = styles.bold(e.getAttributeNS(TEXT, "style-name"));
                    String ownFont = styles.font(e.getAttributeNS(TEXT, "style-name"));
                    // spans, links, fields' shown text
                    inline(e, own == null ? bold : own, ownFont == null ? font : ownFont, b, counts);
                }
            }
        }
    }

    /** The text boxes ({@code draw:frame/draw:text-box}) anchored in an element, outermost only, in order. */
    private static List<Element> textBoxes(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(parent)) {
            if (is(c, DRAW, "text-box")) out.add(c);
            else if (!is(c, TABLE, "table")) out.addAll(textBoxes(c));
        }
        return out;
    }

    private static int intAttr(Element e, String name, int fallback) {
        return intAttr(e, TABLE, name, fallback);
    }

    private static int intAttr(Element e, String ns, String name, int fallback) {
        String v = e.getAttributeNS(ns, name);
        try {
            return v.isEmpty() ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    private static boolean is(Node n, String ns, String name) {
        return n instanceof Element && ns.equals(n.getNamespaceURI()) && name.equals(n.getLocalName());
    }

    private static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) out.add(e);
        }
        return out;
    }
}
