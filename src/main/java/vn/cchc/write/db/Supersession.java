package vn.cchc.write.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which submission of a report is current: of the reports of one issuer and period with different content (a
 * corrected report sent again), the newest; the others keep their rows and point to it with {@code superseded_by}.
 * Settled inside the loading transaction, under a lock for the issuer and period on PostgreSQL, so that two loaders
 * of two submissions at once cannot both believe theirs is the only one.
 */
final class Supersession {
    private Supersession() {
    }

    /** Reports of one issuer and period; ordered so that locks are always taken in the same order. */
    record Group(String issuer, String period) implements Comparable<Group> {
        @Override
        public int compareTo(Group o) {
            return Long.compare(lockKey(), o.lockKey());
        }

        long lockKey() {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256")
                        .digest((issuer + "\u0001" + period).getBytes(StandardCharsets.UTF_8));
                long v = 0;
                for (int i = 0; i < 8; i++) v = (v << 8) | (d[i] & 0xff);
                return v;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    /**
     * Takes the issuer's and period's lock until the end of the transaction: two loaders of two submissions of one
     * report take turns, and the second sees the first's. Taken before the report's own row is written, so that
     * no loader ever holds a report row while it waits for this lock (which could deadlock with one that holds the
     * lock and updates that row). PostgreSQL only: SQLite writers take turns on the whole file anyway.
     */
    static void lock(Connection c, Dialect dialect, Group g) throws SQLException {
        if (dialect != Dialect.POSTGRESQL || g.issuer() == null || g.period() == null) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, g.lockKey());
            ps.executeQuery().close();
        }
    }

    /**
     * Marks every report of an issuer and period but the newest as superseded by it: newest report date first, then
     * the latest load (a correction sent the same day). Without an issuer or a period nothing can be compared.
     */
    static void settle(Connection c, Dialect dialect, Group g) throws SQLException {
        if (g.issuer() == null || g.period() == null) return;
        lock(c, dialect, g);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id FROM report WHERE issuer = ? AND period = ?"
                + " AND status = 'ok' ORDER BY report_date DESC NULLS LAST, loaded_at DESC, report_id DESC")) {
            ps.setString(1, g.issuer());
            ps.setString(2, g.period());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        if (ids.isEmpty()) return;
        String newest = ids.get(0);
        try (PreparedStatement ps = c.prepareStatement("UPDATE report SET superseded_by = CASE WHEN report_id = ?"
                + " THEN NULL ELSE ? END WHERE issuer = ? AND period = ? AND status = 'ok'")) {
            ps.setString(1, newest);
            ps.setString(2, newest);
            ps.setString(3, g.issuer());
            ps.setString(4, g.period());
            ps.executeUpdate();
        }
    }

}
