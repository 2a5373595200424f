package vn.cchc.write.db;

import java.io.IOException;

/** The database cannot be used: the message is one line for the user, naming the database and the reason. */
public final class WarehouseException extends IOException {
    private static final long serialVersionUID = 1L;

    WarehouseException(DbTarget target, String what, Throwable cause) {
        super("database " + target.display() + ": " + what + reason(cause), cause);
    }

    private static String reason(Throwable e) {
        if (e == null) return "";
        // Flyway and the drivers wrap the cause that says it (connection refused, read-only) in generic layers
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) deepest = deepest.getCause();
        String m = vn.cchc.text.Reasons.oneLine(deepest);
        if (deepest != e && e.getMessage() != null && !(e instanceof java.sql.SQLException) && m.length() < 20) {
            m = e.getMessage();
        }
        return " (" + m.replaceAll("\\s+", " ").strip() + ")";
    }
}
