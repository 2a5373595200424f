package vn.cchc.write.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.cli.Cli;

/**
 * The warehouse's promises, run against a real SQLite file and a real PostgreSQL server by the two subclasses:
 * the database holds what the JSONL output holds, loading is idempotent and atomic per report, a correction
 * supersedes, {@code --incremental} and {@code --shard} use the database, a bad database is one line and exit 1,
 * and a database of an older cchc is migrated.
 */
abstract class WarehouseContract {
    @TempDir
    Path tmp;

    /** A fresh, empty database, as given to {@code --db}. */
    abstract String newTarget() throws Exception;

    /** A connection for the test's queries (the tables found without a schema prefix). */
    abstract Connection connect(String target) throws SQLException;

    /** The same database, opened so that it cannot be written. */
    abstract String readOnly(String target) throws Exception;

    /** A target that cannot be reached at all. */
    abstract String unreachable();

    /** The database's dialect, to build an older schema with {@link Migrations}. */
    abstract Dialect dialect();

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path corpus(String... names) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in-" + System.nanoTime()));
        for (String n : names) Files.copy(Path.of(getClass().getResource("/corpus/" + n).toURI()), dir.resolve(n));
        return dir;
    }

    static final String[] ALL_FORMATS = {"000.txt", "000.docx", "000.doc", "000.odt", "000.pdf", "000-unruled.pdf",
            "002.txt", "002-lines.pdf", "004.txt", "004.docx", "004.pdf", "004-unruled.pdf"};

    long count(String target, String sql) throws SQLException {
        try (Connection c = connect(target); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Map<String, Object>> rows(String target, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = connect(target); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void theDatabaseHoldsWhatTheJsonlOutputHolds() throws Exception {
        String db = newTarget();
        Path in = corpus(ALL_FORMATS);
        // a table with last year's column beside this year's: prev_value and values
        Files.copy(Path.of(getClass().getResource("/forms/004-cung-ky.txt").toURI()), in.resolve("004-cung-ky.txt"));
        int reports = ALL_FORMATS.length + 1;
        Run r = cli("extract", "--db", db, "--format", "jsonl", "--jobs", "2", in.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> jsonl = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().split("\n")) if (!line.isBlank()) jsonl.add(json.readTree(line));
        assertTrue(jsonl.size() > 1000, "the corpus gives well over a thousand records: " + jsonl.size());

        assertEquals(reports, count(db, "SELECT count(*) FROM report WHERE status = 'ok'"));
        List<Map<String, Object>> loaded = rows(db, "SELECT rp.file, rp.issuer, rp.period, rp.report_date, rp.format,"
                + " rec.record_index, rec.table_index, rec.row_index, rec.page, rec.stt, rec.label, rec.unit,"
                + " rec.value_raw, rec.value, rec.indicator, rec.match_score, rec.flags, rec.prev_value,"
                + " rec.values_json, rec.row_key, rec.duplicate_of, rec.ocr_confidence"
                + " FROM record rec JOIN report rp ON rp.report_id = rec.report_id ORDER BY rp.file, rec.record_index");
        assertEquals(jsonl.size(), loaded.size(), "one database record per JSONL line");
        // JSONL is in input order (files sorted by name within the folder), as the query
        for (int i = 0; i < jsonl.size(); i++) {
            JsonNode j = jsonl.get(i);
            Map<String, Object> d = loaded.get(i);
            String where = j.get("file").asText() + " record " + i;
            assertEquals(j.get("file").asText(), d.get("file"), where);
            assertEquals(text(j, "issuer"), d.get("issuer"), where);
            assertEquals(text(j, "period"), d.get("period"), where);
            assertEquals(text(j, "report_date"), d.get("report_date") == null ? null : d.get("report_date").toString(), where);
            assertEquals(text(j, "stt"), d.get("stt"), where);
            assertEquals(text(j, "label"), d.get("label"), where);
            assertEquals(text(j, "unit"), d.get("unit"), where);
            assertEquals(text(j, "value_raw"), d.get("value_raw"), where);
            assertEquals(text(j, "indicator"), d.get("indicator"), where);
            assertEquals(j.get("table").asInt(), ((Number) d.get("table_index")).intValue(), where);
            assertEquals(j.get("row").asInt(), ((Number) d.get("row_index")).intValue(), where);
            assertSameNumber(j.get("value"), d.get("value"), where + " value");
            List<String> flags = new ArrayList<>();
            j.get("flags").forEach(f -> flags.add(f.asText()));
            assertEquals(flags.isEmpty() ? null : String.join(";", flags), d.get("flags"), where);
            // the fields of V3
            assertSameNumber(j.get("prev_value"), d.get("prev_value"), where + " prev_value");
            JsonNode values = j.get("values");
            if (values.isNull()) assertNull(d.get("values_json"), where);
            else assertEquals(values, json.readTree(d.get("values_json").toString()), where + " values");
            assertEquals(text(j, "row_key"), d.get("row_key"), where);
            assertEquals(text(j, "duplicate_of"), d.get("duplicate_of"), where);
            assertSameNumber(j.get("ocr_confidence"), d.get("ocr_confidence"), where + " ocr_confidence");
        }
        assertTrue(jsonl.stream().anyMatch(j -> !j.get("values").isNull() && !j.get("prev_value").isNull()),
                "the two-column table gives values and prev_value");
        assertTrue(jsonl.stream().anyMatch(j -> !j.get("duplicate_of").isNull()), "a report given twice");
        // every report's row counts agree with its records, and the PDFs know their pages
        assertEquals(0, count(db, "SELECT count(*) FROM report rp WHERE record_count <>"
                + " (SELECT count(*) FROM record rec WHERE rec.report_id = rp.report_id)"));
        assertEquals(0, count(db, "SELECT count(*) FROM report WHERE format = 'pdf' AND (pages IS NULL OR pages < 1)"));
        assertEquals(count(db, "SELECT sum(problem_count) FROM report"), count(db, "SELECT count(*) FROM problem"));
        assertEquals(1, count(db, "SELECT count(*) FROM run WHERE finished IS NOT NULL AND loaded = " + reports));
    }

    private static void assertSameNumber(JsonNode expected, Object actual, String where) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, where);
            return;
        }
        assertNotNull(actual, where);
        assertEquals(0, new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.toString())), where);
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Test
    void loadingTheSameReportsAgainChangesNothing() throws Exception {
        String db = newTarget();
        Path in = corpus("000.txt", "002.txt", "004.txt");
        assertEquals(0, cli("extract", "--db", db, in.toString()).exit());
        List<Map<String, Object>> reports = rows(db, "SELECT * FROM report ORDER BY report_id");
        List<Map<String, Object>> records = rows(db, "SELECT * FROM record ORDER BY report_id, record_index");
        Run again = cli("extract", "--db", db, in.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("database: 0 report(s) loaded, 3 unchanged"), again.err());
        assertEquals(reports, rows(db, "SELECT * FROM report ORDER BY report_id"), "loaded_at and run_id included");
        assertEquals(records, rows(db, "SELECT * FROM record ORDER BY report_id, record_index"));
        assertEquals(2, count(db, "SELECT count(*) FROM run"));
        // a copy under another name is the same report
        Files.copy(in.resolve("004.txt"), in.resolve("copy-of-004.txt"));
        assertEquals(0, cli("extract", "--db", db, in.toString()).exit());
        assertEquals(3, count(db, "SELECT count(*) FROM report"));
    }

    /** 004.txt as its office would correct it: a later date and one figure changed (744 dossiers to 745). */
    Path corrected(Path dir) throws Exception {
        String text = Files.readString(dir.resolve("004.txt"));
        String fixed = text.replace("ngày 08 tháng 3 năm 2024", "ngày 15 tháng 3 năm 2024").replace("\t744\t", "\t745\t");
        assertFalse(fixed.equals(text));
        Path out = dir.resolve("004-corrected.txt");
        Files.writeString(out, fixed);
        return out;
    }

    @Test
    void aCorrectedReportSupersedesTheEarlierOneWhicheverIsLoadedFirst() throws Exception {
        for (boolean correctionFirst : new boolean[] {false, true}) {
            String db = newTarget();
            Path in = corpus("004.txt");
            Path original = in.resolve("004.txt");
            Path fixed = corrected(in);
            for (Path p : correctionFirst ? List.of(fixed, original) : List.of(original, fixed)) {
                Run r = cli("extract", "--db", db, p.toString());
                assertEquals(0, r.exit(), r.err());
            }
            List<Map<String, Object>> reports = rows(db, "SELECT file, report_date, superseded_by, report_id FROM report"
                    + " ORDER BY report_date");
            assertEquals(2, reports.size());
            assertEquals(reports.get(1).get("report_id"), reports.get(0).get("superseded_by"), "order " + correctionFirst);
            assertNull(reports.get(1).get("superseded_by"));
            String indicator = (String) rows(db, "SELECT indicator FROM record WHERE value_raw = '745'").get(0).get("indicator");
            assertNotNull(indicator);
            List<Map<String, Object>> latest = rows(db, "SELECT value, report_id FROM latest_record WHERE indicator = '"
                    + indicator + "' AND period = '2024-Q1'");
            assertEquals(1, latest.size());
            assertEquals(0, new BigDecimal("745").compareTo(new BigDecimal(latest.get(0).get("value").toString())));
            // the earlier submission stays, with its records
            assertEquals(2, count(db, "SELECT count(DISTINCT report_id) FROM record"));
        }
    }

    @Test
    void incrementalWithTheDatabaseSkipsWhatItHoldsWithoutAStateFile() throws Exception {
        String db = newTarget();
        Path in = corpus("000.txt", "002.txt");
        assertEquals(0, cli("extract", "--db", db, "--incremental", in.toString()).exit());
        Files.copy(Path.of(getClass().getResource("/corpus/004.txt").toURI()), in.resolve("004.txt"));
        Run r = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("2 skipped (already extracted)"), r.err());
        assertTrue(r.err().contains("database: 1 report(s) loaded"), r.err());
        assertEquals(3, count(db, "SELECT count(*) FROM report"));
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".txt")).count(), "no state file anywhere");
        }
    }

    @Test
    void shardsAreDisjointAndTogetherTakeEveryFile() throws Exception {
        String db = newTarget();
        Path in = corpus("000.txt", "002.txt", "004.txt", "000.docx", "004.docx", "000.odt");
        int total = 0;
        for (int k = 0; k < 3; k++) {
            Run r = cli("extract", "--db", db, "--shard", k + "/3", in.toString());
            assertEquals(0, r.exit(), r.err());
        }
        assertEquals(6, count(db, "SELECT count(*) FROM report"));
        assertEquals(6, count(db, "SELECT sum(files) FROM run"), "each file in exactly one shard");
        assertEquals(0, count(db, "SELECT count(*) FROM run WHERE unchanged > 0"));
        assertEquals(2, cli("extract", "--db", db, "--shard", "3/3", in.toString()).exit());
    }

    @Test
    void anUnreachableOrReadOnlyDatabaseIsOneLineAndExit1AndWritesNothing() throws Exception {
        Path in = corpus("002.txt");
        Run down = cli("extract", "--db", unreachable(), in.toString());
        assertEquals(1, down.exit(), down.err());
        assertEquals(1, down.err().lines().count(), down.err());
        assertTrue(down.err().startsWith("cchc: database "), down.err());

        String db = newTarget();
        assertEquals(0, cli("extract", "--db", db, corpus("000.txt").toString()).exit());
        String ro = readOnly(db);
        Run r = cli("extract", "--db", ro, "--incremental", "-o", tmp.resolve("out.csv").toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cchc: database "), r.err());
        assertFalse(Files.exists(tmp.resolve("out.csv")));
        assertEquals(1, count(db, "SELECT count(*) FROM report"), "the database, which is the --incremental state, unchanged");
        assertEquals(1, count(db, "SELECT count(*) FROM run"));
    }

    @Test
    void aDatabaseOfAnOlderCchcIsMigratedAndKeepsItsReports() throws Exception {
        String db = newTarget();
        DbTarget t = DbTarget.parse(db, null, null, null, Map.of());
        assertEquals(1, Migrations.migrate(dialect().dataSource(t), dialect(), t.schema(), "1"));
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            // what cchc 0.1 had loaded: two submissions of one report, the second a correction
            s.execute("INSERT INTO run (run_id, started, arguments, tool_version) VALUES ('old', '2024-04-01', 'extract', '0.1')");
            for (String[] r : new String[][] {{"a", "2024-03-08"}, {"b", "2024-03-15"}}) {
                s.execute("INSERT INTO report (report_id, file, file_absolute, issuer, period, report_date, status,"
                        + " record_count, problem_count, tool_version, loaded_at, run_id) VALUES ('" + r[0].repeat(64)
                        + "', 'x', '/x', 'UBND huyện X', '2024-Q1', '" + r[1] + "', 'ok', 0, 0, '0.1', '2024-04-01', 'old')");
            }
            if (!c.getAutoCommit()) c.commit();
        }
        Run r = cli("extract", "--db", db, corpus("002.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, count(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        assertEquals(3, count(db, "SELECT count(*) FROM report"));
        assertEquals("b".repeat(64), rows(db, "SELECT superseded_by FROM report WHERE report_id = '" + "a".repeat(64) + "'")
                .get(0).get("superseded_by"));
    }

    /**
     * A database of cchc 0.2 (schema 2) with records: version 3 adds the record fields the JSONL output has, the old
     * records keep their values with the new fields empty, and a report loaded again by this cchc gets them all.
     */
    @Test
    void aDatabaseOfSchema2GetsTheNewRecordFields() throws Exception {
        String db = newTarget();
        DbTarget t = DbTarget.parse(db, null, null, null, Map.of());
        assertEquals(2, Migrations.migrate(dialect().dataSource(t), dialect(), t.schema(), "2"));
        String id = "c".repeat(64);
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO run (run_id, started, arguments, tool_version) VALUES ('old', '2024-04-01', 'extract', '0.2')");
            s.execute("INSERT INTO report (report_id, file, file_absolute, issuer, period, report_date, status,"
                    + " record_count, problem_count, tool_version, loaded_at, run_id) VALUES ('" + id
                    + "', 'x', '/x', 'UBND huyện Y', '2023', '2024-01-10', 'ok', 1, 0, '0.2', '2024-04-01', 'old')");
            s.execute("INSERT INTO record (report_id, record_index, label, value_raw, value, indicator)"
                    + " VALUES ('" + id + "', 0, 'Số cuộc họp', '3', 3, 'CDDH.X')");
            if (!c.getAutoCommit()) c.commit();
        }
        Path in = tmp.resolve("in-v2");
        Files.createDirectories(in);
        Files.copy(Path.of(getClass().getResource("/forms/004-cung-ky.txt").toURI()), in.resolve("004-cung-ky.txt"));
        Run r = cli("extract", "--db", db, in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, count(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        Map<String, Object> old = rows(db, "SELECT label, value_raw, indicator, prev_value, values_json, row_key,"
                + " duplicate_of, ocr_confidence FROM record WHERE report_id = '" + id + "'").get(0);
        assertEquals("Số cuộc họp", old.get("label"));
        assertEquals("CDDH.X", old.get("indicator"));
        for (String field : List.of("prev_value", "values_json", "row_key", "duplicate_of", "ocr_confidence")) {
            assertNull(old.get(field), field);
        }
        assertTrue(count(db, "SELECT count(*) FROM record WHERE prev_value IS NOT NULL AND values_json IS NOT NULL") > 0);
        assertEquals(0, count(db, "SELECT count(*) FROM record WHERE report_id <> '" + id + "' AND row_key IS NULL"));
    }

    /**
     * {@code --db --incremental} remembers failures as a state file does: the same broken content is skipped with a
     * reminder (no exit 1), {@code --retry-failed} tries it again, and so does another cchc version.
     */
    @Test
    void incrementalWithTheDatabaseRemembersFailures() throws Exception {
        String db = newTarget();
        Path in = corpus("002.txt");
        Files.writeString(in.resolve("broken.docx"), "not a word file");
        Run first = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(1, first.exit(), first.err());
        assertTrue(first.err().contains("broken.docx: "), first.err());
        assertEquals(1, count(db, "SELECT count(*) FROM report WHERE status = 'failed' AND error IS NOT NULL"));

        Run again = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(0, again.exit(), again.err());
        assertFalse(again.err().contains("broken.docx: "), again.err());
        assertTrue(again.err().contains("1 skipped (failed before with the same content; --retry-failed tries again)"),
                again.err());
        assertTrue(again.err().contains("1 skipped (already extracted)"), again.err());

        Run retry = cli("extract", "--db", db, "--incremental", "--retry-failed", in.toString());
        assertEquals(1, retry.exit(), retry.err());
        assertTrue(retry.err().contains("broken.docx: "), retry.err());

        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("UPDATE report SET tool_version = '0.0-older' WHERE status = 'failed'");
            if (!c.getAutoCommit()) c.commit();
        }
        Run upgraded = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(1, upgraded.exit(), "a failure of another version is tried again: " + upgraded.err());

        // corrected content is another report, read at once
        Files.copy(Path.of(getClass().getResource("/corpus/004.docx").toURI()), in.resolve("broken.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run fixed = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(0, fixed.exit(), fixed.err());
        assertTrue(fixed.err().contains("database: 1 report(s) loaded"), fixed.err());
    }

    /** The README's three analyst queries, as printed there, give the rows they promise. */
    @Test
    void theReadmeQueriesRunAsPrinted() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String part = readme.substring(readme.indexOf("### Three queries an analyst runs"));
        part = part.substring(0, part.indexOf("\n### ", 10));
        List<String> queries = new ArrayList<>();
        for (int at = part.indexOf("```sql\n"); at >= 0; at = part.indexOf("```sql\n", at + 1)) {
            queries.add(part.substring(at + 7, part.indexOf("```", at + 7)).strip().replaceAll(";$", ""));
        }
        assertEquals(3, queries.size());
        String db = newTarget();
        Path in = corpus("000.txt", "002.txt", "004.txt");
        Files.writeString(in.resolve("broken.docx"), "not a word file");
        assertEquals(1, cli("extract", "--db", db, in.toString()).exit());
        List<Map<String, Object>> latest = rows(db, queries.get(0));
        assertEquals(1, latest.size(), "the district in the corpus");
        assertEquals("UBND huyện Quảng Điền", latest.get(0).get("issuer"));
        List<Map<String, Object>> pivot = rows(db, queries.get(1));
        assertEquals(2, pivot.size(), "the two reports of 2024-Q1");
        assertTrue(pivot.stream().anyMatch(r -> r.get("on_time_rate") != null), pivot.toString());
        List<Map<String, Object>> problems = rows(db, queries.get(2));
        assertEquals("failed", problems.get(0).get("status"), "the broken file first");
        assertEquals(4, problems.size(), "the broken file and the three reports with problems");
    }

    /**
     * {@code kill -9} in the middle of a load: every report is then loaded whole or absent, and the next run
     * completes the rest, to the exact counts.
     */
    @Test
    void aLoaderKilledMidwayLeavesWholeReportsAndTheNextRunCompletesThem() throws Exception {
        String db = newTarget();
        Path in = Files.createDirectories(tmp.resolve("many"));
        int copies = 25;
        for (int i = 0; i < copies; i++) {
            for (String n : new String[] {"000.txt", "002.txt", "004.txt"}) {
                // distinct content, so each copy is a report of its own
                String text = Files.readString(Path.of(getClass().getResource("/corpus/" + n).toURI()));
                Files.writeString(in.resolve(String.format("%02d-%s", i, n)), text + "\n\nBản sao " + i + "\n");
            }
        }
        // every copy gives the records of its original (the line added at the end is no table row)
        Path originals = Files.createDirectories(tmp.resolve("originals"));
        try (var first = Files.list(in)) {
            for (Path p : first.filter(p -> p.getFileName().toString().startsWith("00-")).toList()) {
                Files.copy(p, originals.resolve(p.getFileName()));
            }
        }
        Run expected = cli("extract", "--format", "jsonl", originals.toString());
        assertEquals(0, expected.exit(), expected.err());
        long records = copies * expected.out().lines().filter(l -> !l.isBlank()).count();

        Process loader = Loader.start(db, in);
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (loader.isAlive() && System.nanoTime() < deadline) {
            try {
                seen = count(db, "SELECT count(*) FROM report");
            } catch (SQLException e) {
                seen = 0; // the schema is not there yet
            }
            if (seen >= 5) break;
            Thread.sleep(20);
        }
        assertTrue(loader.isAlive(), "the loader must still be running when it is killed (it finished first)");
        loader.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
        loader.waitFor();
        long atKill = count(db, "SELECT count(*) FROM report");
        assertTrue(atKill >= 5 && atKill < copies * 3, "killed in the middle: " + atKill + " of " + copies * 3);
        assertEquals(0, count(db, "SELECT count(*) FROM report rp WHERE record_count <>"
                + " (SELECT count(*) FROM record rec WHERE rec.report_id = rp.report_id)"), "no partial report");
        assertEquals(1, count(db, "SELECT count(*) FROM run WHERE finished IS NULL"), "the killed run never finished");

        Run rest = cli("extract", "--db", db, "--incremental", in.toString());
        assertEquals(0, rest.exit(), rest.err());
        assertTrue(rest.err().contains(atKill + " skipped"), rest.err());
        assertEquals(copies * 3, count(db, "SELECT count(*) FROM report"));
        assertEquals(records, count(db, "SELECT count(*) FROM record"));
        assertEquals(0, count(db, "SELECT count(*) FROM report rp WHERE record_count <>"
                + " (SELECT count(*) FROM record rec WHERE rec.report_id = rp.report_id)"));
    }
}
