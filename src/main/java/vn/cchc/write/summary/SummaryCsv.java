package vn.cchc.write.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.cchc.number.VietnameseNumbers;
import vn.cchc.summary.Line;
import vn.cchc.summary.Notes;
import vn.cchc.summary.Summary;

/**
 * The consolidated table as CSV, one line per template row: the template's columns (STT, Chỉ tiêu, Đơn vị tính,
 * Số liệu, Ghi chú) first, then the same facts for programs (code, rule, numbers with a dot, units as lists).
 */
final class SummaryCsv {
    static final List<String> COLUMNS = List.of("section", "stt", "chi_tieu", "don_vi_tinh", "so_lieu", "ghi_chu",
            "indicator", "rule", "value", "min", "max", "reports", "units", "missing_units", "terms_missing_units",
            "check_failed_units", "flagged_units");

    private SummaryCsv() {
    }

    static void write(Summary s, OutputStream out) throws IOException {
        var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        int units = s.units().size();
        for (Line l : s.lines()) {
            boolean section = l.row().isSection();
            p.printRecord(l.row().section().name(), l.row().stt(), l.row().title(),
                    section ? "" : l.row().indicator().unit(), Notes.figure(l), Notes.of(l, units),
                    section ? "" : l.row().indicator().code(), section ? "" : l.rule().id(),
                    VietnameseNumbers.format(l.value()), VietnameseNumbers.format(l.min()), VietnameseNumbers.format(l.max()),
                    l.isHeading() ? "" : String.valueOf(l.contributors().size()), l.isHeading() ? "" : String.valueOf(units),
                    String.join(";", l.missing()), String.join(";", l.termsMissing()), String.join(";", l.checkFailed()),
                    String.join(";", l.flagged()));
        }
        p.flush();
    }
}
