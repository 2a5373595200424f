package vn.cchc.model;

import java.util.List;

import vn.cchc.check.Problem;
import vn.cchc.report.ReportMetadata;

/**
 * What one input file gave: its records and warnings, or the one-line reason it failed.
 *
 * @param file     the path as the user gave or as found under a folder the user gave
 * @param format   format name of the reader that read it, or null when detection failed
 * @param error    the reason the file failed, or null
 * @param problems what the consistency checks found in the report (its records carry the flags)
 */
public record FileResult(String file, String format, ReportMetadata metadata, List<String> warnings,
                         List<StatRecord> records, String error, List<Problem> problems) {
    public FileResult {
        warnings = List.copyOf(warnings);
        records = List.copyOf(records);
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (metadata == null) metadata = ReportMetadata.unknown();
    }

    /** A result nothing was checked in. */
    public FileResult(String file, String format, ReportMetadata metadata, List<String> warnings,
                      List<StatRecord> records, String error) {
        this(file, format, metadata, warnings, records, error, List.of());
    }

    public static FileResult failed(String file, String format, String error) {
        return new FileResult(file, format, ReportMetadata.unknown(), List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
