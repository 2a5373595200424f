package vn.cchc.write.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The warehouse in a real SQLite file, the built-in default. */
class SqliteWarehouseTest extends WarehouseContract {
    private int n;

    @Override
    String newTarget() {
        return tmp.resolve("warehouse-" + (++n) + ".db").toString();
    }

    @Override
    Connection connect(String target) throws SQLException {
        return DriverManager.getConnection(target.startsWith("jdbc:") ? target : "jdbc:sqlite:" + target);
    }

    /** Root ignores file permissions, so read-only is asked of SQLite itself (SQLITE_OPEN_READONLY). */
    @Override
    String readOnly(String target) {
        return "jdbc:sqlite:" + Path.of(target).toAbsolutePath() + "?open_mode=1";
    }

    @Override
    String unreachable() {
        return "jdbc:sqlite:" + tmp.resolve("no-such-folder").resolve("w.db");
    }

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
