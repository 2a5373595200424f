package vn.cchc.write.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.cchc.summary.Duplicates;
import vn.cchc.summary.Line;
import vn.cchc.summary.Notes;
import vn.cchc.summary.Summary;
import vn.cchc.summary.Unit;

/**
 * One self-contained HTML page: the key rates as bar charts (each unit against the consolidated figure), then the
 * consolidated table in the template's layout. No script, no font, no image file, nothing fetched: the charts are
 * inline SVG, so the page opens the same from a USB stick in an office without internet.
 */
final class SummaryHtml {
    private static final String CSS = """
            body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
            .meta{color:#555;font-size:13px;margin:2px 0}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(540px,1fr));gap:16px}
            figure{margin:0;border:1px solid #ddd;border-radius:6px;padding:10px;background:#fff}
            figcaption{font-weight:600;font-size:14px;margin-bottom:6px}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}
            th{background:#e8e8e8;text-align:left}
            td.num{text-align:right;white-space:nowrap}
            tr.section td{background:#dce8f5;font-weight:700}
            tr.heading td{font-weight:600}
            td.suspect{background:#ffe0b2}
            .note{color:#444;font-size:12px}
            .legend{font-size:12px;color:#555;margin:4px 0 0}
            .swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
            """;

    private SummaryHtml() {
    }

    static void write(Summary s, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<title>Tổng hợp số liệu CCHC " + esc(nz(s.period())) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<h1>Tổng hợp số liệu thống kê CCHC – kỳ " + esc(nz(s.period())) + "</h1>\n");
        w.write("<p class=\"meta\">" + s.units().size() + " báo cáo được tổng hợp: "
                + esc(String.join("; ", s.units().stream().map(Unit::name).toList())) + "</p>\n");
        for (Duplicates.Dropped d : s.duplicates()) {
            w.write("<p class=\"meta\">Báo cáo trùng, không tính: " + esc(d.unit().file()) + " (dùng " + esc(d.kept().file())
                    + ", " + esc(d.reason()) + ")</p>\n");
        }
        w.write("<p class=\"meta\">Danh mục chỉ tiêu phiên bản " + esc(s.catalogueVersion()) + ". Ô tô cam: số liệu có "
                + "báo cáo chưa khớp khi kiểm tra nhất quán.</p>\n");
        List<RateChart> charts = RateChart.of(s);
        if (!charts.isEmpty()) {
            w.write("<h2>Các tỷ lệ chính theo đơn vị</h2>\n<div class=\"charts\">\n");
            for (RateChart c : charts) w.write(c.figure());
            w.write("</div>\n");
        }
        w.write("<h2>Biểu tổng hợp</h2>\n<table>\n<thead><tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th>"
                + "<th>Số liệu</th><th>Ghi chú</th></tr></thead>\n<tbody>\n");
        for (Line l : s.lines()) w.write(row(l, s.units().size()));
        w.write("</tbody>\n</table>\n</body>\n</html>\n");
        w.flush();
    }

    private static String row(Line l, int units) {
        if (l.row().isSection()) {
            return "<tr class=\"section\"><td>" + esc(l.row().stt()) + "</td><td colspan=\"4\">" + esc(l.row().title())
                    + "</td></tr>\n";
        }
        String indent = "padding-left:" + (6 + 16 * (l.row().depth() - 1)) + "px";
        return "<tr" + (l.isHeading() ? " class=\"heading\"" : "") + "><td>" + esc(l.row().stt()) + "</td><td style=\""
                + indent + "\">" + esc(l.row().title()) + "</td><td>" + esc(l.row().indicator().unit()) + "</td><td class=\"num"
                + (l.suspect() ? " suspect\" title=\"check_failed: " + esc(String.join(", ", l.checkFailed())) : "")
                + "\">" + esc(Notes.figure(l)) + "</td><td class=\"note\">" + esc(Notes.of(l, units)) + "</td></tr>\n";
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
