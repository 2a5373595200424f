package vn.cchc.read.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.vocabulary.ColumnLayout;
import vn.cchc.vocabulary.Flag;
import vn.cchc.read.Block;
import vn.cchc.read.Cell;
import vn.cchc.read.Paragraph;
import vn.cchc.read.ReadException;
import vn.cchc.read.Row;
import vn.cchc.read.Table;
import vn.cchc.read.Text;

/**
 * Reads one page image: straightens it, finds its ruled tables, reads each cell on its own and the text around the
 * tables as paragraphs. A whole page is never read as one block when it has a grid: Tesseract would mix the rulings
 * into the text and lose the columns.
 *
 * <p>Tesseract is called a few times per page, each time on a list of images: the text outside tables (page layout
 * analysis), the first rows of each table (its header, which says which columns hold numbers), the text cells, and
 * the row-number and value cells with a limited character set. Value cells are also read without the limit: two
 * readings that disagree make the value uncertain (confidence 0), so a misread digit is flagged, not guessed.
 */
final class PageOcr {
    /** Rows at the top of a table that may be its header. */
    static final int HEADER_ROWS = 3;
    /** Bands thinner than this (pixels at 300 dpi) are the gap of a double line, not a row. */
    static final int MIN_BAND = 14;

    private final Tesseract tesseract;
    private final Path workDir;
    private final java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
    /** The reads that start as soon as the cut has written their images (by default none: each made in turn). */
    EarlyReads early;

    PageOcr(Tesseract tesseract, Path workDir) {
        this.tesseract = tesseract;
        this.workDir = workDir;
        this.early = new EarlyReads(tesseract, workDir, null);
    }

    /** A page's paragraphs and tables, top to bottom (tables numbered from 0 on the page). */
    record Result(List<Block> blocks, double skew, List<String> warnings, ScanPage scan) {
    }

    /** One drawn cell: its rows (bands) and columns. */
    record Box(int firstBand, int lastBand, int firstCol, int lastCol) {
    }

    /**
     * A page cut into images and its headers read, before its body is: whether a table without a header continues the
     * one on the page before is only known once every page before it is prepared, and pages are prepared in parallel.
     */
    static final class Prepared {
        final int pageNo;
        final double skew;
        final List<ImageGrid> grids = new ArrayList<>();
        final List<List<Box>> boxes = new ArrayList<>();
        final List<Map<Box, Path>> images = new ArrayList<>();
        /** Per table: the cells holding marks that are not type (a stamp's ring, a signature), with or without an image. */
        final List<java.util.Set<Box>> marked = new ArrayList<>();
        /** Per table: kinds from its own header, or null when it has none. */
        final List<List<CellKind>> ownKinds = new ArrayList<>();
        final List<Integer> headerBands = new ArrayList<>();
        final List<Path> stripImages = new ArrayList<>();
        final List<int[]> stripOrigin = new ArrayList<>();
        List<Tesseract.Word> stripWords = List.of();
        /** The strips' words placed on the page, numbers read twice; and the page's size in points. */
        List<ScanWord> words = List.of();
        float width, height;
        /** The straightened page and its ink, kept from cutting until its words are read, then let go. */
        GrayImage page;
        InkMask mask;
        final Map<Path, String> text = new LinkedHashMap<>();
        final Map<Path, Double> conf = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();

        Prepared(int pageNo, double skew) {
            this.pageNo = pageNo;
            this.skew = skew;
        }

        /** Kinds and column positions of the page's last table (for the next page), or null without a table. */
        List<Integer> lastColumns() {
            return grids.isEmpty() ? null : grids.get(grids.size() - 1).xs();
        }
    }

    /**
     * Cuts a page, without Tesseract: straightened, its grids found, its strips of text and its cells cut out and
     * written for Tesseract. Pages are cut on their own threads, the next page while Tesseract reads this one.
     */
    Prepared cut(GrayImage page, int pageNo) throws IOException, ReadException {
        InkMask mask = InkMask.of(page);
        GrayImage upright = PageTurn.looksTurned(mask)
                ? PageTurn.upright(page, mask, tesseract, workDir, i -> write(i.toBufferedImage(), pageNo, "turn")) : null;
        if (upright != null) {
            page = upright;
            mask = InkMask.of(page);
        }
        double skew = Deskew.angle(mask);
        if (Math.abs(skew) > Deskew.NEGLIGIBLE_DEGREES) {
            page = page.rotated(skew);
            mask = InkMask.of(page);
        }
        Prepared pr = new Prepared(pageNo, skew);
        if (upright != null) pr.warnings.add("page " + pageNo + " was scanned turned a quarter: read upright");
        // the page's shorter side sets the scale: on a landscape page, a two-row table's rulings are no longer than on
        // a portrait one
        int minLength = Math.max(60, Math.min(page.width, page.height) / 30);
        for (ImageGrid g : ImageGrid.find(LineFinder.find(page, mask, minLength))) {
            if (g.right() - g.left() >= page.width * 0.25 && g.bottom() - g.top() >= MIN_BAND * 2) pr.grids.add(g);
        }

        // text around the tables, in horizontal strips between them
        List<int[]> strips = new ArrayList<>();
        int y = 0;
        for (ImageGrid g : pr.grids) {
            if (g.top() - y > 20) strips.add(new int[] {y, g.top() - CellImage.INSET});
            y = Math.max(y, g.bottom() + CellImage.INSET);
        }
        if (page.height - y > 20) strips.add(new int[] {y, page.height});
        for (int[] s : strips) {
            CellImage.Cut cut = CellImage.cutCell(page, mask, 0, s[0], page.width, s[1], false);
            if (cut.image() == null) continue;
            pr.stripImages.add(write(cut.image(), pageNo, "strip"));
            pr.stripOrigin.add(new int[] {cut.x(), cut.y()});
        }
        early.startStrips(pr);
        pr.width = page.width * PageWords.POINTS_PER_PIXEL;
        pr.height = page.height * PageWords.POINTS_PER_PIXEL;

        for (ImageGrid g : pr.grids) {
            List<Box> bs = GridCells.of(g);
            pr.boxes.add(bs);
            Map<Box, Path> m = new LinkedHashMap<>();
            java.util.Set<Box> marked = new java.util.HashSet<>();
            for (Box b : bs) {
                CellImage.Cut cut = CellImage.cutCell(page, mask, g.xs().get(b.firstCol()) + CellImage.INSET,
                        g.ys().get(b.firstBand()) + CellImage.INSET, g.xs().get(b.lastCol() + 1) - CellImage.INSET,
                        g.ys().get(b.lastBand() + 1) - CellImage.INSET, true);
                if (cut.image() != null) m.put(b, write(cut.image(), pageNo, "cell"));
                if (cut.marked()) marked.add(b);
            }
            pr.images.add(m);
            pr.marked.add(marked);
        }
        pr.page = page;
        pr.mask = mask;
        early.startHeads(pr);
        return pr;
    }

    /**
     * Reads what the body of a cut page depends on: the text around its tables (its words, numbers read twice from the
     * page) and its tables' headers, which say which columns hold numbers. Lets go of the page image.
     */
    void readHeads(Prepared pr) throws IOException, ReadException {
        pr.stripWords = early.strips(pr);
        pr.words = PageWords.read(pr.page, pr.mask, PageWords.place(pr.stripWords, pr.stripOrigin), tesseract, workDir, pr.pageNo);
        pr.page = null;
        pr.mask = null;

        // the header rows first: they say which columns hold numbers
        EarlyReads.Read head = early.heads(pr);
        CellTexts.collect(head.images(), head.words(), pr.text, pr.conf);
        for (int t = 0; t < pr.grids.size(); t++) {
            ImageGrid g = pr.grids.get(t);
            int cols = g.xs().size() - 1;
            List<CellKind> k = null;
            int headerEnd = 0;
            for (int upto = 1; upto <= Math.min(HEADER_ROWS, g.ys().size() - 1) && k == null; upto++) {
                // a header cell merged over two rows (STT, Chỉ tiêu, Ghi chú) carries the header down with it, to
                // the lower half of a split cell ("Kết quả" over "Đơn vị tính | Số liệu")
                headerEnd = GridCells.headerRowsEnd(pr.boxes.get(t), upto);
                List<StringBuilder> perCol = new ArrayList<>();
                for (int j = 0; j < cols; j++) perCol.add(new StringBuilder());
                for (Map.Entry<Box, Path> e : pr.images.get(t).entrySet()) {
                    Box b = e.getKey();
                    if (b.firstBand() >= headerEnd) continue;
                    for (int j = b.firstCol(); j <= b.lastCol(); j++) {
                        perCol.get(j).append(' ').append(pr.text.getOrDefault(e.getValue(), ""));
                    }
                }
                k = CellKind.fromHeader(perCol.stream().map(StringBuilder::toString).toList(), g.xs());
            }
            if (k != null && k.get(0) == CellKind.STT) {
                // the table stage finds the row-number column by its name: give it the name OCR garbled
                for (Map.Entry<Box, Path> e : pr.images.get(t).entrySet()) {
                    Box b = e.getKey();
                    if (b.firstCol() == 0 && b.lastCol() == 0 && b.firstBand() == 0) {
                        String h = pr.text.getOrDefault(e.getValue(), "");
                        if (!CellKind.namesStt(h) && vn.cchc.text.Fold.fold(h).strip().length() <= 4) pr.text.put(e.getValue(), "STT");
                    }
                }
            }
            pr.ownKinds.add(k);
            pr.headerBands.add(k == null ? 0 : headerEnd);
        }
    }

    /**
     * Reads the body of a prepared page.
     *
     * @param carried        kinds of the last table on the pages before, for a table continued without its header
     * @param carriedColumns that table's column positions
     */
    Result finish(Prepared pr, List<CellKind> carried, List<Integer> carriedColumns) throws IOException, ReadException {
        List<List<CellKind>> kinds = resolveKinds(pr, carried, carriedColumns);
        Map<Path, String> text = pr.text;
        Map<Path, Double> conf = pr.conf;
        // the body: text cells, then numbers with their character set, and value cells once more without it
        List<Path> plain = new ArrayList<>(), numbers = new ArrayList<>(), values = new ArrayList<>();
        for (int t = 0; t < pr.grids.size(); t++) {
            for (Map.Entry<Box, Path> e : pr.images.get(t).entrySet()) {
                Box b = e.getKey();
                if (b.firstBand() < pr.headerBands.get(t)) continue;
                CellKind k = b.firstCol() == b.lastCol() ? kinds.get(t).get(b.firstCol()) : CellKind.TEXT;
                if (k == CellKind.TEXT) {
                    if (!text.containsKey(e.getValue())) plain.add(e.getValue());
                } else {
                    numbers.add(e.getValue());
                    if (k == CellKind.VALUE) values.add(e.getValue());
                }
            }
        }
        Map<Path, String> freeText = new LinkedHashMap<>();
        Map<Path, Double> freeConf = new LinkedHashMap<>();
        CellTexts.collect(plain, tesseract.read(plain, workDir, Tesseract.Mode.BLOCK), freeText, freeConf);
        for (Path p : plain) {
            text.put(p, freeText.get(p));
            conf.put(p, freeConf.get(p));
        }
        readNumbers(numbers, values, text, conf);
        // a table with no header and nothing before it of its shape: its columns from what they hold, and its value
        // cells, read as text so far, read again as value cells are
        List<ColumnLayout> layouts = HeaderlessColumns.ofPage(pr, kinds, carried, carriedColumns, text);
        List<Path> late = HeaderlessColumns.valueCells(pr, layouts);
        if (!late.isEmpty()) readNumbers(late, late, text, conf);

        // blocks in page order
        List<Block> blocks = new ArrayList<>();
        List<ScanPage.Grid> placed = new ArrayList<>();
        int ti = 0;
        int si = 0;
        List<List<Tesseract.Word>> byStrip = CellTexts.byImage(pr.stripWords, pr.stripImages.size());
        while (si < pr.stripImages.size() || ti < pr.grids.size()) {
            boolean stripNext = ti >= pr.grids.size() || si < pr.stripImages.size() && pr.stripOrigin.get(si)[1] < pr.grids.get(ti).top();
            if (stripNext) {
                for (String para : CellTexts.paragraphs(byStrip.get(si))) blocks.add(new Paragraph(para, pr.pageNo));
                si++;
            } else {
                ImageGrid g = pr.grids.get(ti);
                Table read = table(g, pr.boxes.get(ti), pr.images.get(ti), pr.marked.get(ti), text, conf, ti, pr.pageNo);
                blocks.add(layouts.get(ti) == null ? read : new Table(read.index(), read.rows(), read.page(), layouts.get(ti)));
                placed.add(new ScanPage.Grid(g.top() * PageWords.POINTS_PER_PIXEL, g.bottom() * PageWords.POINTS_PER_PIXEL, (Table) blocks.get(blocks.size() - 1)));
                ti++;
            }
        }
        return new Result(blocks, pr.skew, pr.warnings, new ScanPage(pr.pageNo, pr.width, pr.height, pr.words, placed));
    }

    /**
     * Row-number and value cells read with their character set, value cells once more without it (and a third time
     * as one word when only one of those readings saw anything): a cell's text and confidence.
     */
    private void readNumbers(List<Path> numbers, List<Path> values, Map<Path, String> text, Map<Path, Double> conf)
            throws IOException, ReadException {
        Map<Path, String> numText = new LinkedHashMap<>();
        Map<Path, Double> numConf = new LinkedHashMap<>();
        CellTexts.collectNumbers(numbers, tesseract.read(numbers, workDir, Tesseract.Mode.NUMBERS), numText, numConf);
        Map<Path, String> checkText = new LinkedHashMap<>();
        Map<Path, Double> checkConf = new LinkedHashMap<>();
        CellTexts.collectNumbers(values, tesseract.read(values, workDir, Tesseract.Mode.NUMBERS_CHECK), checkText, checkConf);
        ValueReadings readings = new ValueReadings(numText, numConf, checkText);
        List<Path> unsettled = new ArrayList<>(readings.oneSided(values));
        unsettled.addAll(readings.blankRowNumbers(numbers));
        if (!unsettled.isEmpty()) readings.third(unsettled, tesseract.read(unsettled, workDir, Tesseract.Mode.NUMBERS_WORD));
        for (Path p : numbers) {
            text.put(p, readings.text(p));
            conf.put(p, readings.confidence(p));
        }
    }

    /** Each table's kinds: its header's, else the table before it when the columns match, else a guess. */
    static List<List<CellKind>> resolveKinds(Prepared pr, List<CellKind> carried, List<Integer> carriedColumns) {
        List<List<CellKind>> out = new ArrayList<>();
        for (int t = 0; t < pr.grids.size(); t++) {
            List<Integer> xs = pr.grids.get(t).xs();
            List<CellKind> k = pr.ownKinds.get(t);
            if (k == null) k = carried != null && sameColumns(carriedColumns, xs) ? carried : CellKind.guess(xs);
            out.add(k);
            carried = k;
            carriedColumns = xs;
        }
        return out;
    }

    static boolean sameColumns(List<Integer> a, List<Integer> b) {
        if (a == null || a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (Math.abs(a.get(i) - b.get(i)) > 30) return false;
        return true;
    }

    private static Table table(ImageGrid g, List<Box> boxes, Map<Box, Path> images, java.util.Set<Box> marked,
                               Map<Path, String> text, Map<Path, Double> conf, int index, int pageNo) {
        int bands = g.ys().size() - 1;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            List<Cell> cells = new ArrayList<>();
            for (Box b : boxes) {
                if (b.firstBand() > i || b.lastBand() < i) continue;
                int span = b.lastCol() - b.firstCol() + 1;
                Path img = images.get(b);
                if (b.firstBand() != i) {
                    cells.add(new Cell("", b.firstCol(), span, false)); // merged from the row above
                } else if (img == null) {
                    // no type, but a stamp's ring or a signature over the cell: it may hide a value, so unsure (0)
                    cells.add(new Cell("", b.firstCol(), span, false, null, marked.contains(b) ? 0.0 : null));
                } else {
                    // a reading of a cell with marks that are not type is never trusted: they may be read as a digit
                    double c = marked.contains(b) ? 0.0 : conf.getOrDefault(img, 0.0);
                    cells.add(new Cell(Text.clean(text.getOrDefault(img, "")), b.firstCol(), span, false, null, c));
                }
            }
            if (cells.isEmpty()) continue;
            cells.sort(java.util.Comparator.comparingInt(Cell::gridCol));
            rows.add(new Row(rows.size(), cells, pageNo, false, List.of(Flag.OCR)));
        }
        return new Table(index, rows, pageNo);
    }

    private Path write(BufferedImage img, int pageNo, String what) throws IOException {
        Path p = workDir.resolve("p" + pageNo + "-" + what + "-" + counter.getAndIncrement() + PgmFile.SUFFIX);
        PgmFile.write(img, p);
        return p;
    }
}
