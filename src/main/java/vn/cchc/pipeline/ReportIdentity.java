package vn.cchc.pipeline;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.report.ReportMetadata;
import vn.cchc.text.Fold;

/**
 * What makes two inputs one report in two files (the PDF an office exported and the DOCX it typed), for counting
 * reports rather than files: the same issuer, number and date; the same submission as the batch already found (same
 * issuer and period: {@code duplicate_of}); or the same figures in the same areas in the same order, which two
 * different reports do not print.
 */
final class ReportIdentity {
    /** Fewer printed figures than this say too little to tell a report by its content. */
    static final int MIN_VALUES = 8;

    private ReportIdentity() {
    }

    /** Every identity the result has; two results sharing any one are one report. */
    static List<String> keys(FileResult result) {
        List<String> out = new ArrayList<>();
        ReportMetadata m = result.metadata();
        if (m != null && m.issuer() != null && m.reportNumber() != null && m.reportDate() != null) {
            out.add("metadata|" + Fold.fold(m.issuer()).strip() + "|" + Fold.fold(m.reportNumber()).strip() + "|" + m.reportDate());
        }
        StringBuilder content = new StringBuilder("content");
        int values = 0;
        // the batch marks a later input of the same issuer and period with the first one's name
        String duplicateOf = result.records().stream().map(StatRecord::duplicateOf).filter(d -> d != null).findFirst()
                .orElse(result.file());
        out.add("submission|" + duplicateOf);
        for (StatRecord r : result.records()) {
            if (r.value() == null) continue;
            content.append('|').append(r.section()).append(':').append(r.value().stripTrailingZeros().toPlainString());
            values++;
        }
        if (values >= MIN_VALUES) out.add(content.toString());
        return out;
    }
}
