package vn.cchc.extract;

import java.util.List;

import vn.cchc.report.ReportMetadata;

/**
 * What one input file gave: its records and warnings, or the one-line reason it failed.
 *
 * @param file     the path as the user gave or as found under a folder the user gave
 * @param format   format name of the reader that read it, or null when detection failed
 * @param error    the reason the file failed, or null
 */
public record FileResult(String file, String format, ReportMetadata metadata, List<String> warnings,
                         List<StatRecord> records, String error) {
    public FileResult {
        warnings = List.copyOf(warnings);
        records = List.copyOf(records);
        if (metadata == null) metadata = ReportMetadata.unknown();
    }

    public static FileResult failed(String file, String format, String error) {
        return new FileResult(file, format, ReportMetadata.unknown(), List.of(), List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
