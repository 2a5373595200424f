package vn.cchc.read.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.OdfPackage;
import vn.cchc.read.OdfStyles;
import vn.cchc.read.ReadException;

/**
 * OpenDocument spreadsheets ({@code .ods}, LibreOffice's own), read from {@code content.xml} as the ODT reader reads
 * its text: the cell's stored value ({@code office:value}, a percentage stored as a fraction) and the text it shows
 * ({@code text:p}), spans, covered cells, hidden ({@code collapse}d or filtered) rows and columns.
 */
public final class OdsReader implements DocumentReader {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Repeated rows or columns that hold something are read this many times at most; the rest is padding. */
    private static final int MAX_REPEAT = 100;

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template");
    }

    @Override
    public String format() {
        return "ods";
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        OdfPackage odf = OdfPackage.read(in, "ODS", "workbook");
        Element root = odf.content();
        // named cell styles ("Default") are in styles.xml: a legacy font set for the whole sheet is often there
        OdsCells cells = new OdsCells(new OdfStyles(odf.styles(), root));
        List<SheetGrid> sheets = new ArrayList<>();
        for (Element body : children(root, OFFICE, "body")) {
            for (Element spreadsheet : children(body, OFFICE, "spreadsheet")) {
                for (Element table : children(spreadsheet, TABLE, "table")) sheets.add(sheet(table, cells));
            }
        }
        return WorkbookReaders.document(format(), sheets, cells.legacyFonts());
    }

    private static SheetGrid sheet(Element table, OdsCells cells) {
        SheetGrid g = new SheetGrid(table.getAttributeNS(TABLE, "name"));
        int[] col = {0};
        int[] row = {0};
        walk(table, g, cells, col, row);
        return g;
    }

    /** Columns and rows in order, through the groups that wrap them (header rows, row groups, column groups). */
    private static void walk(Element parent, SheetGrid g, OdsCells cells, int[] col, int[] row) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !TABLE.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "table-column" -> {
                    int repeat = repeat(e, "number-columns-repeated");
                    for (int k = 0; k < Math.min(repeat, PoiWorkbookReader.MAX_COLS); k++) {
                        if (hidden(e)) g.hideCol(col[0] + k);
                        cells.columnStyle(col[0] + k, e.getAttributeNS(TABLE, "default-cell-style-name"));
                    }
                    col[0] += repeat;
                }
                case "table-row" -> {
                    int repeat = repeat(e, "number-rows-repeated");
                    boolean filled = hasContent(e);
                    int times = filled ? Math.min(repeat, MAX_REPEAT) : 0;
                    for (int k = 0; k < times && row[0] + k < PoiWorkbookReader.MAX_ROWS; k++) {
                        row(e, row[0] + k, g, cells);
                        if (hidden(e)) g.hideRow(row[0] + k);
                    }
                    row[0] += repeat;
                }
                case "table-columns", "table-header-columns", "table-column-group", "table-rows", "table-header-rows",
                        "table-row-group" -> walk(e, g, cells, col, row);
                default -> {
                }
            }
        }
    }

    private static void row(Element tr, int r, SheetGrid g, OdsCells cells) {
        int c = 0;
        for (Node n = tr.getFirstChild(); n != null && c < PoiWorkbookReader.MAX_COLS; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !TABLE.equals(e.getNamespaceURI())) continue;
            boolean covered = e.getLocalName().equals("covered-table-cell");
            if (!covered && !e.getLocalName().equals("table-cell")) continue;
            int repeat = repeat(e, "number-columns-repeated");
            SheetGrid.Content content = covered ? null : cells.content(e, c);
            int times = content == null ? 0 : Math.min(repeat, MAX_REPEAT);
            for (int k = 0; k < times && c + k < PoiWorkbookReader.MAX_COLS; k++) {
                g.put(r, c + k, content);
                int cols = repeat(e, "number-columns-spanned");
                int rows = repeat(e, "number-rows-spanned");
                g.merge(r, r + rows - 1, c + k, c + k + cols - 1);
            }
            c += repeat;
        }
    }

    private static boolean hasContent(Element tr) {
        return !tr.getTextContent().isBlank() || tr.getElementsByTagNameNS(TABLE, "table-cell").getLength() > 0
                && hasValue(tr);
    }

    private static boolean hasValue(Element tr) {
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.hasAttributeNS(OFFICE, "value") || e.hasAttributeNS(TABLE, "formula"))) return true;
        }
        return false;
    }

    private static boolean hidden(Element e) {
        String v = e.getAttributeNS(TABLE, "visibility");
        return v.equals("collapse") || v.equals("filter");
    }

    static int repeat(Element e, String attr) {
        String v = attr.equals("c") ? e.getAttributeNS(TEXT, "c") : e.getAttributeNS(TABLE, attr);
        try {
            return v.isEmpty() ? 1 : Math.max(1, Integer.parseInt(v));
        } catch (NumberFormatException x) {
            return 1;
        }
    }

    static List<Element> children(Node parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }
}
