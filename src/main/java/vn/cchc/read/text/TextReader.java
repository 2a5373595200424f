package vn.cchc.read.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.cchc.read.Block;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentLimits;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.vocabulary.Flag;

/**
 * Plain-text reports as conversions leave them: paragraphs, light Markdown ({@code ##}, {@code **}), and tables
 * as tab-separated lines. Consecutive tab lines form one table; blank lines and a lone page number between them
 * do not break it. Markdown pipe tables ({@code | STT | Chỉ tiêu | ... |} with a {@code |---|} line under the header),
 * as document converters write them, are read the same way. Text with no tab table but a flattened table header (text a PDF-to-text tool left) has its
 * tables rebuilt by {@link FlattenedTableRecovery}.
 */
public final class TextReader implements DocumentReader {
    private final FlattenedTableRecovery flattened;
    private final DocumentLimits limits;

    public TextReader() {
        this(new FlattenedTableRecovery());
    }

    /** @param flattened how tables flattened into lines are rebuilt (its unit lexicon can carry the catalogue's units) */
    public TextReader(FlattenedTableRecovery flattened) {
        this(flattened, DocumentLimits.STANDARD);
    }

    /** @param limits how much of a file is kept before it is too large */
    public TextReader(FlattenedTableRecovery flattened, DocumentLimits limits) {
        this.flattened = flattened;
        this.limits = limits;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public String format() {
        return "txt";
    }

    /** Reads the text line by line: memory holds what the document keeps, never the whole file. */
    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        TextLines lines = TextLines.open(in, limits);
        TextBlocks blocks = new TextBlocks(flattened, limits);
        for (String line = lines.next(); line != null; line = lines.next()) blocks.add(line);
        if (blocks.isBlank()) throw new ReadException("empty file (no text)");
        Document doc = blocks.finish(format());
        if (lines.isUnicode() && lines.replacedCount() == 0) return doc;
        List<String> warnings = new ArrayList<>(doc.warnings());
        // provenance: the labels were converted, so say from what
        if (!lines.isUnicode()) warnings.add("text converted to Unicode from " + lines.encoding());
        if (lines.replacedCount() > 0) {
            warnings.add(lines.replacedCount() + " invalid " + lines.encoding() + " byte sequence(s) replaced by U+FFFD (at byte offset "
                    + lines.replacedOffsets().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (lines.replacedCount() > lines.replacedOffsets().size() ? ", ..." : "")
                    + "); rows holding one are flagged " + Flag.REPLACED_CHARACTER.code());
        }
        return new Document(doc.format(), doc.blocks(), warnings);
    }

    /** Splits decoded text into paragraphs and tables. */
    public Document parse(String text) {
        TextBlocks blocks = new TextBlocks(flattened, DocumentLimits.NONE);
        try {
            for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) blocks.add(line);
        } catch (ReadException e) {
            throw new IllegalStateException("no limit to pass", e); // text in memory is read without limits
        }
        return blocks.finish(format());
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
        String text = TextBlocks.paragraphText(trimmed);
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
}
