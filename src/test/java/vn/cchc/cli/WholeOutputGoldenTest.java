package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole output of one report, byte for byte, in each text format: any change to field order, number writing,
 * flags, warnings or metadata shows up here as a diff in review rather than in a user's data warehouse.
 *
 * <p>When a change of output is the point of a change, regenerate the files from the project root and review the
 * diff: {@code SOURCE_DATE_EPOCH=1700000000 java -jar target/cchc.jar extract -q --format F samples/004.txt >
 * src/test/resources/golden/004.txt.F} (the build runs the tests with that fixed time for the JSON {@code created}).
 */
class WholeOutputGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl"})
    void sample004IsWrittenExactlyAsTheGoldenFile(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the path as given is part of the output ("file"): the same relative path the golden files were made with
        int exit = Cli.run(new String[] {"extract", "-q", "--format", format, "samples/004.txt"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/004.txt." + format)) {
            expected = in.readAllBytes();
        }
        byte[] actual = out.toByteArray();
        if (!Arrays.equals(expected, actual)) fail(firstDifference(expected, actual));
    }

    /** Where the outputs part, line by line: enough to see what changed without a diff tool. */
    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + " differs:\n  expected: " + e[i] + "\n  actual:   " + a[i];
            }
        }
        return "the outputs differ in length: expected " + e.length + " lines, got " + a.length;
    }
}
