package vn.cchc.write.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * What differs between the two databases: how to connect, where the migrations are, and how dates, timestamps and
 * numbers are stored (PostgreSQL has DATE, TIMESTAMPTZ and NUMERIC; SQLite has ISO text and REAL). The SQL of the
 * loader is otherwise the same for both.
 */
enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    /** A busy SQLite file (another loader writing) is waited for this long before giving up. */
    private static final int SQLITE_BUSY_MILLIS = 120_000;

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The folder of its migrations under {@code db/migration/}. */
    final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("unsupported database URL (jdbc:sqlite:... or jdbc:postgresql://...)");
    }

    DataSource dataSource(DbTarget t) {
        if (this == SQLITE) {
            // settings in the URL (jdbc:sqlite:FILE?busy_timeout=...&open_mode=1) win over the defaults below
            String url = t.url();
            Properties given = new Properties();
            int q = url.indexOf('?');
            if (q >= 0) {
                for (String kv : url.substring(q + 1).split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) given.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
                }
                url = url.substring(0, q);
            }
            Properties p = new Properties();
            p.setProperty(SQLiteConfig.Pragma.FOREIGN_KEYS.pragmaName, "true");
            // WAL: readers (an analyst's query) never block the loader, and a commit is one append
            p.setProperty(SQLiteConfig.Pragma.JOURNAL_MODE.pragmaName, "WAL");
            // NORMAL in WAL mode loses nothing when the process dies (kill -9); only a power cut may undo the last
            // commits, never half of one
            p.setProperty(SQLiteConfig.Pragma.SYNCHRONOUS.pragmaName, "NORMAL");
            p.setProperty(SQLiteConfig.Pragma.BUSY_TIMEOUT.pragmaName, String.valueOf(SQLITE_BUSY_MILLIS));
            // BEGIN IMMEDIATE: a second loader waits for the write lock at the start of its transaction instead of
            // failing half-way through it
            p.setProperty(SQLiteConfig.Pragma.TRANSACTION_MODE.pragmaName, "IMMEDIATE");
            p.putAll(given);
            SQLiteDataSource ds = new SQLiteDataSource(new SQLiteConfig(p));
            ds.setUrl(url);
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(t.url());
        if (t.user() != null) ds.setUser(t.user());
        if (t.password() != null) ds.setPassword(t.password());
        ds.setApplicationName("cchc");
        ds.setCurrentSchema(t.schema());
        // the driver sends a report's rows as a few multi-row INSERTs instead of one round trip per row
        ds.setReWriteBatchedInserts(true);
        ds.setConnectTimeout(15);
        return ds;
    }

    /** Row lock on the report being replaced, so that two loaders of one report take turns (SQLite locks the file). */
    String forUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }

    /** The placeholder of a JSON text parameter: PostgreSQL stores it as jsonb, SQLite as the text itself. */
    String jsonParameter() {
        return this == POSTGRESQL ? "CAST(? AS jsonb)" : "?";
    }

    void bindTimestamp(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (this == POSTGRESQL) ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        else ps.setString(i, SQLITE_TIME.format(t)); // fixed width, so that text order is time order
    }

    /** An ISO date; anything else (never produced by the extractor) is stored as unknown. */
    void bindDate(PreparedStatement ps, int i, String iso) throws SQLException {
        if (iso == null) {
            ps.setNull(i, this == POSTGRESQL ? Types.DATE : Types.VARCHAR);
            return;
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            if (this == POSTGRESQL) ps.setObject(i, d);
            else ps.setString(i, d.toString());
        } catch (DateTimeParseException e) {
            ps.setNull(i, this == POSTGRESQL ? Types.DATE : Types.VARCHAR);
        }
    }

    void bindValue(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) ps.setNull(i, this == POSTGRESQL ? Types.NUMERIC : Types.REAL);
        else if (this == POSTGRESQL) ps.setBigDecimal(i, v);
        else ps.setDouble(i, v.doubleValue());
    }
}
