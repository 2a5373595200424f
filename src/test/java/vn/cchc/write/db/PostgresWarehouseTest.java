package vn.cchc.write.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The warehouse in a real PostgreSQL server ({@link PostgresServer}), and what only a server allows: two loaders at once. */
class PostgresWarehouseTest extends WarehouseContract {
    @Override
    String newTarget() {
        return PostgresServer.newDatabase();
    }

    @Override
    Connection connect(String target) throws SQLException {
        Connection c = DriverManager.getConnection(target);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO cchc");
        }
        return c;
    }

    /** A database whose transactions are read-only, as a replica or a revoked grant would make it. */
    @Override
    String readOnly(String target) throws SQLException {
        String name = target.replaceAll(".*/([^/?]+)\\?.*", "$1");
        try (Connection c = DriverManager.getConnection(PostgresServer.admin()); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " SET default_transaction_read_only = on");
        }
        return target;
    }

    @Override
    String unreachable() {
        try (ServerSocket s = new ServerSocket(0)) {
            return "jdbc:postgresql://127.0.0.1:" + s.getLocalPort() + "/cchc?user=postgres";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /** Two machines loading the same folder (with a correction in it) at the same time: no duplicate, one winner. */
    @Test
    void twoLoadersAtOnceLeaveNoDuplicates() throws Exception {
        String db = newTarget();
        Path in = corpus("000.txt", "002.txt", "004.txt", "000.docx", "004.docx");
        corrected(in);
        for (int i = 0; i < 10; i++) {
            Files.writeString(in.resolve("copy-" + i + ".txt"), Files.readString(in.resolve("002.txt")) + "\n\nBản " + i + "\n");
        }
        Process a = Loader.start(db, in);
        Process b = Loader.start(db, in);
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS), "loaders finished");
        assertEquals(0, a.exitValue(), Files.readString(in.getParent().resolve("loader.err")));
        assertEquals(0, b.exitValue(), Files.readString(in.getParent().resolve("loader.err")));
        assertEquals(16, count(db, "SELECT count(*) FROM report"));
        assertEquals(count(db, "SELECT sum(record_count) FROM report"), count(db, "SELECT count(*) FROM record"));
        assertEquals(16, count(db, "SELECT sum(loaded) FROM run"), "each report loaded by exactly one of the two");
        assertEquals(16, count(db, "SELECT sum(unchanged) FROM run"), "and found loaded by the other");
        // the correction of 004 supersedes its original (two formats of the original too): one current 004 report
        assertEquals(1, count(db, "SELECT count(*) FROM report WHERE period = '2024-Q1' AND issuer LIKE 'Sở Kế hoạch%'"
                + " AND superseded_by IS NULL"));
        assertEquals(0, count(db, "SELECT count(*) FROM (SELECT issuer, period, indicator FROM latest_record"
                + " GROUP BY issuer, period, indicator HAVING count(*) > 1) d"));
    }
}
