package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.cchc.read.Document;
import vn.cchc.read.DocumentLimits;
import vn.cchc.read.ReadException;

/** Issue 18: a text report is read line by line, and a file past a cap fails with one line saying which. */
class TextLimitsTest {
    private static final DocumentLimits SMALL = new DocumentLimits(100, 5, 3, 5, 2_000);

    private static Document read(String text, DocumentLimits limits) throws Exception {
        return new TextReader(new FlattenedTableRecovery(), limits)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String fails(String text) {
        ReadException e = assertThrows(ReadException.class, () -> read(text, SMALL));
        assertTrue(e.getMessage().startsWith("too large: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
        return e.getMessage();
    }

    private static String rows(int n, int cells) {
        StringBuilder sb = new StringBuilder("STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n");
        for (int i = 1; i <= n; i++) sb.append(i).append(".\tChỉ tiêu\tVăn bản").append("\t1".repeat(cells - 3)).append('\n');
        return sb.toString();
    }

    @Test
    void withinTheCapsTheDocumentIsRead() throws Exception {
        Document d = read(rows(2, 4), SMALL);
        assertEquals(3, d.tables().get(0).rows().size());
    }

    @Test
    void aLongLineFails() {
        String m = fails("Báo cáo\n" + "x".repeat(101) + "\n");
        assertTrue(m.contains("line 2 is longer than 100 characters"), m);
    }

    @Test
    void aLongLineInALegacyEncodingFails() {
        byte[] tcvn3 = new byte[300];
        java.util.Arrays.fill(tcvn3, (byte) 'a');
        ReadException e = assertThrows(ReadException.class, () -> new TextReader(new FlattenedTableRecovery(), SMALL)
                .read(new ByteArrayInputStream(tcvn3)));
        assertTrue(e.getMessage().startsWith("too large: line 1"), e.getMessage());
    }

    @Test
    void aRowOfTooManyCellsFails() {
        assertTrue(fails(rows(1, 7)).contains("too large: a table row of more than 5 cells (at line 2)"));
    }

    @Test
    void aTableOfTooManyRowsFails() {
        assertTrue(fails(rows(3, 4)).contains("too large: a table of more than 3 rows (at line 4)"));
    }

    @Test
    void tooManyRowsInAllFails() {
        String two = rows(2, 4);
        assertTrue(fails(two + "Đoạn văn\n" + two).contains("more than 5 table rows"));
    }

    @Test
    void tooMuchTextFails() {
        assertTrue(fails("Một đoạn văn bản báo cáo.\n".repeat(100)).contains("more than 2,000 characters of text"));
    }

    @Test
    void aHugeFileIsNotHeldWhole() throws Exception {
        // 64 MB of lines, streamed through a reader whose caps stop it early: were the file read whole first, the
        // test's heap would hold it; here the reader stops at the character cap, after about 2 KB
        InputStream endless = new InputStream() {
            private final byte[] line = "Một đoạn văn bản báo cáo.\n".getBytes(StandardCharsets.UTF_8);
            private long served;

            @Override
            public int read() {
                if (served >= 64L << 20) return -1;
                return line[(int) (served++ % line.length)] & 0xFF;
            }
        };
        ReadException e = assertThrows(ReadException.class,
                () -> new TextReader(new FlattenedTableRecovery(), SMALL).read(endless));
        assertTrue(e.getMessage().contains("characters of text"), e.getMessage());
    }

    @Test
    void lineBreaksOfEveryKindSplitLines() throws Exception {
        Document d = read("Một\r\nHai\rBa\nBốn", DocumentLimits.STANDARD);
        assertEquals(4, d.paragraphs().size());
    }
}
