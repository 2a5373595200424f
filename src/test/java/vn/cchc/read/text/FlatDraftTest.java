package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.model.FileResult;
import vn.cchc.model.StatRecord;
import vn.cchc.pipeline.FileExtractor;
import vn.cchc.read.Readers;
import vn.cchc.vocabulary.Flag;

class FlatDraftTest {
    @Test
    void aBareNumberEndingTheLabelMakesTheValueUncertain() {
        assertTrue(FlatDraft.endsWithLooseNumber("Số vấn đề phát hiện đã xử lý xong 0"));
        assertTrue(FlatDraft.endsWithLooseNumber("Tổng số hồ sơ TTHC đã giải quyết xong 1353"));
    }

    @Test
    void numbersThatArePartOfTheWordingAreNot() {
        assertFalse(FlatDraft.endsWithLooseNumber("Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015"));
        assertFalse(FlatDraft.endsWithLooseNumber("Tỷ lệ đã tinh giản so với 2015"));
        assertFalse(FlatDraft.endsWithLooseNumber("Số TTHC đang cung cấp trực tuyến mức độ 3"));
        assertFalse(FlatDraft.endsWithLooseNumber("Cập nhật Kiến trúc chính quyền điện tử Hoàn thành = 1"));
        assertFalse(FlatDraft.endsWithLooseNumber("Số văn bản chỉ đạo CCHC đã ban hành"));
    }

    /**
     * pdftotext -layout of a table whose value column comes before the unit: "3.3.2" broke into "3.3." and "2", and
     * the "2" below the unit must not become the value of a row whose real value (0) stayed in the label.
     */
    @Test
    void aBrokenRowNumberBelowTheUnitIsNeverReadAsTheValue() throws Exception {
        Path file = Path.of(getClass().getResource("/flattened/value-before-unit-layout.txt").toURI());
        FileResult r = new FileExtractor(Readers.standard()).extract(file, "value-before-unit-layout.txt");
        List<StatRecord> handled = r.records().stream().filter(x -> x.label().startsWith("Số vấn đề phát hiện")).toList();
        assertFalse(handled.isEmpty());
        for (StatRecord x : handled) {
            assertTrue(x.value() == null || x.value().signum() == 0, x.label() + " = " + x.value());
        }
        assertEquals(handled.size(), handled.stream().filter(x -> x.flags().contains(Flag.VALUE_UNCERTAIN)).count());
    }
}
