package vn.cchc.read;

/** A paragraph of running text (headings included), markup removed, NFC-normalised. */
public record Paragraph(String text, Integer page) implements Block {
    public Paragraph {
        text = text == null ? "" : text;
    }
}
