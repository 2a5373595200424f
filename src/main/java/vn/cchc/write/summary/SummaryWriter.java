package vn.cchc.write.summary;

import java.io.IOException;
import java.io.OutputStream;

import vn.cchc.summary.Summary;

/** Writes a consolidated summary in one of the {@link SummaryFormat}s. */
public final class SummaryWriter {
    private SummaryWriter() {
    }

    public static void write(SummaryFormat format, Summary summary, OutputStream out) throws IOException {
        switch (format) {
            case csv -> SummaryCsv.write(summary, out);
            case json -> SummaryJson.write(summary, out);
            case xlsx -> vn.cchc.write.xlsx.SummaryWorkbook.write(summary, out);
            case html -> SummaryHtml.write(summary, out);
        }
        out.flush();
    }
}
