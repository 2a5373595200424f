package vn.cchc.write.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cchc extract --db} in a JVM of its own, as cron would start it, so a test can kill it or run two. */
final class Loader {
    private Loader() {
    }

    static Process start(String db, Path in, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "vn.cchc.cli.Main", "extract", "--quiet", "--jobs", "1", "--db", db));
        cmd.addAll(List.of(more));
        cmd.add(in.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(new File(in.getParent().toFile(), "loader.err"))).start();
    }
}
