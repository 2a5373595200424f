package vn.cchc.write.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where {@code --db} loads: an SQLite file (a plain path, created on first use) or a JDBC URL, with the credentials
 * and the PostgreSQL schema. Credentials never need to be on the command line: {@code --db-password-file} or the
 * standard {@code PGUSER}/{@code PGPASSWORD} environment.
 *
 * @param url      a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
 * @param user     the user to connect as, or null for the URL's or the driver's default
 * @param password the password, or null
 * @param schema   PostgreSQL schema of the tables (SQLite has one namespace, "main")
 */
public record DbTarget(String url, String user, String password, String schema) {
    public static final String DEFAULT_SCHEMA = "cchc";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern SECRET = Pattern.compile("(?i)(password=)[^&;]*");

    public DbTarget {
        Dialect.of(url);
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("--db-schema must be a plain lower-case SQL name (letters, digits, _): " + schema);
        }
    }

    /**
     * @param target       a file path or a JDBC URL, as given to {@code --db}
     * @param user         {@code --db-user}, or null
     * @param passwordFile {@code --db-password-file}, or null
     * @param schema       {@code --db-schema}
     * @param env          the environment ({@code PGUSER}, {@code PGPASSWORD})
     * @throws IllegalArgumentException with a message for the user
     */
    public static DbTarget parse(String target, String user, Path passwordFile, String schema, Map<String, String> env)
            throws IOException {
        String url = target.startsWith("jdbc:") ? target : sqliteUrl(target);
        Dialect dialect = Dialect.of(url);
        String password = null;
        if (passwordFile != null) {
            // the first line, as .pgpass-style files and Docker secrets hold it
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        if (dialect == Dialect.POSTGRESQL) {
            // the URL wins over the environment, an explicit option over both
            if (user == null && !url.contains("user=")) user = env.get("PGUSER");
            if (password == null && !url.contains("password=")) password = env.get("PGPASSWORD");
        }
        return new DbTarget(url, user, password, schema == null ? DEFAULT_SCHEMA : schema);
    }

    private static String sqliteUrl(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        if (Files.isDirectory(p)) throw new IllegalArgumentException("--db " + file + " is a folder, not a database file");
        Path dir = p.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--db " + file + ": the folder " + dir + " does not exist");
        }
        return "jdbc:sqlite:" + p;
    }

    Dialect dialect() {
        return Dialect.of(url);
    }

    /** The URL with any password in it masked, for messages and the {@code run} table. */
    public String display() {
        return mask(url);
    }

    /** Masks {@code password=...} in a command line or URL. */
    public static String mask(String text) {
        return SECRET.matcher(text).replaceAll("$1***");
    }
}
