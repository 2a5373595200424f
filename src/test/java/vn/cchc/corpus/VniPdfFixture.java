package vn.cchc.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the statistics appendix of corpus report 004 as a PDF typed in the VNI-Times font, as an office using VNI
 * would print it: each Vietnamese letter written as VNI's one or two Windows-1252 glyphs, the font named "VNI-Times"
 * (its glyph widths those of Times, which is what VNI-Times is drawn from). Run once; the PDF is committed
 * ({@code src/test/resources/forms/004-vni.pdf}).
 */
public final class VniPdfFixture {
    private static final float[] COLS = {40, 75, 355, 440, 490, 560};
    private static final float SIZE = 8;
    private static final float LINE = 10;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font font;
    private PDPage page;
    private PDPageContentStream cs;
    private float top;

    private VniPdfFixture() {
        font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        // named as the legacy font, with Times' widths so that any reader lays the glyphs out as drawn
        font.getCOSObject().setName(COSName.BASE_FONT, "VNI-Times");
        COSArray widths = new COSArray();
        for (int code = 32; code <= 255; code++) {
            try {
                widths.add(COSInteger.get(Math.round(times.getWidth(code))));
            } catch (IOException e) {
                widths.add(COSInteger.get(500));
            }
        }
        font.getCOSObject().setInt(COSName.FIRST_CHAR, 32);
        font.getCOSObject().setInt(COSName.LAST_CHAR, 255);
        font.getCOSObject().setItem(COSName.WIDTHS, widths);
    }

    public static void main(String[] args) throws IOException {
        new VniPdfFixture().write(Path.of(args[0]));
    }

    private void write(Path out) throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        try (InputStream in = VniPdfFixture.class.getResourceAsStream("/corpus/gold/004.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) gold.add(json.readTree(l));
            }
        }
        newPage();
        for (String l : List.of("UBND TỈNH THỪA THIÊN HUẾ", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 863/BC-SKHĐT",
                "Thừa Thiên Huế, ngày 08 tháng 3 năm 2024", "BÁO CÁO", "Công tác cải cách hành chính Quý I năm 2024")) {
            text(COLS[0], l);
            top += LINE * 1.5f;
        }
        for (String[] h : AppendixHeadings.ALL) {
            if (top > 700) newPage();
            top += LINE;
            text(COLS[0], h[1]);
            top += LINE * 1.5f;
            text(COLS[0], h[2]);
            top += LINE * 1.5f;
            row(List.of("STT"), List.of("Chỉ tiêu thống kê"), List.of("Đơn vị tính"), List.of("Số liệu"), List.of("Ghi chú"));
            for (JsonNode g : gold) {
                if (!g.get("section").asText().equals(h[0])) continue;
                row(List.of(g.get("stt").asText()), wrap(g.get("label").asText(), COLS[2] - COLS[1] - 6),
                        wrap(g.get("unit").asText(), COLS[3] - COLS[2] - 6), List.of(g.get("value_raw").asText()),
                        wrap(g.get("note").asText(), COLS[5] - COLS[4] - 6));
            }
        }
        cs.close();
        doc.save(out.toFile());
        doc.close();
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        top = 50;
    }

    @SafeVarargs
    private void row(List<String>... cells) throws IOException {
        int lines = 1;
        for (List<String> c : cells) lines = Math.max(lines, c.size());
        float height = lines * LINE + 4;
        if (top + height > 800) newPage();
        float h = page.getMediaBox().getHeight();
        cs.setLineWidth(0.5f);
        cs.moveTo(COLS[0], h - top);
        cs.lineTo(COLS[5], h - top);
        cs.moveTo(COLS[0], h - top - height);
        cs.lineTo(COLS[5], h - top - height);
        for (float x : COLS) {
            cs.moveTo(x, h - top);
            cs.lineTo(x, h - top - height);
        }
        cs.stroke();
        for (int c = 0; c < cells.length; c++) {
            for (int i = 0; i < cells[c].size(); i++) {
                float saved = top;
                top = top + 2 + (i + 1) * LINE - 2;
                text(COLS[c] + 3, cells[c].get(i));
                top = saved;
            }
        }
        top += height;
    }

    private List<String> wrap(String s, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            String next = line.isEmpty() ? w : line + " " + w;
            if (!line.isEmpty() && font.getStringWidth(LegacyFontFixtures.vni(next)) / 1000 * SIZE > width) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    private void text(float x, String unicode) throws IOException {
        if (unicode.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, page.getMediaBox().getHeight() - top);
        cs.showText(LegacyFontFixtures.vni(unicode));
        cs.endText();
    }
}
