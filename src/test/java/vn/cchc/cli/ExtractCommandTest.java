package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.model.StatRecord;

/** Drives the command line in-process, as a user or a script would. */
class ExtractCommandTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path sample(String name) throws Exception {
        Path target = tmp.resolve(name);
        Files.copy(Path.of(getClass().getResource("/corpus/" + name).toURI()), target);
        return target;
    }

    @Test
    void csvHasTheFieldsInOrderAndOneLinePerRow() throws Exception {
        Run r = run("extract", sample("000.txt").toString());
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertEquals(147, rows.size());
        assertEquals(StatRecord.FIELDS, rows.get(0).getParser().getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals("03", first.get("value_raw"));
        assertEquals("3", first.get("value"));
        assertTrue(r.out().contains("\r\n"), "RFC 4180 line ends");
        assertFalse(r.out().startsWith("\uFEFF"));
    }

    @Test
    void csvDecimalsUseADotAndBomIsOptIn() throws Exception {
        Run r = run("extract", "--bom", sample("004.txt").toString());
        assertTrue(r.out().startsWith("\uFEFF"));
        assertTrue(r.out().contains(",95,56,95.56,") || r.out().contains(",\"95,56\",95.56,"), "95,56 -> 95.56");
    }

    @Test
    void jsonlRecordsCarryEveryFieldAndNumbersAsNumbers() throws Exception {
        Run r = run("extract", "--format", "jsonl", sample("004.txt").toString());
        assertEquals(0, r.exit());
        ObjectMapper m = new ObjectMapper();
        String[] lines = r.out().strip().split("\n");
        assertEquals(151, lines.length);
        JsonNode rec = m.readTree(lines[0]);
        List<String> keys = new java.util.ArrayList<>();
        rec.fieldNames().forEachRemaining(keys::add);
        assertEquals(StatRecord.JSON_FIELDS, keys);
        assertTrue(rec.get("value").isNumber());
        assertTrue(rec.get("flags").isArray());
        assertTrue(rec.get("page").isNull());
    }

    @Test
    void jsonGroupsRecordsPerFileWithErrors() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run r = run("extract", "--format", "json", sample("000.txt").toString(), empty.toString());
        assertEquals(1, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode files = root.get("files");
        assertEquals(2, files.size());
        assertEquals(147, files.get(0).get("records").size());
        assertTrue(files.get(0).get("error").isNull());
        assertTrue(files.get(0).has("metadata"));
        assertTrue(files.get(1).get("error").asText().contains("empty"));
    }

    @Test
    void badInputsGetOneLineEachAndTheOthersStillComeOut() throws Exception {
        Path good = sample("000.txt");
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path junk = tmp.resolve("junk.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        Path prose = tmp.resolve("prose.txt");
        Files.writeString(prose, "BÁO CÁO\n\nKhông có bảng số liệu nào ở đây.\n");
        String missing = tmp.resolve("missing.txt").toString();

        Run r = run("extract", "--format", "jsonl", empty.toString(), junk.toString(), good.toString(), prose.toString(), missing);
        assertEquals(1, r.exit());
        assertEquals(147, r.out().strip().split("\n").length);
        List<String> errors = r.err().lines().filter(l -> !l.contains("file(s) read")).toList();
        assertEquals(4, errors.size(), r.err());
        assertTrue(errors.get(0).contains("empty.txt") && errors.get(0).contains("empty"));
        assertTrue(errors.get(1).contains("junk.txt"));
        assertTrue(errors.get(2).contains("prose.txt") && errors.get(2).contains("no statistics table found"));
        assertTrue(errors.get(3).contains("missing.txt") && errors.get(3).contains("no such file"));
    }

    @Test
    void noRecordsMeansEmptyJsonlNotABlankLine() throws Exception {
        Path prose = tmp.resolve("prose.txt");
        Files.writeString(prose, "BÁO CÁO\n\nKhông có bảng.\n");
        Run r = run("extract", "--format", "jsonl", prose.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void foldersAreWalkedAndGlobsExpanded() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports/q1"));
        Files.copy(Path.of(getClass().getResource("/corpus/000.txt").toURI()), dir.resolve("a.txt"));
        Files.copy(Path.of(getClass().getResource("/corpus/004.txt").toURI()), dir.resolve("b.txt"));
        Files.writeString(dir.resolve("notes.md"), "not a report");
        Run folder = run("extract", "--format", "jsonl", tmp.resolve("reports").toString());
        assertEquals(0, folder.exit(), folder.err());
        assertEquals(147 + 151, folder.out().strip().split("\n").length);
        Run glob = run("extract", "--format", "jsonl", tmp.resolve("reports").toString() + "/*/b.txt");
        assertEquals(0, glob.exit(), glob.err());
        assertEquals(151, glob.out().strip().split("\n").length);
    }

    @Test
    void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws Exception {
        Path out = tmp.resolve("out/result.csv");
        Run r = run("extract", "--output", out.toString(), sample("000.txt").toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals(148, Files.readAllLines(out).size());
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(1, siblings.count(), "no temporary file left behind");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract").exit());
        assertEquals(2, run("extract", "--format", "xml", "a.txt").exit());
        assertEquals(2, run("nonsense").exit());
        Run bare = run();
        assertEquals(2, bare.exit());
        assertEquals("", bare.out());
        assertTrue(bare.err().contains("Usage: cchc"));
    }

    @Test
    void helpAndVersionGoToStdout() {
        Run help = run("extract", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--format"));
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("cchc "));
    }
}
