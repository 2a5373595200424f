package vn.cchc.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.catalogue.Catalogue;
import vn.cchc.check.Problem;
import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.summary.Duplicates;
import vn.cchc.summary.SideBySide;
import vn.cchc.vocabulary.Flag;
import vn.cchc.write.Values;

/**
 * An Excel workbook for the analyst: the indicators side by side, the records, one row per report, the consistency
 * problems. Written with POI's streaming API: rows go to temporary files as they come, so memory stays flat over
 * thousands of reports; only each report's values (for the side-by-side sheet) and its one-line summary are kept.
 */
public final class WorkbookSink implements ResultSink {
    public static final String SIDE_BY_SIDE = "Side by side";
    public static final String RECORDS = "Records";
    public static final String REPORTS = "Reports";
    public static final String PROBLEMS = "Problems";
    public static final List<String> REPORT_COLUMNS = List.of("file", "format", "status", "error", "issuer", "level",
            "report_number", "report_date", "period", "metadata_flags", "records", "unmatched", "flagged", "problems",
            "warnings", "duplicate_of");
    public static final List<String> PROBLEM_COLUMNS = List.of("file", "issuer", "period", "flag", "message");
    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final Styles styles = new Styles(wb);
    private final SideBySide sideBySide;
    private final Sheet sideSheet;
    private final Sheet reportSheet;
    private final Sheet problemSheet;
    private final List<ReportRow> reports = new ArrayList<>();
    private Sheet recordSheet;
    private int recordSheets = 1;
    private int recordRow;
    private int problemRow = 1;

    /** One report's line, kept until the end because which input duplicates which is known only then. */
    private record ReportRow(List<Object> cells) {
    }

    public WorkbookSink(OutputStream out, Catalogue catalogue) {
        this.out = out;
        this.sideBySide = new SideBySide(catalogue);
        sideSheet = wb.createSheet(SIDE_BY_SIDE);
        recordSheet = wb.createSheet(RECORDS);
        reportSheet = wb.createSheet(REPORTS);
        problemSheet = wb.createSheet(PROBLEMS);
        startRecords(recordSheet);
        Cells.header(problemSheet.createRow(0), PROBLEM_COLUMNS, styles);
    }

    @Override
    public void accept(FileResult r) throws IOException {
        sideBySide.add(r);
        long unmatched = 0;
        long flagged = 0;
        for (StatRecord rec : r.records()) {
            if (rec.indicator() == null) unmatched++;
            if (!rec.flags().isEmpty()) flagged++;
            record(rec, ownFlags(rec, r));
        }
        for (Problem p : r.problems()) {
            Row row = problemSheet.createRow(problemRow++);
            List<Object> cells = List.of(r.file(), nz(r.metadata().issuer()), nz(r.metadata().period()), p.flag(), p.message());
            for (int i = 0; i < cells.size(); i++) Cells.put(row, i, cells.get(i), styles, false);
        }
        List<Object> cells = new ArrayList<>(REPORT_COLUMNS.size());
        var md = r.metadata();
        cells.add(r.file());
        cells.add(r.format());
        cells.add(r.failed() ? "failed" : "ok");
        cells.add(r.error());
        cells.add(md.issuer());
        cells.add(md.level());
        cells.add(md.reportNumber());
        cells.add(md.reportDate());
        cells.add(md.period());
        cells.add(md.flags().isEmpty() ? null : md.flags().stream().map(Flag::code).toList());
        cells.add(r.records().size());
        cells.add(unmatched);
        cells.add(flagged);
        cells.add(r.problems().size());
        cells.add(r.warnings().isEmpty() ? null : String.join("\n", r.warnings()));
        cells.add(null);
        reports.add(new ReportRow(cells));
    }

    private static boolean ownFlags(StatRecord rec, FileResult r) {
        for (Flag f : rec.flags()) {
            if (!r.metadata().flags().contains(f) && f != Flag.DUPLICATE) return true;
        }
        return false;
    }

    private void record(StatRecord rec, boolean flagged) {
        if (recordRow >= MAX_ROWS) {
            // past Excel's row limit the records go on in a second sheet rather than being cut off
            finishRecords(recordSheet);
            recordSheet = wb.createSheet(RECORDS + " " + ++recordSheets);
            startRecords(recordSheet);
        }
        Row row = recordSheet.createRow(recordRow++);
        List<Object> values = Values.of(rec);
        for (int i = 0; i < values.size(); i++) {
            Cells.put(row, i, values.get(i), styles, flagged && StatRecord.FIELDS.get(i).equals("value"));
        }
    }

    private void startRecords(Sheet sheet) {
        Cells.header(sheet.createRow(0), StatRecord.FIELDS, styles);
        sheet.createFreezePane(0, 1);
        Map<String, Integer> widths = new HashMap<>(Map.of("file", 28, "label", 60, "indicator", 36,
                "indicator_name", 50, "issuer", 36, "flags", 30, "unit", 14, "value_raw", 12, "value", 12, "note", 20));
        for (int i = 0; i < StatRecord.FIELDS.size(); i++) {
            sheet.setColumnWidth(i, widths.getOrDefault(StatRecord.FIELDS.get(i), 10) * 256);
        }
        recordRow = 1;
    }

    private void finishRecords(Sheet sheet) {
        filter(sheet, recordRow, StatRecord.FIELDS.size());
    }

    @Override
    public void finish() throws IOException {
        finishRecords(recordSheet);
        SideBySide.Table table = sideBySide.table();
        SideBySideSheet.write(sideSheet, table, styles);
        Map<String, String> duplicateOf = new HashMap<>();
        for (Duplicates.Dropped d : table.dropped()) duplicateOf.put(d.unit().file(), d.kept().file());
        Cells.header(reportSheet.createRow(0), REPORT_COLUMNS, styles);
        reportSheet.createFreezePane(1, 1);
        int r = 1;
        for (ReportRow report : reports) {
            List<Object> cells = new ArrayList<>(report.cells());
            String file = (String) cells.get(0);
            String chosen = duplicateOf.get(file);
            if (chosen != null) {
                cells.set(2, "duplicate");
                cells.set(REPORT_COLUMNS.indexOf("duplicate_of"), chosen);
            }
            Row row = reportSheet.createRow(r++);
            for (int i = 0; i < cells.size(); i++) Cells.put(row, i, cells.get(i), styles, false);
        }
        filter(reportSheet, r, REPORT_COLUMNS.size());
        for (int i = 0; i < REPORT_COLUMNS.size(); i++) reportSheet.setColumnWidth(i, (i == 0 || i == 4 || i == 14 ? 36 : 14) * 256);
        problemSheet.createFreezePane(0, 1);
        filter(problemSheet, problemRow, PROBLEM_COLUMNS.size());
        for (int i = 0; i < PROBLEM_COLUMNS.size(); i++) problemSheet.setColumnWidth(i, (i == 4 ? 100 : i == 3 ? 18 : 30) * 256);
        wb.write(out);
        out.flush();
    }

    private static void filter(Sheet sheet, int rows, int cols) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, cols - 1));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        wb.close();
        wb.dispose(); // the temporary row files, also when the run failed before finish
    }
}
