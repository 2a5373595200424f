package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.cli.Cli;

/**
 * Issue 18: text that is not quite clean UTF-8 is still read. A stray byte costs only the rows that hold it (flagged
 * {@code replaced_character}), not the report; UTF-16 without a byte-order mark is recognised as text.
 */
class TextEncodingRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> records, String err) {
    }

    private Run extract(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"extract", "--format", "jsonl", file.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> records = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (IOException e) {
                        throw new AssertionError(l, e);
                    }
                }).toList();
        return new Run(exit, records, err.toString(StandardCharsets.UTF_8));
    }

    private static boolean flagged(JsonNode record) {
        for (JsonNode f : record.get("flags")) {
            if (f.asText().equals("replaced_character")) return true;
        }
        return false;
    }

    private static List<String> labels(Run r) {
        return r.records().stream().map(n -> n.get("label").asText() + "=" + n.get("value").asText()).toList();
    }

    @Test
    void aStrayByteAtTheEndKeepsTheWholeReportAndSaysWhere() throws IOException {
        byte[] good = Corpus.bytes("004.txt");
        Run clean = extract(Files.write(dir.resolve("clean.txt"), good));
        byte[] stray = Arrays.copyOf(good, good.length + 1);
        stray[good.length] = (byte) 0xFF;
        Run r = extract(Files.write(dir.resolve("stray.txt"), stray));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals(labels(clean), labels(r), "every row is read as from the clean file");
        assertTrue(r.err().contains("stray.txt: warning: 1 invalid UTF-8 byte sequence(s) replaced by U+FFFD (at byte offset "
                + good.length + ")"), r.err());
        assertTrue(r.records().stream().noneMatch(TextEncodingRecoveryTest::flagged), "no row holds the stray byte");
    }

    @Test
    void onlyTheRowWithTheStrayByteIsFlaggedAndItsValueIsNotGuessed() throws IOException {
        String text = new String(Corpus.bytes("004.txt"), StandardCharsets.UTF_8);
        String row = "Số văn bản chỉ đạo CCHC đã ban hành";
        int at = text.indexOf(row);
        assertTrue(at > 0);
        // a stray byte in the label, and one in the value of the row after ("Nhiệm vụ\t21" in 004.txt)
        String valueRow = "Số nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t2";
        int valueAt = text.indexOf(valueRow);
        assertTrue(valueAt > at);
        byte[] before = text.substring(0, at + 3).getBytes(StandardCharsets.UTF_8);
        byte[] middle = text.substring(at + 3, valueAt + valueRow.length()).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(valueAt + valueRow.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(before);
        b.write(0x80);
        b.writeBytes(middle);
        b.write(0xC3); // a lead byte without its continuation, between the two digits of "21"
        b.writeBytes(after);
        Run r = extract(Files.write(dir.resolve("stray.txt"), b.toByteArray()));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("warning: 2 invalid UTF-8 byte sequence(s) replaced by U+FFFD (at byte offset "
                + before.length + ", " + (before.length + 1 + middle.length) + ")"), r.err());
        List<JsonNode> flagged = r.records().stream().filter(TextEncodingRecoveryTest::flagged).toList();
        assertEquals(2, flagged.size(), flagged.toString());
        assertTrue(flagged.get(0).get("label").asText().contains("\uFFFD"));
        assertEquals("6", flagged.get(0).get("value").asText(), "the label lost a letter, not the value");
        assertEquals("2\uFFFD1", flagged.get(1).get("value_raw").asText());
        assertTrue(flagged.get(1).get("value").isNull(), "a value with a lost character is not guessed");
    }

    @Test
    void textThatIsMostlyNotUtf8IsStillRefused() throws IOException {
        byte[] latin = "Le rapport annuel était prêt à être envoyé, déjà signé.\n".getBytes(StandardCharsets.ISO_8859_1);
        Run r = extract(Files.write(dir.resolve("latin1.txt"), latin));
        assertEquals(ExitCodes.SOME_FAILED, r.exit());
        assertTrue(r.err().contains("neither UTF-8"), r.err());
    }

    @Test
    void utf16WithoutByteOrderMarkIsReadAsText() throws IOException {
        String text = new String(Corpus.bytes("004.txt"), StandardCharsets.UTF_8);
        Run clean = extract(Files.write(dir.resolve("clean.txt"), Corpus.bytes("004.txt")));
        assertFalse(clean.records().isEmpty());
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            // no .txt name either: the content says what it is
            Run r = extract(Files.write(dir.resolve("report-" + cs.name()), text.getBytes(cs)));
            assertEquals(ExitCodes.OK, r.exit(), cs + ": " + r.err());
            assertEquals(labels(clean), labels(r), cs.name());
            assertFalse(r.err().contains("pcx"), r.err());
        }
    }
}
