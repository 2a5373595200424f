package vn.cchc.read.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentReader;
import vn.cchc.read.ReadException;

/**
 * Excel workbooks, {@code .xlsx} and the older {@code .xls}, read with POI: every visible sheet, each cell's stored
 * number (not its display), the display kept as the printed text, formulas by the result the file saved.
 */
public final class PoiWorkbookReader implements DocumentReader {
    /** Rows and columns past these are not a report's appendix; a sheet formatted to the last row is cut here. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLS = 200;
    /** The display as a Vietnamese copy of Excel shows it: 1.250 and 95,5%, as the report was printed. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final String format;
    private final Set<String> mediaTypes;

    private PoiWorkbookReader(String format, Set<String> mediaTypes) {
        this.format = format;
        this.mediaTypes = mediaTypes;
    }

    public static PoiWorkbookReader xlsx() {
        return new PoiWorkbookReader("xlsx", Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
                "application/vnd.ms-excel.sheet.macroenabled.12"));
    }

    public static PoiWorkbookReader xls() {
        return new PoiWorkbookReader("xls", Set.of("application/vnd.ms-excel"));
    }

    @Override
    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Document read(InputStream in) throws IOException, ReadException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter display = new DataFormatter(VIETNAMESE);
            List<SheetGrid> sheets = new ArrayList<>();
            List<String> hiddenSheets = new ArrayList<>();
            Set<String> legacyFonts = new TreeSet<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    if (s.getPhysicalNumberOfRows() > 0) hiddenSheets.add(s.getSheetName());
                    continue;
                }
                sheets.add(grid(wb, s, display, legacyFonts));
            }
            Document doc = WorkbookReaders.document(format, sheets, legacyFonts);
            if (hiddenSheets.isEmpty()) return doc;
            List<String> warnings = new ArrayList<>(doc.warnings());
            warnings.add("hidden sheet(s) skipped: " + String.join(", ", hiddenSheets));
            return new Document(doc.format(), doc.blocks(), warnings);
        } catch (EncryptedDocumentException e) {
            throw new ReadException("password-protected workbook (encrypted); remove the password and try again");
        } catch (OldExcelFormatException e) {
            throw new ReadException("unsupported format (Excel 5.0/95 workbook; save it as .xlsx)");
        } catch (IOException | RuntimeException e) {
            throw new ReadException("corrupt workbook (" + vn.cchc.text.Reasons.brief(e) + ")", e);
        }
    }

    private static SheetGrid grid(Workbook wb, Sheet s, DataFormatter display, Set<String> legacyFonts) {
        SheetGrid g = new SheetGrid(s.getSheetName());
        int maxCol = 0;
        for (Row r : s) {
            if (r.getRowNum() >= MAX_ROWS) break;
            if (r.getZeroHeight()) g.hideRow(r.getRowNum());
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                if (c.getColumnIndex() >= MAX_COLS) break;
                SheetGrid.Content content = content(wb, c, display, legacyFonts);
                if (content != null) {
                    g.put(r.getRowNum(), c.getColumnIndex(), content);
                    maxCol = Math.max(maxCol, c.getColumnIndex());
                }
            }
        }
        for (int c = 0; c <= maxCol; c++) {
            if (s.isColumnHidden(c)) g.hideCol(c);
        }
        for (CellRangeAddress m : s.getMergedRegions()) {
            if (m.getFirstRow() < MAX_ROWS && m.getFirstColumn() < MAX_COLS) {
                g.merge(m.getFirstRow(), Math.min(m.getLastRow(), MAX_ROWS - 1), m.getFirstColumn(),
                        Math.min(m.getLastColumn(), MAX_COLS - 1));
            }
        }
        return g;
    }

    private static SheetGrid.Content content(Workbook wb, org.apache.poi.ss.usermodel.Cell c, DataFormatter display,
                                             Set<String> legacyFonts) {
        CellStyle style = c.getCellStyle();
        Font font = wb.getFontAt(style.getFontIndex());
        boolean bold = font.getBold();
        CellType type = c.getCellType();
        boolean formula = type == CellType.FORMULA;
        if (formula) {
            if (c instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return new SheetGrid.Content("", null, bold, true); // never calculated by the program that wrote it
            }
            type = c.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                String fmt = style.getDataFormatString();
                double d = c.getNumericCellValue();
                String literal = NumberFormats.withoutLiteralPercent(fmt);
                String shown = literal != null ? display.formatRawCellContents(d, -1, literal) + "%"
                        : display.formatRawCellContents(d, style.getDataFormat(), fmt);
                // a date is not a statistic: its text only
                if (DateUtil.isADateFormat(style.getDataFormat(), fmt)) yield new SheetGrid.Content(shown, null, bold, false);
                yield new SheetGrid.Content(shown, NumberFormats.value(d, NumberFormats.scalesByHundred(fmt)), bold, false);
            }
            case STRING -> new SheetGrid.Content(formula ? RichTextRuns.convert(c.getStringCellValue(), font.getFontName(), legacyFonts)
                    : RichTextRuns.text(wb, c.getRichStringCellValue(), font.getFontName(), legacyFonts), null, bold, false);
            case BOOLEAN -> new SheetGrid.Content(c.getBooleanCellValue() ? "TRUE" : "FALSE", null, bold, false);
            case ERROR -> new SheetGrid.Content(formula ? errorText(c) : "#ERROR", null, bold, false);
            default -> null;
        };
    }

    private static String errorText(org.apache.poi.ss.usermodel.Cell c) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }
}
