package vn.cchc.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Offices send the statistics appendix as a workbook beside the report ({@code bao-cao.pdf} + {@code bao-cao.xlsx}).
 * The workbook has no report header of its own; its companion is the report of the same base name in the same
 * folder, given in the same run.
 */
final class Companions {
    static final Set<String> WORKBOOKS = Set.of("xlsx", "xlsm", "xls", "ods");

    private Companions() {
    }

    /** Workbook path → its companion report's path, for the workbooks among the inputs that have exactly one. */
    static Map<Path, Path> of(List<InputFile> inputs) {
        Map<String, List<Path>> reports = new HashMap<>();
        for (InputFile in : inputs) {
            if (in.path() == null || WORKBOOKS.contains(extension(in.path()))) continue;
            reports.computeIfAbsent(key(in.path()), k -> new java.util.ArrayList<>()).add(in.path());
        }
        Map<Path, Path> out = new HashMap<>();
        for (InputFile in : inputs) {
            if (in.path() == null || !WORKBOOKS.contains(extension(in.path()))) continue;
            List<Path> r = reports.get(key(in.path()));
            if (r != null && r.size() == 1) out.put(in.path(), r.get(0));
        }
        return out;
    }

    private static String key(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return abs.getParent() + "/" + (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
