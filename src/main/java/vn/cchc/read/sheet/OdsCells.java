package vn.cchc.read.sheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.cchc.read.OdfStyles;
import vn.cchc.text.LegacyFonts;

/**
 * The content of an ODS cell: its stored value, the text it shows, and the fonts of that text. A cell's font and
 * bold come from its style (or its column's default cell style), a span's from its own: text typed in a legacy
 * font (.VnTime, VNI-Times) is converted run by run, since one cell may mix a Unicode font and a legacy one.
 */
final class OdsCells {
    private final OdfStyles styles;
    /** Each column's default cell style ({@code table:default-cell-style-name}), for cells without one of their own. */
    private final Map<Integer, String> columnStyles = new HashMap<>();
    private final Set<String> legacyFonts = new TreeSet<>();

    OdsCells(OdfStyles styles) {
        this.styles = styles;
    }

    void columnStyle(int col, String style) {
        if (style != null && !style.isEmpty()) columnStyles.put(col, style);
    }

    /** The legacy fonts whose text was converted. */
    Set<String> legacyFonts() {
        return legacyFonts;
    }

    SheetGrid.Content content(Element cell, int col) {
        String style = cell.getAttributeNS(OdsReader.TABLE, "style-name");
        if (style.isEmpty()) style = columnStyles.getOrDefault(col, "");
        String font = styles.font(style);
        if (font == null) font = styles.defaultFont();
        boolean bold = Boolean.TRUE.equals(styles.bold(style));
        StringBuilder sb = new StringBuilder();
        int[] boldChars = {0, 0};
        for (Element p : OdsReader.children(cell, OdsReader.TEXT, "p")) {
            if (!sb.isEmpty()) sb.append(' ');
            String pStyle = p.getAttributeNS(OdsReader.TEXT, "style-name");
            String pFont = styles.font(pStyle);
            Boolean pBold = styles.bold(pStyle);
            appendText(p, sb, pFont != null ? pFont : font, pBold != null ? pBold : bold, boldChars);
        }
        String shown = sb.toString().strip();
        boolean allBold = boldChars[0] > 0 && boldChars[1] == 0;
        String type = cell.getAttributeNS(OdsReader.OFFICE, "value-type");
        String value = cell.getAttributeNS(OdsReader.OFFICE, "value");
        boolean formula = cell.hasAttributeNS(OdsReader.TABLE, "formula");
        BigDecimal number = null;
        if (type.equals("float") || type.equals("percentage") || type.equals("currency")) {
            if (value.isEmpty()) {
                if (formula) return new SheetGrid.Content("", null, allBold, true);
            } else {
                try {
                    number = NumberFormats.value(Double.parseDouble(value), type.equals("percentage"));
                } catch (NumberFormatException e) {
                    number = null; // the shown text is then read by the Vietnamese rules
                }
            }
        } else if (formula && type.isEmpty() && shown.isEmpty()) {
            return new SheetGrid.Content("", null, allBold, true);
        }
        if (shown.isEmpty() && number == null) return null;
        return new SheetGrid.Content(shown, number, allBold, false);
    }

    /** A paragraph's text, spaces ({@code text:s}) and tabs kept, each run converted by its font. */
    private void appendText(Node n, StringBuilder sb, String font, boolean bold, int[] boldChars) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                LegacyFonts.Kind kind = LegacyFonts.kindOf(font);
                if (kind != LegacyFonts.Kind.UNICODE) legacyFonts.add(font);
                String t = LegacyFonts.convert(c.getNodeValue(), kind);
                sb.append(t);
                boldChars[bold ? 0 : 1] += (int) t.codePoints().filter(ch -> !Character.isWhitespace(ch)).count();
            } else if (c instanceof Element e && OdsReader.TEXT.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(Math.min(OdsReader.repeat(e, "c"), 100)));
                    case "tab", "line-break" -> sb.append(' ');
                    case "note" -> {
                    }
                    case "span" -> {
                        String s = e.getAttributeNS(OdsReader.TEXT, "style-name");
                        String own = styles.font(s);
                        Boolean ownBold = styles.bold(s);
                        appendText(e, sb, own != null ? own : font, ownBold != null ? ownBold : bold, boldChars);
                    }
                    default -> appendText(e, sb, font, bold, boldChars);
                }
            } else if (c instanceof Element e) {
                if (!"annotation".equals(e.getLocalName())) appendText(e, sb, font, bold, boldChars);
            }
        }
    }
}
