package vn.cchc.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A value wrapped in a narrow column is joined; a row number on the next line never is. */
class WrappedValuesTest {
    private static List<String> join(String... lines) {
        return WrappedValues.join(java.util.Arrays.stream(lines).map(l -> new SourceLine(l, null)).toList()).stream()
                .map(SourceLine::text).toList();
    }

    @Test
    void theLastDigitsOnTheNextLineCompleteTheNumber() {
        assertEquals(List.of("3.2.1", "Tổng số hồ sơ đã giải quyết xong Hồ sơ 132.928", "", "3.2.2"),
                join("3.2.1", "Tổng số hồ sơ đã giải quyết xong Hồ sơ 132.92", "8", "3.2.2"));
        assertEquals(List.of("1.1 Kinh phí được giao Triệu đồng 10.323.108", "", "", "1.2 Đã thực hiện"),
                join("1.1 Kinh phí được giao Triệu đồng 10.323.", "", "108", "1.2 Đã thực hiện"));
        assertEquals(List.of("1.1 Kế hoạch được giao Triệu", "đồng", "89.563", ""),
                join("1.1 Kế hoạch được giao Triệu", "đồng", "89.56", "3"));
    }

    @Test
    void aRowNumberOnTheNextLineIsNotPartOfTheValue() {
        // "8" after row 7 may be row 8 broken onto a line of its own: left alone
        List<String> next = List.of("7. Kinh phí tiết kiệm Triệu đồng 132.92", "8", "Số đơn vị tự chủ");
        assertEquals(next, join(next.toArray(String[]::new)));
        // a child numbered from 1
        List<String> child = List.of("2.3 Kinh phí Triệu đồng 12.55", "1", ". Kinh phí thường xuyên");
        assertEquals(child, join(child.toArray(String[]::new)));
        // "2." then "1": the row number 2.1, not a value
        List<String> stt = List.of("2.", "1", "Số văn bản");
        assertEquals(stt, join(stt.toArray(String[]::new)));
    }

    @Test
    void aPercentageOrACompleteNumberIsNeverJoined() {
        List<String> rate = List.of("3.2 Tỷ lệ hồ sơ đúng hạn % 92.86", "5");
        assertEquals(rate, join(rate.toArray(String[]::new)));
        List<String> whole = List.of("3.2.1 Tổng số hồ sơ Hồ sơ 1.250", "35");
        assertEquals(whole, join(whole.toArray(String[]::new)));
        List<String> text = List.of("3.2.1 Tổng số hồ sơ Hồ sơ 1.25", "3 hồ sơ trễ hạn");
        assertEquals(text, join(text.toArray(String[]::new)));
    }
}
