package vn.cchc.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

import vn.cchc.catalogue.IndicatorMatch;
import vn.cchc.catalogue.IndicatorMatcher;
import vn.cchc.catalogue.RowKeys;
import vn.cchc.check.CheckOutcome;
import vn.cchc.check.ConsistencyChecks;
import vn.cchc.check.ParsedRow;
import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.FormatDetector;
import vn.cchc.read.ReadException;
import vn.cchc.read.Readers;
import vn.cchc.read.ZipBombGuard;
import vn.cchc.report.MetadataOverride;
import vn.cchc.report.ReportMetadata;
import vn.cchc.report.ReportMetadataExtractor;
import vn.cchc.table.StatTable;
import vn.cchc.table.StatRow;
import vn.cchc.table.ValueCell;
import vn.cchc.table.StatisticsTables;
import vn.cchc.vocabulary.ValueColumn;
import vn.cchc.table.ValueColumns;
import vn.cchc.text.Reasons;

/**
 * The whole pipeline for one file: detect → read → find tables → read rows → records. Never throws for bad input.
 * One instance is shared by the worker threads of a batch: the stages it calls must keep no per-document state in
 * fields.
 */
public final class FileExtractor {
    private final Readers readers;
    private final long maxFileBytes;
    private final FormatDetector detector = new FormatDetector();
    private final StatisticsTables tables = new StatisticsTables();
    private final ReportMetadataExtractor metadata = new ReportMetadataExtractor();
    private final MetadataOverride override;
    private final IndicatorMatcher matcher;
    private final ConsistencyChecks checks;
    private final java.util.Map<DocumentReader, Boolean> warmed = new java.util.concurrent.ConcurrentHashMap<>();

    /** With the built-in indicator catalogue. */
    public FileExtractor(Readers readers) {
        this(readers, BatchOptions.DEFAULT_MAX_FILE_BYTES, MetadataOverride.NONE);
    }

    public FileExtractor(Readers readers, MetadataOverride override) {
        this(readers, BatchOptions.DEFAULT_MAX_FILE_BYTES, override);
    }

    public FileExtractor(Readers readers, long maxFileBytes, MetadataOverride override) {
        this(readers, maxFileBytes, override, IndicatorMatcher.builtIn());
    }

    /**
     * @param maxFileBytes larger files fail unread ("file too large"), so one input cannot exhaust the heap
     * @param override     what the user says of the whole batch, winning over what each report says
     * @param matcher      finds each row's catalogue indicator
     */
    public FileExtractor(Readers readers, long maxFileBytes, MetadataOverride override, IndicatorMatcher matcher) {
        this.readers = readers;
        this.maxFileBytes = maxFileBytes;
        this.override = override;
        this.matcher = matcher;
        this.checks = new ConsistencyChecks(matcher.catalogue());
    }

    /**
     * @param path    the file to read
     * @param display the name to print for it (as the user gave it)
     */
    public FileResult extract(Path path, String display) {
        return extract(path, display, null);
    }

    /**
     * @param companion the report a workbook was sent with (same folder, same base name, same run), whose metadata
     *                  fills what the workbook's own title lines do not say; null when there is none
     */
    public FileResult extract(Path path, String display, Path companion) {
        try {
            return extractOrFail(path, display, companion);
        } catch (NoSuchFileException e) {
            return FileResult.failed(display, null, "no such file");
        } catch (AccessDeniedException e) {
            return FileResult.failed(display, null, "permission denied");
        } catch (IOException e) {
            return FileResult.failed(display, null, "cannot read: " + Reasons.oneLine(e));
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug on a strange file must not stop the batch
            return FileResult.failed(display, null, "unreadable document (" + Reasons.brief(e) + ")");
        }
    }

    /**
     * Prepares the reader this file needs, once per reader and batch (threads that need the same reader wait for the
     * first): detection and the reader's {@link DocumentReader#warmUp()}. Cheap after the first call; never throws.
     */
    public void warmUp(Path path) {
        warmPipeline();
        try {
            if (!Files.isRegularFile(path) || Files.size(path) == 0 || Files.size(path) > maxFileBytes) return;
            MediaType type;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                type = detector.detect(in, path.getFileName().toString());
            }
            readers.forType(type).ifPresent(r -> warmed.computeIfAbsent(r, x -> {
                x.warmUp();
                return Boolean.TRUE;
            }));
        } catch (IOException | RuntimeException e) {
            // the extraction itself meets the problem and words it
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean pipelineWarm = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The stages after reading (tables, numbers, catalogue matching, metadata, checks) load their classes and
     * compile their patterns on first use: done once on a two-row table, so the first file's clock does not pay.
     */
    private synchronized void warmPipeline() {
        if (pipelineWarm.getAndSet(true)) return;
        try {
            List<vn.cchc.read.Row> rows = List.of(
                    new vn.cchc.read.Row(0, List.of(vn.cchc.read.Cell.of("STT", 0), vn.cchc.read.Cell.of("Chỉ tiêu", 1),
                            vn.cchc.read.Cell.of("Đơn vị tính", 2), vn.cchc.read.Cell.of("Số liệu", 3)), null),
                    new vn.cchc.read.Row(1, List.of(vn.cchc.read.Cell.of("1", 0),
                            vn.cchc.read.Cell.of("Số văn bản chỉ đạo CCHC đã ban hành", 1), vn.cchc.read.Cell.of("Văn bản", 2),
                            vn.cchc.read.Cell.of("2.097", 3)), null));
            fromDocument("warm-up", "txt", new Document("txt", List.of(
                    new vn.cchc.read.Paragraph("UBND HUYỆN A — BÁO CÁO Công tác cải cách hành chính quý I năm 2024", null),
                    new vn.cchc.read.Table(0, rows, null)), List.of()));
        } catch (RuntimeException e) {
            // the real files meet whatever this met
        }
    }

    private FileResult extractOrFail(Path path, String display, Path companion) throws IOException {
        if (Files.isDirectory(path)) return FileResult.failed(display, null, "is a directory");
        if (!Files.isRegularFile(path)) return FileResult.failed(display, null, FileKinds.notRegular(path));
        long size = Files.size(path);
        if (size == 0) return FileResult.failed(display, null, "empty file (0 bytes)");
        if (size > maxFileBytes) {
            return FileResult.failed(display, null, "file too large (" + megabytes(size) + " MB, the limit is "
                    + megabytes(maxFileBytes) + " MB; see --max-size)");
        }
        if (ZipBombGuard.isZip(head(path))) {
            Optional<String> bomb = ZipBombGuard.check(path);
            if (bomb.isPresent()) return FileResult.failed(display, null, bomb.get());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            MediaType type = detector.detect(in, path.getFileName().toString());
            Optional<DocumentReader> reader = readers.forType(type);
            if (reader.isEmpty()) return FileResult.failed(display, null, "unsupported format (" + type + ")");
            String format = reader.get().format();
            Document doc;
            try {
                doc = reader.get().read(in);
                // the text reader stops at the caps as it reads; the others are checked whole, before the stages
                // after reading spend time and memory on a table no report has
                vn.cchc.read.DocumentLimits.STANDARD.check(doc);
            } catch (ReadException e) {
                return FileResult.failed(display, format, e.getMessage());
            }
            return fromDocument(display, format, doc, companion);
        }
    }

    /** The metadata of a companion report, or null when it cannot be read (its own run reports why). */
    private ReportMetadata metadataOf(Path companion) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(companion))) {
            if (Files.size(companion) > maxFileBytes) return null;
            Optional<DocumentReader> reader = readers.forType(detector.detect(in, companion.getFileName().toString()));
            return reader.isEmpty() ? null : metadata.extract(reader.get().read(in));
        } catch (IOException | ReadException | RuntimeException e) {
            return null;
        }
    }

    /** Runs the stages after reading; public so tests can feed a model built by hand. */
    public FileResult fromDocument(String display, String format, Document doc) {
        return fromDocument(display, format, doc, null);
    }

    private FileResult fromDocument(String display, String format, Document doc, Path companion) {
        List<StatTable> found = tables.find(doc);
        ReportMetadata own = metadata.extract(doc);
        List<String> warnings = doc.warnings();
        if (companion != null && own.incomplete()) {
            ReportMetadata other = metadataOf(companion);
            if (other != null) {
                own = own.fillFrom(other);
                warnings = new ArrayList<>(warnings);
                warnings.add("report metadata not in the workbook taken from " + companion.getFileName());
            }
        }
        ReportMetadata md = override.apply(own);
        if (found.stream().allMatch(t -> t.rows().isEmpty())) {
            // the metadata still tells the user which report it was
            return new FileResult(display, format, md, warnings, List.of(), "no statistics table found");
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<ValueColumns.Choice> choices = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<List<ValueColumn>, ValueColumns.Choice> byColumns = new HashMap<>();
        for (StatTable t : found) {
            // several value columns: the report's period (known only now) says which one is the value; each row by
            // the columns of its own piece, since a table continued under another header may name others
            List<ValueColumns.Choice> tableChoices = new ArrayList<>();
            List<StatRow> tableRows = new ArrayList<>();
            for (StatRow r : t.rows()) {
                List<ValueColumn> cols = r.values().stream().map(ValueCell::column).toList();
                ValueColumns.Choice choice = cols.isEmpty() ? null
                        : byColumns.computeIfAbsent(cols, c -> ValueColumns.choose(c, md.period()));
                tableChoices.add(choice);
                tableRows.add(choice == null ? r : r.withValueFrom(choice.chosen(), choice.guessed()));
            }
            List<IndicatorMatch> matches = matcher.matchAll(tableRows, md.level());
            keys.addAll(RowKeys.of(tableRows, matches, md.level()));
            for (int i = 0; i < tableRows.size(); i++) {
                rows.add(ParsedRow.of(tableRows.get(i), matches.get(i)));
                choices.add(tableChoices.get(i));
            }
        }
        // the checks see the whole report at once: a rate's terms and a total's parts are other rows
        CheckOutcome outcome = checks.check(rows);
        List<StatRecord> out = new ArrayList<>(rows.size());
        for (int i = 0; i < outcome.rows().size(); i++) {
            out.add(RecordBuilder.build(display, format, md, outcome.rows().get(i), choices.get(i), keys.get(i)));
        }
        return new FileResult(display, format, md, warnings, out, null, outcome.problems());
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
