package vn.cchc.table;

import vn.cchc.vocabulary.ValueColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Document;
import vn.cchc.read.Paragraph;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;
import vn.cchc.text.Fold;
import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.ColumnRole;
import vn.cchc.vocabulary.Flag;
import vn.cchc.vocabulary.HeaderDetector;
import vn.cchc.vocabulary.HeaderNames;
import vn.cchc.vocabulary.PageNumbers;
import vn.cchc.vocabulary.Stt;

/**
 * Finds the statistics tables of a document and reads their rows into roles.
 *
 * <p>Detection (which tables, which columns, which section) is kept apart from row reading, as tabula-java keeps
 * detection apart from extraction. A table without a header that directly follows a statistics table (nothing but
 * page numbers in between) is read as its continuation across a page break.
 */
public final class StatisticsTables {
    private static final Pattern APPENDIX_TITLE = Pattern.compile("^(phu luc|bieu mau|bieu so|mau so|bieu)\\b.*");
    private static final Pattern CONTINUED = Pattern.compile("\\btiep theo\\b|\\btiep$");
    private static final Pattern ATTACHMENT_IN_BRACKETS =
            Pattern.compile("\\([^()]*(?iu:kèm theo)[^()]*\\)");
    /** How many paragraphs before a table can carry its heading when no "Phụ lục" line marks where it starts. */
    private static final int HEADING_WINDOW = 4;

    private final HeaderDetector headers = new HeaderDetector();

    public List<StatTable> find(Document doc) {
        List<StatTable> out = new ArrayList<>();
        List<Paragraph> sinceLastTable = new ArrayList<>();
        Builder current = null;
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                sinceLastTable.add(p);
                continue;
            }
            Table t = (Table) b;
            // a table the reader rebuilt itself (from flattened text) comes with its columns; others show them in a header
            Optional<ColumnLayout> layout = t.knownColumns().or(() -> headers.detect(t.rows()));
            if (layout.isEmpty() && current != null) layout = ContinuationColumns.underCutHeader(headers, current.layout, current.width, t);
            if (layout.isPresent()) {
                Optional<Section> named = sectionFromHeading(withTitleRows(sinceLastTable, t, layout.get()));
                if (current != null && continues(sinceLastTable, named, current)) {
                    current.continueWith(layout.get(), t.gridWidth()); // split at a page break, header repeated by hand
                    current.addRows(t, layout.get().headerRows());
                } else {
                    if (current != null) out.add(current.build());
                    current = new Builder(t.index(), named.orElse(null), layout.get(), t.gridWidth());
                    current.addRows(t, layout.get().headerRows());
                }
            } else if (current != null && onlyTrivial(sinceLastTable)) {
                current.addContinuation(t); // continuation across a page break
            } else {
                if (current != null) out.add(current.build());
                current = null;
            }
            sinceLastTable.clear();
        }
        if (current != null) out.add(current.build());
        return out;
    }

    /** The section named by the heading above a table: from its "Phụ lục"/"Biểu mẫu" line on, else the last lines. */
    static Optional<Section> sectionFromHeading(List<Paragraph> paragraphs) {
        int from = Math.max(0, paragraphs.size() - HEADING_WINDOW);
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 8); i--) {
            if (APPENDIX_TITLE.matcher(Fold.fold(paragraphs.get(i).text())).matches()) {
                from = i;
                break;
            }
        }
        String below = "";
        for (int i = paragraphs.size() - 1; i >= from; i--) {
            String text = headingText(paragraphs.get(i).text());
            Optional<Section> s = Section.fromHeading(text);
            if (s.isEmpty() && !below.isEmpty()) {
                // a title wrapped over two lines: "... CẢI CÁCH THỦ TỤC HÀNH" / "CHÍNH"
                s = Section.fromHeading(text + " " + below);
            }
            if (s.isPresent()) return s;
            below = text;
        }
        return Optional.empty();
    }

    /**
     * Whether a table with its own header goes on with the current one: nothing but page furniture or a "(tiếp
     * theo)" title in between, and no other area named.
     */
    private static boolean continues(List<Paragraph> between, Optional<Section> named, Builder current) {
        boolean continued = onlyTrivial(between)
                || between.stream().anyMatch(p -> CONTINUED.matcher(Fold.fold(p.text())).find());
        return continued && (named.isEmpty() || named.get() == current.section);
    }

    /**
     * The paragraphs before a table plus the title rows inside it above its header (a row with one cell of text,
     * "BIỂU MẪU THỐNG KÊ ... THỂ CHẾ" merged across the table), which name its area as a heading would.
     */
    private static List<Paragraph> withTitleRows(List<Paragraph> before, Table t, ColumnLayout layout) {
        List<Paragraph> out = new ArrayList<>(before);
        for (int i = 0; i < Math.min(layout.headerRows(), t.rows().size()); i++) {
            List<Cell> filled = t.rows().get(i).cells().stream().filter(c -> !c.isBlank()).toList();
            if (filled.size() == 1 && !HeaderNames.namesRole(filled.get(0).text())) {
                out.add(new Paragraph(filled.get(0).text(), t.rows().get(i).page()));
            }
        }
        return out;
    }

    /** "(Ban hành kèm theo Báo cáo số ... của Sở Kế hoạch và Đầu tư)" names the issuer, not the area: cut it off. */
    private static String headingText(String paragraph) {
        // in brackets, only the bracket goes: a PDF line joiner may have put the title after it in one paragraph
        String unbracketed = ATTACHMENT_IN_BRACKETS.matcher(paragraph).replaceAll(" ");
        String text = Fold.fold(unbracketed);
        int attachment = text.indexOf("ban hanh kem theo");
        return attachment >= 0 ? text.substring(0, attachment).strip() : text;
    }

    private static boolean onlyTrivial(List<Paragraph> paragraphs) {
        return paragraphs.stream().allMatch(p -> Fold.fold(p.text()).isEmpty() || PageNumbers.is(p.text()));
    }

    /** Reads rows of one statistics table (and its continuations) into {@link StatRow}s. */
    private final class Builder {
        private final int firstTable;
        private final Section headingSection;
        private final ColumnLayout firstLayout;
        private ColumnLayout layout;
        /** The grid width of the piece the current layout was read from: a headerless piece is compared to it. */
        private int width;
        /** Whether the piece being read maps its value columns by guess (a continuation of another shape). */
        private boolean guessing;
        private final List<StatRow> rows = new ArrayList<>();
        private final Map<String, String> labelsByStt = new HashMap<>();
        private Section section;
        private String lastNumberedLabel;
        /**
         * Children numbered from 1 again under their parent ("3.2. Tỷ lệ …" then "1. Tổng số …", "2. Số …"): the
         * parent's label and the last child number, while such a run lasts; null otherwise.
         */
        private String renumberedParent;
        private String renumberedParentStt;
        private int renumberedLast;
        private String lastNumberedStt;

        Builder(int firstTable, Section headingSection, ColumnLayout layout, int width) {
            this.firstTable = firstTable;
            this.headingSection = headingSection;
            this.firstLayout = layout;
            this.layout = layout;
            this.width = width;
            this.section = headingSection;
        }

        /**
         * The continuation has its own header, whose columns may sit elsewhere and name other value columns. A header
         * that names none where the part before named several ("Số liệu" over unnamed columns) keeps the named ones
         * when the grid is the same; on another grid, which column is the period's is a guess.
         */
        void continueWith(ColumnLayout next, int nextWidth) {
            guessing = false;
            if (next.valueColumns().isEmpty() && !layout.valueColumns().isEmpty()) {
                if (nextWidth == width && ContinuationColumns.sameRoles(layout, next)) {
                    next = new ColumnLayout(next.columns(), next.headerRows(), layout.valueColumns());
                } else {
                    guessing = true;
                }
            }
            layout = next;
            width = nextWidth;
        }

        /**
         * A piece with no header of its own, continuing the table on the next page: read by the columns of the piece
         * before when its grid has their shape (or lacks only the note column); a piece with another number of value
         * columns has no header to say which is which, so its values are marked as guessed.
         */
        void addContinuation(Table t) {
            int w = t.gridWidth();
            guessing = false;
            if (w != width) {
                Optional<ColumnLayout> same = ContinuationColumns.onNarrowerOrSameGrid(layout, width, w);
                if (same.isPresent()) {
                    layout = same.get();
                    width = w;
                } else {
                    guessing = true;
                }
            }
            addRows(t, 0);
            guessing = false;
        }

        void addRows(Table t, int skip) {
            for (int i = skip; i < t.rows().size(); i++) add(t, t.rows().get(i));
        }

        /**
         * The text of a role's column. A cell merged across several role columns (a section title over the whole
         * row, a label over the unit column) is read once, in the first role column it covers, not in each.
         */
        private String at(Row r, ColumnRole role) {
            return layout.column(role).map(c -> {
                Cell cell = r.cellAt(c);
                if (cell == null) return "";
                for (int col = cell.gridCol(); col < c; col++) {
                    if (layout.roleOf(col) != null) return "";
                }
                return Text.cleanMarkup(cell.text());
            }).orElse("");
        }

        /** The exact number of the value cell, read by the same rule as its text. */
        private java.math.BigDecimal valueNumber(Row r) {
            return layout.column(ColumnRole.VALUE).map(c -> {
                Cell cell = r.cellAt(c);
                if (cell == null) return null;
                for (int col = cell.gridCol(); col < c; col++) {
                    if (layout.roleOf(col) != null) return null;
                }
                return cell.number();
            }).orElse(null);
        }

        /** The row's cell in each value column, when the table has several. */
        private List<ValueCell> valueCells(Row r) {
            List<ValueCell> out = new ArrayList<>(layout.valueColumns().size());
            for (ValueColumn v : layout.valueColumns()) {
                Cell cell = r.cellAt(v.col());
                boolean own = cell != null && cell.gridCol() == v.col();
                out.add(own ? new ValueCell(Text.cleanMarkup(cell.text()), cell.number(), v) : new ValueCell("", null, v));
            }
            return out;
        }

        private void add(Table t, Row r) {
            if (r.isBlank() || r.headerRepeat() || headers.isRepeatedHeader(r)) return;
            String stt = at(r, ColumnRole.STT);
            String label = at(r, ColumnRole.LABEL);
            String unit = at(r, ColumnRole.UNIT);
            String value = at(r, ColumnRole.VALUE);
            String note = at(r, ColumnRole.NOTE);

            if (stt.isEmpty() && label.isEmpty() && unit.isEmpty() && value.isEmpty()) {
                if (!note.isEmpty() && !rows.isEmpty()) {
                    StatRow prev = rows.remove(rows.size() - 1);
                    rows.add(prev.withNote(prev.note().isEmpty() ? note : prev.note() + " " + note));
                }
                return; // a note wrapped onto its own line, or an empty grid row
            }
            if (label.isEmpty() && unit.isEmpty() && value.isEmpty() && note.isEmpty() && PageNumbers.is(stt)) {
                return; // a page number caught in the table's grid
            }
            Optional<Section> named = Section.fromHeading(label);
            boolean sectionRow = named.isPresent() && value.isEmpty() && unit.isEmpty()
                    && (Stt.isRoman(stt) || stt.isEmpty() && label.equals(label.toUpperCase(java.util.Locale.ROOT)));
            if (sectionRow) {
                section = named.get();
                labelsByStt.clear();
                lastNumberedLabel = null;
                renumberedParent = null;
                return;
            }
            String canonical = Stt.canonical(stt);
            String parent;
            if (Stt.isDecimal(stt) && isRenumberedChild(canonical, unit, value)) {
                parent = renumberedParent;
                lastNumberedLabel = label;
            } else if (Stt.isDecimal(stt)) {
                parent = labelsByStt.get(Stt.parent(canonical));
                labelsByStt.put(canonical, label);
                lastNumberedLabel = label;
                lastNumberedStt = canonical;
            } else {
                parent = lastNumberedLabel;
            }
            List<Flag> flags = new ArrayList<>(r.flags());
            if (section == null) flags.add(Flag.NO_SECTION);
            if (guessing && ContinuationColumns.printsPastUnit(layout, r)) flags.add(Flag.VALUE_COLUMN_GUESSED);
            Double confidence = OcrValues.confidence(r, layout.column(ColumnRole.VALUE));
            if (OcrValues.uncertain(r, confidence)) flags.add(Flag.OCR_UNCERTAIN);
            rows.add(new StatRow(section, stt, label, unit, value, note, parent, r.page(), t.index(), r.index(), flags,
                    valueNumber(r), valueCells(r), confidence));
        }

        /**
         * Whether a plain number ("1.", "2") starts or continues a run of children renumbered from 1 under the row
         * above, rather than continuing the table's own numbering: a second "1" in one section, straight after a
         * numbered row, and the numbers after it in turn. A row with neither unit nor value is a heading of the table's own numbering and ends the run.
         */
        private boolean isRenumberedChild(String canonical, String unit, String value) {
            if (!canonical.matches("\\d{1,2}") || unit.isEmpty() && value.isEmpty()) {
                renumberedParent = null;
                return false;
            }
            int n = Integer.parseInt(canonical);
            // "2. Tỷ lệ …", "1.", "2." then "3.": the parent's next sibling is the table's own numbering going on
            if (renumberedParent != null && n == renumberedLast + 1 && !canonical.equals(nextSibling(renumberedParentStt))) {
                renumberedLast = n;
                return true;
            }
            boolean afterNumberedRow = !rows.isEmpty() && Stt.isDecimal(rows.get(rows.size() - 1).stt());
            if (n == 1 && labelsByStt.containsKey("1") && afterNumberedRow) {
                renumberedParent = lastNumberedLabel;
                renumberedParentStt = lastNumberedStt;
                renumberedLast = 1;
                return true;
            }
            renumberedParent = null;
            return false;
        }

        /** "3.2" → "3.3", "2" → "3". */
        private static String nextSibling(String canonical) {
            if (canonical == null) return "";
            int dot = canonical.lastIndexOf('.');
            try {
                return canonical.substring(0, dot + 1) + (Integer.parseInt(canonical.substring(dot + 1)) + 1);
            } catch (NumberFormatException e) {
                return "";
            }
        }

        StatTable build() {
            return new StatTable(firstTable, headingSection, firstLayout, rows);
        }
    }
}
