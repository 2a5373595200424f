package vn.cchc.write.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.cchc.summary.Line;
import vn.cchc.summary.Notes;
import vn.cchc.summary.Summary;
import vn.cchc.summary.Unit;

/**
 * A horizontal bar chart of one key rate: a bar per unit and, in another colour, the consolidated figure, with a
 * dashed line at the consolidated value so a unit below it stands out. Drawn as inline SVG.
 */
record RateChart(Line line, List<String> names, List<BigDecimal> values) {
    /** The rates an analyst looks at first, in this order. */
    static final List<String> KEY_RATES = List.of(
            "TTHC.HOSO.SO_NGANH.TYLE_DUNG_HAN", "TTHC.HOSO.HUYEN.TYLE_DUNG_HAN", "TTHC.HOSO.XA.TYLE_DUNG_HAN",
            "TTHC.HOSO.TYLE_DUNG_HAN", "CQS.DVC.HO_SO_TRUC_TUYEN.TYLE", "CQS.VBDT.TYLE_SU_DUNG", "TCC.GIAI_NGAN.TYLE");
    private static final int WIDTH = 560;
    private static final int LABEL = 220;
    private static final int BAR_AREA = WIDTH - LABEL - 56;
    private static final int ROW = 22;
    private static final int MAX_LABEL = 34;

    static List<RateChart> of(Summary s) {
        List<RateChart> out = new ArrayList<>();
        for (String code : KEY_RATES) {
            for (Line l : s.lines()) {
                if (l.row().isSection() || !l.row().indicator().code().equals(code)) continue;
                List<String> names = new ArrayList<>();
                List<BigDecimal> values = new ArrayList<>();
                for (Unit u : s.units()) {
                    names.add(u.name());
                    values.add(unitRate(u, l));
                }
                out.add(new RateChart(l, names, values));
            }
        }
        return out;
    }

    /** The rate the unit printed, or the one its own terms give when it printed only them. */
    private static BigDecimal unitRate(Unit u, Line l) {
        BigDecimal printed = u.value(l.row().indicator().code());
        if (printed != null) return printed;
        var i = l.row().indicator();
        if (!i.isRate()) return null;
        BigDecimal n = u.value(i.numerator());
        BigDecimal d = u.value(i.denominator());
        if (n == null || d == null || d.signum() == 0) return null;
        return n.multiply(BigDecimal.valueOf(100)).divide(d, MathContext.DECIMAL64);
    }

    String figure() {
        double max = 100;
        for (BigDecimal v : values) if (v != null) max = Math.max(max, v.doubleValue());
        if (line.value() != null) max = Math.max(max, line.value().doubleValue());
        int rows = names.size() + 1;
        int height = rows * ROW + 28;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><figcaption>").append(SummaryHtml.esc(line.row().indicator().name())).append("</figcaption>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        for (int i = 0; i < names.size(); i++) bar(svg, i, names.get(i), values.get(i), max, "#5b8fd6");
        // a consolidated figure resting on a figure its own report contradicts is marked, as in the table
        bar(svg, names.size(), line.suspect() ? "⚠ Tổng hợp" : "Tổng hợp", line.value(), max, "#e07b39");
        double x0 = LABEL;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>%n",
                x0, 2, x0, rows * ROW + 2));
        if (line.value() != null) {
            double x = LABEL + BAR_AREA * line.value().doubleValue() / max;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e07b39\" "
                    + "stroke-dasharray=\"4 3\"/>%n", x, x, rows * ROW + 2));
        }
        for (int t = 0; t <= 100; t += 25) {
            double x = LABEL + BAR_AREA * t / max;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#777\">%d%%</text>%n",
                    x, rows * ROW + 18, t));
        }
        svg.append("</svg>\n<p class=\"legend\"><span class=\"swatch\" style=\"background:#5b8fd6\"></span>đơn vị"
                + "<span class=\"swatch\" style=\"background:#e07b39\"></span>tổng hợp ("
                + SummaryHtml.esc(Notes.figure(line).isEmpty() ? "không tính được" : Notes.figure(line) + "%") + ")</p></figure>\n");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, int i, String name, BigDecimal v, double max, String colour) {
        int y = i * ROW + 4;
        String label = name.length() > MAX_LABEL ? name.substring(0, MAX_LABEL - 1) + "…" : name;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"><title>%s</title>%s</text>%n",
                LABEL - 6, y + 13, SummaryHtml.esc(name), SummaryHtml.esc(label)));
        if (v == null) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#999\" font-style=\"italic\">không có số liệu</text>%n",
                    LABEL + 4, y + 13));
            return;
        }
        double w = Math.max(1, BAR_AREA * Math.max(0, v.doubleValue()) / max);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                LABEL, y, w, ROW - 6, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", LABEL + w + 4, y + 13,
                SummaryHtml.esc(Notes.number(v.round(new MathContext(4))))));
    }
}
