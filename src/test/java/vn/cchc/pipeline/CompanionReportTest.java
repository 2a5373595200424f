package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.StatRecord;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

/** A workbook sent beside its report (bao-cao.txt + bao-cao.xlsx) takes the report's metadata; alone, it says so. */
class CompanionReportTest {
    @TempDir
    Path dir;

    private static void workbook(Path p) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("Biểu 4");
            String[][] rows = {{"STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"},
                    {"1.", "Số TTHC được công bố", "Thủ tục", null}, {"2.", "Số hồ sơ TTHC tiếp nhận", "Hồ sơ", null}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (rows[r][c] != null) row.createCell(c).setCellValue(rows[r][c]);
                    else row.createCell(c).setCellValue(r * 100 + 5);
                }
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
    }

    private List<FileResult> run(Path... files) throws IOException {
        List<FileResult> results = new ArrayList<>();
        ResultSink sink = new ResultSink() {
            @Override
            public void accept(FileResult r) {
                results.add(r);
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(InputFile.of(f, f.getFileName().toString()));
        new Batch(new FileExtractor(Readers.standard()), new PrintStream(new ByteArrayOutputStream())).run(inputs, sink);
        return results;
    }

    @Test
    void workbookTakesItsReportsMetadata() throws IOException {
        Path report = dir.resolve("bao-cao.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/004.txt")) {
            Files.copy(in, report);
        }
        Path xlsx = dir.resolve("bao-cao.xlsx");
        workbook(xlsx);
        List<FileResult> r = run(report, xlsx);
        FileResult wb = r.get(1);
        assertEquals("xlsx", wb.format());
        assertEquals(r.get(0).metadata(), wb.metadata());
        assertEquals("863/BC-SKHĐT", wb.metadata().reportNumber());
        assertTrue(wb.records().stream().allMatch(x -> "2024-Q1".equals(x.period()) && !x.flags().contains(Flag.NO_PERIOD)));
        assertTrue(wb.warnings().stream().anyMatch(w -> w.contains("bao-cao.txt")));
    }

    @Test
    void aloneItsMetadataIsUnknownAndFlagged() throws IOException {
        Path xlsx = dir.resolve("bieu-mau.xlsx");
        workbook(xlsx);
        FileResult wb = run(xlsx).get(0);
        assertNull(wb.metadata().issuer());
        assertNull(wb.metadata().period());
        assertEquals(2, wb.records().size());
        assertTrue(wb.records().get(0).flags().containsAll(List.of(Flag.NO_ISSUER, Flag.NO_PERIOD)));
        assertEquals(0, new java.math.BigDecimal("105").compareTo(wb.records().get(0).value()));
    }
}
