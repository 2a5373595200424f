package vn.cchc.pipeline;

import java.util.List;
import java.util.Optional;

import vn.cchc.model.StatRecord;
import vn.cchc.vocabulary.Flag;

/** The per-file line on standard error naming the rows no catalogue indicator was found for. */
final class UnmatchedSummary {
    /** Enough to find the rows in the file; the flagged records carry them all. */
    static final int MAX_LISTED = 5;

    private UnmatchedSummary() {
    }

    static Optional<String> of(List<StatRecord> records) {
        List<StatRecord> unmatched = records.stream().filter(r -> r.flags().contains(Flag.UNMATCHED)).toList();
        if (unmatched.isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder().append(unmatched.size()).append(" row(s) matched no catalogue indicator: ");
        for (int i = 0; i < Math.min(MAX_LISTED, unmatched.size()); i++) {
            StatRecord r = unmatched.get(i);
            if (i > 0) b.append("; ");
            if (r.stt() != null && !r.stt().isBlank()) b.append(r.stt().strip()).append(' ');
            b.append('"').append(shorten(r.label())).append('"');
        }
        if (unmatched.size() > MAX_LISTED) b.append("; ...");
        return Optional.of(b.toString());
    }

    private static String shorten(String label) {
        String s = label == null ? "" : label.replaceAll("\\s+", " ").strip();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
