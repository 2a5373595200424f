package vn.cchc.read.docx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Paragraph;
import vn.cchc.read.RepeatedHeaders;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.text.LegacyFonts;

/**
 * Walks a WordprocessingML body in reading order and builds paragraphs and tables. The walk is done on the XML
 * itself rather than on XWPF's object model because the things reports are made of (content controls at any level,
 * tracked insertions, field results, legacy {@code hMerge}, {@code gridBefore}) are all plain elements here, while
 * XWPF exposes each through a different, partial API.
 */
final class DocxBody {
    /** Wrappers whose content reads as if they were not there. */
    private static final Set<String> TRANSPARENT = Set.of("customXml", "ins", "moveTo", "smartTag", "hyperlink",
            "fldSimple", "dir", "bdo");
    private static final String TRACKED = "tracked changes read as if accepted";

    private final WordStyles styles;
    private final ListNumbering numbering;
    private final boolean paged;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    /** Legacy (TCVN3 / VNI) fonts whose text was converted, for one warning. */
    private final Set<String> legacyFonts = new java.util.TreeSet<>();
    /** Text boxes met in the paragraph being read, read after it. */
    private final List<Element> textBoxes = new ArrayList<>();
    /** How deep in table cells the walk is; text boxes in cells are not read (they would split the table). */
    private int cellDepth;
    private int tableIndex;
    private int page = 1;

    /**
     * @param paged whether the document carries Word's rendered page breaks; only then are page numbers given,
     *              since counting explicit breaks alone would understate them
     */
    DocxBody(WordStyles styles, ListNumbering numbering, boolean paged) {
        this.styles = styles;
        this.numbering = numbering;
        this.paged = paged;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>(warnings);
        if (!legacyFonts.isEmpty()) out.add(LegacyFonts.warning(legacyFonts));
        return out;
    }

    /** Reads the block-level content of a body, a content control or a frame cell. */
    void walk(Node container) {
        for (Element e : WordXml.children(container)) {
            if (WordXml.is(e, "p")) {
                int at = page;
                RunText t = paragraph(e);
                List<Element> inBoxes = List.copyOf(textBoxes);
                textBoxes.clear();
                if (!t.text().isBlank()) blocks.add(new Paragraph(Text.cleanMarkup(t.text()), pageOr(at)));
                for (Element box : inBoxes) walk(box); // a title typed in a text box anchored to this paragraph
            } else if (WordXml.is(e, "tbl")) {
                table(e);
            } else if (WordXml.is(e, "sdt")) {
                walk(shownContent(e));
            } else if (isTransparent(e)) {
                if (WordXml.is(e, "ins") || WordXml.is(e, "moveTo")) warnings.add(TRACKED);
                walk(e);
            } else if (WordXml.is(e, "del") || WordXml.is(e, "moveFrom")) {
                warnings.add(TRACKED);
            }
        }
    }

    private Integer pageOr(int at) {
        return paged ? at : null;
    }

    // ---------------------------------------------------------------- tables

    private void table(Element tbl) {
        if (isFrame(tbl)) {
            // a table used as a frame around content (a boxed title, an appendix in a one-cell table): read what it holds
            for (Element tr : rowsOf(tbl)) {
                for (Element tc : cellsOf(tr)) walk(tc);
            }
            return;
        }
        int index = tableIndex++;
        TableGrid grid = TableGrid.of(tbl);
        List<Row> rows = new ArrayList<>();
        for (Element tr : rowsOf(tbl)) {
            Element trPr = WordXml.child(tr, "trPr");
            if (WordXml.child(trPr, "del") != null) {
                warnings.add(TRACKED);
                continue; // a row deleted with track changes on
            }
            if (Boolean.TRUE.equals(WordXml.onOff(WordXml.child(trPr, "hidden")))) continue; // not shown
            List<Cell> cells = grid.collapse(cells(tr, trPr));
            // the page once the row is read: a page break inside a row means Word moved the whole row to the next page
            Integer rowPage = pageOr(page);
            boolean header = Boolean.TRUE.equals(WordXml.onOff(WordXml.child(trPr, "tblHeader")));
            rows.add(new Row(rows.size(), cells, rowPage, header));
        }
        Integer tablePage = rows.isEmpty() ? pageOr(page) : rows.get(0).page();
        blocks.add(new Table(index, RepeatedHeaders.asWordApplies(rows), tablePage));
    }

    private List<Cell> cells(Element tr, Element trPr) {
        List<Cell> cells = new ArrayList<>();
        int col = WordXml.intVal(WordXml.child(trPr, "gridBefore"), 0);
        for (Element tc : cellsOf(tr)) {
            Element tcPr = WordXml.child(tc, "tcPr");
            int span = Math.max(1, WordXml.intVal(WordXml.child(tcPr, "gridSpan"), 1));
            Element hMerge = WordXml.child(tcPr, "hMerge");
            Element vMerge = WordXml.child(tcPr, "vMerge");
            RunText content = cellText(tc);
            if (hMerge != null && !"restart".equals(WordXml.val(hMerge)) && !cells.isEmpty()) {
                // legacy horizontal merge: this cell only widens the one to its left
                Cell left = cells.remove(cells.size() - 1);
                String text = content.text().isBlank() ? left.text() : Text.cleanMarkup(left.text() + " " + content.text());
                cells.add(new Cell(text, left.gridCol(), left.colSpan() + span, left.bold()));
            } else if (vMerge != null && !"restart".equals(WordXml.val(vMerge))) {
                cells.add(new Cell("", col, span, false)); // covered by the cell above: no value of its own
            } else {
                cells.add(new Cell(Text.cleanMarkup(content.text()), col, span, content.bold()));
            }
            col += span;
        }
        return cells;
    }

    /** A cell's paragraphs joined by a space; a small table nested in the cell is read as text in the cell. */
    private RunText cellText(Node container) {
        cellDepth++;
        try {
            return cellContent(container);
        } finally {
            cellDepth--;
        }
    }

    private RunText cellContent(Node container) {
        RunText.Builder b = new RunText.Builder();
        for (Element e : WordXml.children(container)) {
            if (WordXml.is(e, "p")) {
                b.addPart(paragraph(e));
            } else if (WordXml.is(e, "tbl")) {
                for (Element tr : rowsOf(e)) {
                    for (Element tc : cellsOf(tr)) b.addPart(cellText(tc));
                }
            } else if (WordXml.is(e, "sdt")) {
                b.addPart(cellText(shownContent(e)));
            } else if (isTransparent(e)) {
                b.addPart(cellText(e));
            }
        }
        return b.build();
    }

    /**
     * A table is a frame when it is one cell wide (a title boxed in a table: read as the paragraphs it holds, so it
     * still heads the table after it), when it holds a table bigger than itself, or when it is at most two cells
     * wide and holds any table: reading it as data would bury the inner table's rows in one cell.
     */
    private static boolean isFrame(Element tbl) {
        List<Element> rows = rowsOf(tbl);
        int widest = 0;
        boolean nested = false;
        for (Element tr : rows) {
            List<Element> cells = cellsOf(tr);
            widest = Math.max(widest, cells.size());
            for (Element tc : cells) nested |= WordXml.hasDescendant(tc, "tbl");
        }
        if (widest <= 1) return true;
        if (!nested) return false;
        int allRows = countDescendants(tbl, "tr");
        return widest <= 2 || allRows - rows.size() > rows.size();
    }

    private static int countDescendants(Node n, String name) {
        int count = 0;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (WordXml.is(c, name)) count++;
            count += countDescendants(c, name);
        }
        return count;
    }

    /** Rows of a table, including rows wrapped in content controls or custom XML. */
    static List<Element> rowsOf(Element tbl) {
        List<Element> out = new ArrayList<>();
        collect(tbl, "tr", out);
        return out;
    }

    /** Cells of a row, including cells wrapped in content controls or custom XML. */
    static List<Element> cellsOf(Element tr) {
        List<Element> out = new ArrayList<>();
        collect(tr, "tc", out);
        return out;
    }

    private static void collect(Node parent, String name, List<Element> out) {
        for (Element e : WordXml.children(parent)) {
            if (WordXml.is(e, name)) out.add(e);
            else if (WordXml.is(e, "sdt")) collect(WordXml.child(e, "sdtContent"), name, out);
            else if (WordXml.is(e, "customXml")) collect(e, name, out);
        }
    }

    /**
     * What a content control shows, or null while it shows its placeholder prompt ("Nhập số liệu", "Click or tap
     * here to enter text"), which is no value.
     */
    private static Element shownContent(Element sdt) {
        if (WordXml.child(WordXml.child(sdt, "sdtPr"), "showingPlcHdr") != null) return null;
        return WordXml.child(sdt, "sdtContent");
    }

    private static boolean isTransparent(Element e) {
        return WordXml.isW(e.getNamespaceURI()) && TRANSPARENT.contains(e.getLocalName());
    }

    // ---------------------------------------------------------------- paragraphs and runs

    private RunText paragraph(Element p) {
        Element pPr = WordXml.child(p, "pPr");
        String pStyle = WordXml.val(WordXml.child(pPr, "pStyle"));
        RunText.Builder b = new RunText.Builder();
        String label = listLabel(pPr, pStyle);
        if (!label.isEmpty()) b.addNeutral(label + " ");
        inline(p, pStyle, b);
        return b.build();
    }

    private String listLabel(Element pPr, String pStyle) {
        if (numbering == null) return "";
        Element numPr = WordXml.child(pPr, "numPr");
        Element styleNumPr = styles.numPr(pStyle);
        String numId = WordXml.val(WordXml.child(numPr, "numId"));
        if (numId == null) numId = WordXml.val(WordXml.child(styleNumPr, "numId"));
        if (numId == null) return "";
        Element ilvl = WordXml.child(numPr, "ilvl");
        if (ilvl == null) ilvl = WordXml.child(styleNumPr, "ilvl");
        return numbering.next(numId, WordXml.intVal(ilvl, 0));
    }

    private void inline(Node parent, String pStyle, RunText.Builder b) {
        for (Element e : WordXml.children(parent)) {
            if (WordXml.is(e, "r")) {
                run(e, pStyle, b);
            } else if (WordXml.is(e, "sdt")) {
                inline(shownContent(e), pStyle, b);
            } else if (isTransparent(e)) {
                if (WordXml.is(e, "ins") || WordXml.is(e, "moveTo")) warnings.add(TRACKED);
                inline(e, pStyle, b);
            } else if (WordXml.is(e, "del") || WordXml.is(e, "moveFrom")) {
                warnings.add(TRACKED); // deleted text is not part of the document as it now reads
            }
        }
    }

    private void run(Element r, String pStyle, RunText.Builder b) {
        Element rPr = WordXml.child(r, "rPr");
        if (Boolean.TRUE.equals(WordXml.onOff(WordXml.child(rPr, "vanish")))) return; // hidden text
        Boolean bold = WordXml.onOff(WordXml.child(rPr, "b"));
        if (bold == null) bold = styles.bold(WordXml.val(WordXml.child(rPr, "rStyle")));
        if (bold == null) bold = styles.bold(pStyle);
        boolean superscript = "superscript".equals(WordXml.val(WordXml.child(rPr, "vertAlign")));
        boolean isBold = Boolean.TRUE.equals(bold);
        String font = WordStyles.fontOf(WordXml.child(rPr, "rFonts"));
        if (font == null) font = styles.font(WordXml.val(WordXml.child(rPr, "rStyle")), pStyle);
        LegacyFonts.Kind legacy = LegacyFonts.kindOf(font);
        if (legacy != LegacyFonts.Kind.UNICODE) legacyFonts.add(font);
        for (Element e : WordXml.children(r)) {
            if (!WordXml.isW(e.getNamespaceURI())) {
                textBox(e); // mc:AlternateContent around a drawing
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> {
                    String t = LegacyFonts.convert(WordXml.text(e), legacy);
                    b.add(superscript ? RunText.superscript(t) : t, isBold);
                }
                case "tab", "ptab", "br", "cr" -> b.add(" ", isBold);
                case "noBreakHyphen" -> b.add("-", isBold);
                case "softHyphen" -> b.add(LegacyFonts.optionalHyphen(legacy), isBold);
                case "sym" -> b.add(symbol(WordXml.attr(e, "char")), isBold);
                case "lastRenderedPageBreak" -> page++;
                case "drawing", "pict", "object" -> textBox(e);
                default -> {
                    // instrText (field codes), delText, fldChar, footnote references: not text a reader sees
                }
            }
        }
    }

    /**
     * Notes the text box a drawing holds. Word writes each box twice, as DrawingML ({@code mc:Choice}) and as VML
     * ({@code mc:Fallback}): only the first is read.
     */
    private void textBox(Element drawing) {
        Element box = null;
        if ("AlternateContent".equals(drawing.getLocalName())) {
            for (Element alt : WordXml.children(drawing)) {
                box = WordXml.firstDescendant(alt, "txbxContent");
                if (box != null) break;
            }
        } else {
            box = WordXml.firstDescendant(drawing, "txbxContent");
        }
        if (box == null) return;
        if (cellDepth > 0) warnings.add("text boxes inside table cells not read");
        else textBoxes.add(box);
    }

    /** {@code w:sym} names a glyph of a symbol font, in the private-use area; its low byte is usually the char. */
    private static String symbol(String hex) {
        if (hex == null) return "";
        try {
            int c = Integer.parseInt(hex, 16);
            if (c >= 0xF020 && c <= 0xF0FF) c -= 0xF000;
            return Character.isValidCodePoint(c) ? new String(Character.toChars(c)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
