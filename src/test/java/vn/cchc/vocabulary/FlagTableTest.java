package vn.cchc.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's flag table is the enum: every flag listed once with its meaning, and nothing else. */
class FlagTableTest {
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.*) \\|$");

    private static List<String> readmeTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("### Flags");
        assertTrue(start >= 0, "README.md has a '### Flags' section");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            if (TABLE_ROW.matcher(lines.get(i)).matches()) rows.add(lines.get(i));
        }
        return rows;
    }

    private static String row(Flag f) {
        return "| `" + f.code() + "` | " + f.meaning() + " |";
    }

    @Test
    void readmeListsEveryFlagAndNoOther() throws Exception {
        Set<String> listed = new LinkedHashSet<>();
        for (String line : readmeTable()) {
            Matcher m = TABLE_ROW.matcher(line);
            if (m.matches()) listed.add(m.group(1));
        }
        Set<String> codes = new LinkedHashSet<>(Arrays.stream(Flag.values()).map(Flag::code).toList());
        Set<String> missing = new LinkedHashSet<>(codes);
        missing.removeAll(listed);
        Set<String> unknown = new LinkedHashSet<>(listed);
        unknown.removeAll(codes);
        assertTrue(missing.isEmpty(), "flags missing from the README's table: " + missing);
        assertTrue(unknown.isEmpty(), "README lists flags the code does not have: " + unknown);
    }

    @Test
    void readmeTableIsTheEnumsMeaningsInOrder() throws Exception {
        List<String> expected = Arrays.stream(Flag.values()).map(FlagTableTest::row).toList();
        assertEquals(String.join("\n", expected), String.join("\n", readmeTable()),
                "paste the expected table into README.md under '### Flags'");
    }

    @Test
    void codesAreDistinctAndOneLine() {
        Set<String> seen = new LinkedHashSet<>();
        for (Flag f : Flag.values()) {
            assertTrue(seen.add(f.code()), "duplicate code " + f.code());
            assertTrue(f.code().matches("[a-z_]+"), f.code());
            assertTrue(!f.meaning().isBlank() && !f.meaning().contains("\n") && !f.meaning().contains("|"), f.name());
        }
    }
}
