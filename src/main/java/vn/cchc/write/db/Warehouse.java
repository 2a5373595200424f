package vn.cchc.write.db;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;

import vn.cchc.model.FileResult;
import vn.cchc.model.SourceFile;
import vn.cchc.report.ReportMetadata;

/**
 * The warehouse: one connection to an SQLite file or a PostgreSQL schema, brought up to date by {@link Migrations},
 * that loads each report in one transaction.
 *
 * <p>A report's key is the SHA-256 of its bytes, so loading is idempotent: the same content loaded again by the
 * same cchc and catalogue changes nothing, and by another version replaces its rows in the same transaction.
 * Concurrent loaders (several machines, {@code --shard}) rely on the database, not on checks in this class: the
 * report row is claimed with {@code INSERT ... ON CONFLICT DO NOTHING} and locked before it is replaced, and the
 * supersession of an issuer's and period's reports is recomputed under a lock for that pair.
 */
public final class Warehouse implements AutoCloseable {
    /** What loading one report did. */
    public enum Outcome { LOADED, REPLACED, UNCHANGED, NOT_IDENTIFIED }

    private final DbTarget target;
    private final Dialect dialect;
    private final Connection c;
    private final String toolVersion;
    private String runId;

    private Warehouse(DbTarget target, Connection c, String toolVersion) {
        this.target = target;
        this.dialect = target.dialect();
        this.c = c;
        this.toolVersion = toolVersion;
    }

    /** Connects and brings the schema up to date. */
    public static Warehouse open(DbTarget target) throws WarehouseException {
        DataSource ds = target.dialect().dataSource(target);
        try {
            Migrations.migrate(ds, target.dialect(), target.schema());
        } catch (FlywayException | IllegalStateException e) {
            throw new WarehouseException(target, "cannot create or upgrade the schema", e);
        }
        try {
            Connection c = ds.getConnection();
            c.setAutoCommit(false);
            return new Warehouse(target, c, toolVersion());
        } catch (SQLException e) {
            throw new WarehouseException(target, "cannot connect", e);
        }
    }

    /** The version of this cchc, as Maven wrote it into the jar. */
    public static String toolVersion() {
        Properties p = new Properties();
        try (InputStream in = Warehouse.class.getResourceAsStream("/cchc-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // unknown is said, not guessed
        }
        return p.getProperty("version", "unknown");
    }

    /** Records the start of a run; fails at once when the database cannot be written (read-only, no rights). */
    public String startRun(String arguments) throws WarehouseException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run (run_id, started, arguments, tool_version) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            dialect.bindTimestamp(ps, 2, Instant.now());
            ps.setString(3, DbTarget.mask(arguments));
            ps.setString(4, toolVersion);
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollback();
            throw new WarehouseException(target, "cannot write", e);
        }
        runId = id;
        return id;
    }

    /** Records the end of the run and its counts. */
    public void finishRun(RunCounts n) throws WarehouseException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE run SET finished = ?, files = ?, loaded = ?, unchanged = ?,"
                + " skipped = ?, failed = ?, records = ? WHERE run_id = ?")) {
            dialect.bindTimestamp(ps, 1, Instant.now());
            ps.setInt(2, n.files());
            ps.setInt(3, n.loaded());
            ps.setInt(4, n.unchanged());
            ps.setInt(5, n.skipped());
            ps.setInt(6, n.failed());
            ps.setLong(7, n.records());
            ps.setString(8, runId);
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            rollback();
            throw new WarehouseException(target, "cannot write", e);
        }
    }

    /** The content hashes of every report loaded without error: what {@code --incremental} skips. */
    public Set<String> loadedReports() throws WarehouseException {
        return reportIds("SELECT report_id FROM report WHERE status = 'ok'");
    }

    /**
     * The content hashes of the reports that failed when this cchc version loaded them: what {@code --incremental}
     * skips, with a reminder, until {@code --retry-failed}. A failure recorded by another version is tried again, since
     * that version may read what this one could not.
     */
    public Set<String> failedReports() throws WarehouseException {
        return reportIds("SELECT report_id FROM report WHERE status = 'failed' AND tool_version = ?", toolVersion);
    }

    private Set<String> reportIds(String sql, String... parameters) throws WarehouseException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) ps.setString(i + 1, parameters[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            c.commit();
        } catch (SQLException e) {
            rollback();
            throw new WarehouseException(target, "cannot read", e);
        }
        return ids;
    }

    /**
     * Loads one report in one transaction: all its records and problems, or nothing.
     *
     * @param source its content hash and absolute path; null when the file could not be read at all (nothing to key
     *               it on: it is only counted)
     */
    public Outcome load(FileResult r, SourceFile source, String catalogueVersion) throws WarehouseException {
        if (source == null || source.sha256() == null) return Outcome.NOT_IDENTIFIED;
        try {
            Outcome o = loadInTransaction(r, source, catalogueVersion);
            c.commit();
            return o;
        } catch (SQLException e) {
            rollback();
            throw new WarehouseException(target, "cannot load " + r.file(), e);
        }
    }

    private Outcome loadInTransaction(FileResult r, SourceFile source, String catalogueVersion) throws SQLException {
        String id = source.sha256();
        ReportMetadata md = r.metadata();
        Set<Supersession.Group> groups = new TreeSet<>();
        Outcome outcome;
        if (!r.failed()) Supersession.lock(c, dialect, new Supersession.Group(md.issuer(), md.period()));
        if (insertReport(r, source, catalogueVersion) == 1) {
            outcome = Outcome.LOADED;
        } else {
            Existing old = existing(id);
            boolean sameBuild = Objects.equals(old.toolVersion, toolVersion)
                    && Objects.equals(old.catalogueVersion, catalogueVersion);
            // good rows are never replaced by a failure (a timeout on a busy night), nor by the same build's rows
            if (old.ok && (r.failed() || sameBuild)) return Outcome.UNCHANGED;
            updateReport(r, source, catalogueVersion);
            delete("DELETE FROM record WHERE report_id = ?", id);
            delete("DELETE FROM problem WHERE report_id = ?", id);
            if (old.ok) groups.add(new Supersession.Group(old.issuer, old.period));
            outcome = Outcome.REPLACED;
        }
        RecordRows.insertRecords(c, dialect, id, r.records());
        RecordRows.insertProblems(c, id, r.problems());
        if (!r.failed()) groups.add(new Supersession.Group(md.issuer(), md.period()));
        for (Supersession.Group g : groups) Supersession.settle(c, dialect, g);
        return outcome;
    }

    private static final String REPORT_COLUMNS = "file, file_absolute, format, pages, bytes, issuer, level, report_number,"
            + " report_date, period, metadata_flags, status, error, warnings, record_count, problem_count, tool_version,"
            + " catalogue_version, loaded_at, run_id";

    private int insertReport(FileResult r, SourceFile s, String catalogueVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report (" + REPORT_COLUMNS + ", report_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING")) {
            bindReport(ps, r, s, catalogueVersion);
            return ps.executeUpdate();
        }
    }

    private void updateReport(FileResult r, SourceFile s, String catalogueVersion) throws SQLException {
        String set = String.join(" = ?, ", REPORT_COLUMNS.split(",\\s*")) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET " + set + ", superseded_by = NULL WHERE report_id = ?")) {
            bindReport(ps, r, s, catalogueVersion);
            ps.executeUpdate();
        }
    }

    /** Binds {@link #REPORT_COLUMNS} and then the report id. */
    private void bindReport(PreparedStatement ps, FileResult r, SourceFile s, String catalogueVersion) throws SQLException {
        ReportMetadata md = r.metadata();
        int i = 0;
        ps.setString(++i, r.file());
        ps.setString(++i, s.absolutePath().toString());
        ps.setString(++i, r.format());
        RecordRows.setInt(ps, ++i, s.pages());
        ps.setLong(++i, s.bytes());
        ps.setString(++i, md.issuer());
        ps.setString(++i, md.level());
        ps.setString(++i, md.reportNumber());
        dialect.bindDate(ps, ++i, md.reportDate());
        ps.setString(++i, md.period());
        ps.setString(++i, RecordRows.joined(RecordRows.codes(md.flags()), ";"));
        ps.setString(++i, r.failed() ? "failed" : "ok");
        ps.setString(++i, r.error());
        ps.setString(++i, RecordRows.joined(r.warnings(), "\n"));
        ps.setInt(++i, r.records().size());
        ps.setInt(++i, r.problems().size());
        ps.setString(++i, toolVersion);
        ps.setString(++i, catalogueVersion);
        dialect.bindTimestamp(ps, ++i, Instant.now());
        ps.setString(++i, runId);
        ps.setString(++i, s.sha256());
    }

    private record Existing(boolean ok, String toolVersion, String catalogueVersion, String issuer, String period) {
    }

    private Existing existing(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, tool_version, catalogue_version, issuer, period"
                + " FROM report WHERE report_id = ?" + dialect.forUpdate())) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("report " + id + " vanished while being loaded");
                return new Existing("ok".equals(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
            }
        }
    }

    private void delete(String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private void rollback() {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone; the transaction died with it
        }
    }

    @Override
    public void close() throws WarehouseException {
        try {
            c.close();
        } catch (SQLException e) {
            throw new WarehouseException(target, "cannot close", e);
        }
    }
}
