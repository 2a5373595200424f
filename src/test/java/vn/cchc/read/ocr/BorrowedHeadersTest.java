package vn.cchc.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which tables take the header of the table before them. No Tesseract needed: the cells' readings are given. */
class BorrowedHeadersTest {
    private static final List<Integer> XS = List.of(200, 400, 1600, 2000, 2400, 2800);
    private static final List<Integer> YS = List.of(100, 160, 220, 280);

    /** A prepared page with one 5-column table whose first row reads {@code firstRow}. */
    private static PageOcr.Prepared page(int pageNo, List<String> firstRow, List<CellKind> ownKinds) {
        PageOcr.Prepared pr = new PageOcr.Prepared(pageNo, 0);
        pr.grids.add(new ImageGrid(XS, YS, List.of(), List.of()));
        List<PageOcr.Box> boxes = new java.util.ArrayList<>();
        Map<PageOcr.Box, Path> images = new LinkedHashMap<>();
        for (int band = 0; band < YS.size() - 1; band++) {
            for (int col = 0; col < XS.size() - 1; col++) {
                PageOcr.Box b = new PageOcr.Box(band, band, col, col);
                boxes.add(b);
                Path p = Path.of("p" + pageNo + "-" + band + "-" + col + ".png");
                images.put(b, p);
                if (band == 0) pr.text.put(p, firstRow.get(col));
            }
        }
        pr.boxes.add(boxes);
        pr.images.add(images);
        pr.marked.add(new java.util.HashSet<>());
        pr.ownKinds.add(ownKinds);
        pr.headerBands.add(ownKinds == null ? 0 : 1);
        return pr;
    }

    private static final List<CellKind> KINDS = List.of(CellKind.STT, CellKind.TEXT, CellKind.TEXT, CellKind.VALUE, CellKind.TEXT);

    @Test
    void aTableContinuedWithoutItsHeaderKeepsItsFirstRow() {
        PageOcr.Prepared first = page(1, List.of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"), KINDS);
        BorrowedHeaders.LastHeader last = BorrowedHeaders.borrowHeaders(first, null);
        PageOcr.Prepared next = page(2, List.of("1.1", "Số VBQPPL đã kiểm tra theo thẩm quyền", "Văn bản", "14", ""), null);
        BorrowedHeaders.borrowHeaders(next, last);
        assertEquals(null, next.ownKinds.get(0), "a row of data is not a header");
        assertEquals("1.1", next.text.get(next.images.get(0).get(new PageOcr.Box(0, 0, 0, 0))));
        assertEquals("14", next.text.get(next.images.get(0).get(new PageOcr.Box(0, 0, 3, 3))));
        // a value alone (the row number lost under a stamp) says the same
        PageOcr.Prepared valueOnly = page(3, List.of("", "Số nhiệm vụ được giao", "Nhiệm vụ", "120", ""), null);
        BorrowedHeaders.borrowHeaders(valueOnly, last);
        assertEquals(null, valueOnly.ownKinds.get(0));
    }

    @Test
    void aHeaderOcrCouldNotReadIsBorrowed() {
        PageOcr.Prepared first = page(1, List.of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"), KINDS);
        BorrowedHeaders.LastHeader last = BorrowedHeaders.borrowHeaders(first, null);
        PageOcr.Prepared stamped = page(2, List.of("S1T", "Chí tiêu thông kê", "Đơn vỊ tính", "Sô li~u", "Gh! chú"), null);
        BorrowedHeaders.borrowHeaders(stamped, last);
        assertEquals(KINDS, stamped.ownKinds.get(0));
        assertEquals("Số liệu", stamped.text.get(stamped.images.get(0).get(new PageOcr.Box(0, 0, 3, 3))));
    }
}
