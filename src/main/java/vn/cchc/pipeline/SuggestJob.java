package vn.cchc.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.CatalogueException;
import vn.cchc.catalogue.CatalogueFiles;
import vn.cchc.catalogue.Indicator;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.catalogue.Suggestions;
import vn.cchc.read.Readers;
import vn.cchc.report.MetadataOverride;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.table.Section;

/**
 * A {@code catalogue suggest} run: extracts each report as {@code extract} does, gathers the rows no indicator fits
 * and prints the catalogue with one proposed entry per group of such rows ({@link Suggestions}), for an analyst to
 * review and pass back with {@code --catalogue}.
 *
 * @param catalogue a user's indicator catalogue to extend, or null for the built-in one
 * @param onlyNew   print only the proposed entries, not the catalogue they extend
 * @param quiet     {@code -q}: no warnings nor closing note on standard error
 */
public record SuggestJob(List<String> inputs, BatchOptions batch, Path catalogue, boolean onlyNew, boolean quiet) {

    /**
     * Runs the job, reading {@code -} from {@code stdin}; 0 when every input was read, 1 when some failed (the others
     * still count).
     */
    public int run(InputStream stdin, PrintStream stdout, PrintStream err) throws IOException {
        Optional<IndicatorMatcher> loaded = ExtractJob.matcher(catalogue, err);
        if (loaded.isEmpty()) return ExitCodes.USAGE;
        Catalogue base = loaded.get().catalogue();
        Suggestions suggestions = new Suggestions(base);
        FileExtractor extractor = new FileExtractor(Readers.standard(batch.ocr()), batch.maxFileBytes(), MetadataOverride.NONE, loaded.get());
        Batch run = new Batch(extractor, err, batch.jobs(), batch.timeout(), Progress.none(), null).quiet(quiet);
        BatchSummary summary = StdinCopy.expanded(inputs, stdin, files -> {
            try (Collector sink = new Collector(suggestions)) {
                return run.run(files, sink);
            }
        });
        List<Indicator> proposed = suggestions.proposals();
        List<Indicator> all = new ArrayList<>(onlyNew ? List.of() : base.indicators());
        all.addAll(proposed);
        try {
            CatalogueFiles.writeCsv(new Catalogue(base.version() + "+suggested", all), stdout);
        } catch (CatalogueException e) {
            // proposals only name codes of the catalogue they extend; only --only-new can leave a parent out
            all = new ArrayList<>(onlyNew ? List.of() : base.indicators());
            for (Indicator i : proposed) all.add(withoutParent(i));
            try {
                CatalogueFiles.writeCsv(new Catalogue(base.version() + "+suggested", all), stdout);
            } catch (CatalogueException again) {
                throw new IllegalStateException("proposed catalogue is invalid: " + again.getMessage(), again);
            }
        }
        stdout.flush();
        if (!quiet) err.println("cchc: " + proposed.size() + " proposed indicator(s), one per group of unmatched rows; review them before use");
        return summary.anyFailed() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static Indicator withoutParent(Indicator i) {
        String note = i.parent() == null ? i.note() : i.note() + " Printed under " + i.parent() + ".";
        return new Indicator(i.code(), i.section(), null, i.name(), i.unit(), i.kind(), null, null, List.of(), null,
                i.aliases(), note);
    }

    /** Takes the unmatched rows of each report as they come. */
    private static final class Collector implements ResultSink {
        private final Suggestions suggestions;
        /** Each identity of a report seen (metadata, content) and the first input that had it. */
        private final Map<String, String> firstWithKey = new HashMap<>();

        Collector(Suggestions suggestions) {
            this.suggestions = suggestions;
        }

        @Override
        public void accept(FileResult result) {
            if (result.records().isEmpty()) return;
            for (String key : ReportIdentity.keys(result)) {
                String first = firstWithKey.putIfAbsent(key, result.file());
                if (first != null) suggestions.sameReport(result.file(), first);
            }
            for (StatRecord r : result.records()) {
                if (r.indicator() != null) continue;
                Section section = r.section() == null ? null : Section.valueOf(r.section());
                suggestions.add(new Suggestions.Sighting(result.file(), section, r.rowKey(), r.label(), r.unit(), r.valueRaw()));
            }
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }
}
