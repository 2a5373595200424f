package vn.cchc.read;

import java.util.List;

/**
 * The format-neutral model every reader produces: paragraphs and tables in reading order.
 *
 * @param format   short format name: txt, docx, doc, pdf, ...
 * @param blocks   paragraphs and tables in reading order
 * @param warnings things the reader noticed but could read past (e.g. "no text layer on page 3")
 */
public record Document(String format, List<Block> blocks, List<String> warnings) {
    public Document {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
