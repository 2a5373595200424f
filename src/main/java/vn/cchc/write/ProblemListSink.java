package vn.cchc.write;

import java.io.PrintStream;

import vn.cchc.check.Problem;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.report.ReportMetadata;
import vn.cchc.text.Printable;

/**
 * {@code cchc check} output: per report, who sent it and for which period, then each problem on its own line, for the
 * analyst who must call the office back. Plain text, not meant to be parsed (the JSON output carries the same
 * sentences in {@code warnings}).
 */
public final class ProblemListSink implements ResultSink {
    private final PrintStream out;
    private int checked;
    private int withProblems;
    private int failed;
    private long problems;

    public ProblemListSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(FileResult r) {
        if (r.failed()) {
            failed++;
            out.println(Printable.escape(r.file() + ": not checked: " + r.error()));
            out.println();
            return;
        }
        checked++;
        String head = Printable.escape(r.file() + " (" + describe(r.metadata()) + ")");
        if (r.problems().isEmpty()) {
            out.println(head + ": no problems");
            out.println();
            return;
        }
        withProblems++;
        problems += r.problems().size();
        out.println(head + ": " + r.problems().size() + " problem(s)");
        for (Problem p : r.problems()) out.println("  - " + Printable.escape(p.line()));
        out.println();
    }

    @Override
    public void finish() {
        out.printf("%d report(s) checked, %d with problems (%d problem(s) in all), %d not checked%n",
                checked, withProblems, problems, failed);
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    /** Issuer, period and report number as far as the report said them. */
    static String describe(ReportMetadata md) {
        StringBuilder b = new StringBuilder();
        b.append(md.issuer() == null ? "issuer unknown" : md.issuer());
        b.append(", ").append(md.period() == null ? "period unknown" : md.period());
        if (md.reportNumber() != null) b.append(", ").append(md.reportNumber());
        return b.toString();
    }
}
