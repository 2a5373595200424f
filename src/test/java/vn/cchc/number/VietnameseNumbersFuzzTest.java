package vn.cchc.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the number parser against the README's rules ({@link NumberRules}, written independently): a value cell
 * either reads as what the same string means under the rules, with its second reading kept when it has two, or has no
 * value (empty, "none", or unreadable and so flagged {@code unreadable_value}). Seeds: value cells of the sample
 * reports, in {@code VietnameseNumbersFuzzTestInputs/parse}; under {@code mvn test} only they run.
 */
class VietnameseNumbersFuzzTest {

    @FuzzTest
    void parse(byte[] data) {
        check(new String(data, StandardCharsets.UTF_8));
    }

    static void check(String text) {
        ParsedNumber p = VietnameseNumbers.parse(text);
        NumberRules.Reading rule = NumberRules.read(text);
        String shown = text.replaceAll("\\R", "\\\\n");
        assertEquals(text.strip(), p.raw(), "value_raw is the cell as printed");
        if (p.kind() != NumberKind.NUMBER) {
            assertNull(p.value(), () -> "no number, yet a value: " + shown);
            assertFalse(p.isAmbiguous(), () -> "no number, yet a second reading: " + shown);
        }
        switch (p.kind()) {
            case EMPTY -> assertEquals(NumberRules.Meaning.EMPTY, rule.meaning(), () -> "read as empty: " + shown);
            case TEXT_ZERO -> assertEquals(NumberRules.Meaning.NONE, rule.meaning(), () -> "read as none: " + shown);
            case UNREADABLE -> assertEquals(NumberRules.Meaning.NOT_A_NUMBER, rule.meaning(),
                    () -> "unreadable, but the rules read " + rule.readings() + ": " + shown);
            case NUMBER -> {
                assertEquals(NumberRules.Meaning.NUMBER, rule.meaning(), () -> "read " + p.value() + " from " + shown);
                BigDecimal vietnamese = rule.readings().get(0);
                assertEquals(0, vietnamese.compareTo(p.value()),
                        () -> shown + " read as " + p.value() + ", the rules say " + rule.readings());
                if (rule.readings().size() == 2) {
                    BigDecimal other = rule.readings().get(1);
                    assertEquals(true, p.alternative() != null && other.compareTo(p.alternative()) == 0,
                            () -> shown + " has two readings " + rule.readings() + ", the parser kept " + p.alternative());
                } else {
                    assertNull(p.alternative(), () -> shown + " has one reading " + rule.readings()
                            + ", the parser keeps a second: " + p.alternative());
                }
                assertEquals(rule.percent(), p.percent(), () -> "percent sign of " + shown);
            }
        }
    }
}
