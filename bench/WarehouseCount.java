import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** For bench/warehouse-bench.sh: prints the number of records in a warehouse (JDBC URL, PostgreSQL schema). */
public final class WarehouseCount {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement()) {
            String table = args.length > 1 ? args[1] + ".record" : "record";
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                System.out.println(rs.getLong(1));
            }
        }
    }
}
