package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;
import vn.cchc.text.Printable;
import vn.cchc.summary.Consolidation;
import vn.cchc.summary.Duplicates;
import vn.cchc.summary.Summary;
import vn.cchc.summary.Unit;
import vn.cchc.write.AtomicFileOutput;
import vn.cchc.write.NonClosingOutputStream;
import vn.cchc.write.summary.SummaryFormat;
import vn.cchc.write.summary.SummaryWriter;

/**
 * A {@code summary} run: extracts the inputs, keeps one report per unit (duplicates left out, with a warning naming
 * both), checks they are of one period, and writes the consolidated table.
 *
 * @param quiet     {@code -q}: no progress, warnings or closing line on standard error; errors still are
 * @param period    {@code --period}: the period to consolidate when the inputs are of several, or null
 * @param catalogue a user's catalogue (its aggregation rules too), or null for the built-in one
 */
public record SummaryJob(List<String> inputs, SummaryFormat format, Path output, boolean quiet, BatchOptions batch,
                         String period, Path catalogue) {

    /** Runs the job, reading {@code -} from {@code stdin}; returns the process exit code. */
    public int run(InputStream stdin, OutputStream stdout, PrintStream err) throws IOException {
        Optional<IndicatorMatcher> loaded = ExtractJob.matcher(catalogue, err);
        if (loaded.isEmpty()) return ExitCodes.USAGE;
        if (output == null && format.binary() && Terminal.stdoutIsTerminal()) {
            err.println("cchc: --format " + format + " is binary and standard output is a terminal: give a file with "
                    + "-o FILE." + format + " (or redirect standard output)");
            return ExitCodes.USAGE;
        }
        IndicatorMatcher matcher = loaded.get();
        Progress progress = quiet ? Progress.none() : Progress.forStderr(err);
        Batch run = new Batch(new FileExtractor(Readers.standard(batch.ocr()), batch.maxFileBytes(), MetadataOverride.NONE, matcher),
                err, batch.jobs(), batch.timeout(), progress, null).withoutDuplicateWarnings().quiet(quiet);
        UnitCollector units = new UnitCollector();
        BatchSummary extracted = StdinCopy.expanded(inputs, stdin, files -> run.run(files, units));
        Optional<List<Unit>> ofPeriod = onePeriod(units.units, err);
        if (ofPeriod.isEmpty()) return ExitCodes.USAGE;
        if (ofPeriod.get().isEmpty()) {
            err.println("cchc: summary: no report to consolidate" + (period == null ? "" : " for period " + period));
            return ExitCodes.SOME_FAILED;
        }
        Duplicates.Resolution resolved = Duplicates.resolve(ofPeriod.get());
        if (!quiet) for (Duplicates.Dropped d : resolved.dropped()) err.println(Printable.escape("cchc: summary: warning: " + d.warning()));
        String chosen = resolved.kept().get(0).metadata().period();
        Summary summary = new Consolidation(matcher.catalogue()).of(chosen, resolved.kept(), resolved.dropped());
        if (output == null) {
            SummaryWriter.write(format, summary, new NonClosingOutputStream(stdout));
        } else {
            try (AtomicFileOutput file = new AtomicFileOutput(output)) {
                SummaryWriter.write(format, summary, file.stream());
                file.commit();
            }
        }
        if (!quiet) {
            err.printf("cchc: summary of %s: %d report(s) consolidated, %d duplicate(s) left out, %d failed%n",
                    chosen, resolved.kept().size(), resolved.dropped().size(), extracted.failed());
        }
        return extracted.anyFailed() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /**
     * The units of the one period, or empty after a message when the inputs mix periods and {@code --period} does
     * not pick one: adding a quarter's figures to a year's would be a wrong total that looks right.
     */
    private Optional<List<Unit>> onePeriod(List<Unit> all, PrintStream err) {
        Map<String, List<String>> byPeriod = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Unit u : all) {
            if (u.metadata().period() == null) unknown.add(u.file());
            else byPeriod.computeIfAbsent(u.metadata().period(), p -> new ArrayList<>()).add(u.file());
        }
        if (!quiet) {
            for (String file : unknown) err.println(Printable.escape("cchc: summary: warning: " + file + ": period unknown, left out of the summary"));
        }
        if (period == null && byPeriod.size() > 1) {
            StringBuilder s = new StringBuilder("cchc: summary: the reports are of several periods (");
            byPeriod.forEach((p, files) -> s.append(p).append(": ").append(files.size()).append(" file(s), e.g. ")
                    .append(files.get(0)).append("; "));
            s.setLength(s.length() - 2);
            err.println(Printable.escape(s.append("); pick one with --period").toString()));
            return Optional.empty();
        }
        List<Unit> out = new ArrayList<>();
        int other = 0;
        for (Unit u : all) {
            if (u.metadata().period() == null) continue;
            if (period == null || period.equals(u.metadata().period())) out.add(u);
            else other++;
        }
        if (other > 0 && !quiet) err.println("cchc: summary: " + other + " report(s) of other periods left out (--period " + period + ")");
        return Optional.of(out);
    }

    /** Keeps each report's values, not its records: a summary of thousands of reports stays small. */
    private static final class UnitCollector implements ResultSink {
        final List<Unit> units = new ArrayList<>();

        @Override
        public void accept(FileResult result) {
            if (!result.failed()) units.add(Unit.of(result));
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }
}
