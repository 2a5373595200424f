package vn.cchc.read.text;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.read.Text;
import vn.cchc.vocabulary.Flag;

/** A row of a flattened table being built; its label may still be qualified when a unit-only row follows it. */
final class FlatDraft {
    final String stt;
    String label;
    /** The label as read, before any unit was added to tell it from a row sharing it. */
    String baseLabel;
    String unit;
    final String value;
    String note;
    final Integer page;
    final List<Flag> flags = new ArrayList<>();
    /** A section (roman-numbered) row. */
    final boolean section;

    FlatDraft(String stt, String label, String unit, String value, String note, Integer page, boolean section) {
        this.stt = stt;
        this.label = Text.clean(label);
        this.baseLabel = this.label;
        this.unit = unit;
        this.value = value;
        this.note = Text.clean(note);
        this.page = page;
        this.section = section;
    }

    void setUnit(String newUnit) {
        unit = Text.clean(newUnit);
    }

    void addNote(String more) {
        String m = Text.clean(more);
        if (!m.isEmpty()) note = note.isEmpty() ? m : note + " " + m;
    }

    void flag(Flag flag) {
        if (!flags.contains(flag)) flags.add(flag);
    }

    /**
     * A row that is only a unit and a value ("NV Tỉnh giao 0") shares the label of the row above, whose cell was
     * merged over both; the units tell the two apart, so both labels name their unit.
     */
    void inheritLabel(FlatDraft above) {
        if (above == null || above.section || above.baseLabel.isEmpty()) {
            flag(Flag.NO_LABEL);
            return;
        }
        flag(Flag.LABEL_FROM_ROW_ABOVE);
        baseLabel = above.baseLabel;
        if (above.unit.isEmpty() || above.unit.equals(unit)) {
            label = above.baseLabel;
            return;
        }
        if (above.label.equals(above.baseLabel)) above.label = above.baseLabel + " (" + above.unit + ")";
        label = above.baseLabel + " (" + unit + ")";
    }

    FlatRowReader.FlatRow toRow() {
        if (value != null && !value.isBlank() && endsWithLooseNumber(label)) {
            // "Số vấn đề phát hiện đã xử lý xong 0 | Vấn đề | 2": a number left at the end of the label may be the
            // row's real value (columns read value first) and the one after the unit a broken row number ("3.3." /
            // "2"); the text cannot say which, so no value rather than a wrong one
            List<Flag> uncertain = new ArrayList<>(flags);
            uncertain.add(Flag.VALUE_UNCERTAIN);
            return new FlatRowReader.FlatRow(stt, label, unit, "", note, page, uncertain);
        }
        return new FlatRowReader.FlatRow(stt, label, unit, value, note, page, flags);
    }

    /** A label ending in a bare number that is not part of a name ("năm 2015", "mức độ 3", "Phụ lục 2"). */
    static boolean endsWithLooseNumber(String label) {
        java.util.regex.Matcher m = LOOSE_NUMBER_END.matcher(label);
        if (!m.find()) return false;
        if (label.matches("(?s).*\\b(19|20)\\d\\d$")) return false; // a year: "so với 2015"
        if (m.group(1).endsWith("=")) return false; // a code list pushed into the label: "Hoàn thành = 1"
        return !NUMBER_NAMES.contains(vn.cchc.text.Fold.fold(m.group(1)));
    }

    private static final java.util.regex.Pattern LOOSE_NUMBER_END =
            java.util.regex.Pattern.compile("(\\S+)\\s+\\d{1,6}(?:[.,]\\d+)?%?$");
    private static final java.util.Set<String> NUMBER_NAMES = java.util.Set.of(
            "nam", "do", "cap", "so", "nhom", "loai", "khu", "phuong", "quan", "to", "dieu", "khoan", "muc", "luc",
            "bieu", "mau", "lan", "quy", "thang", "doan", "khoa", "ban", "phong", "xa", "thon", "ap", "buoc");
}
