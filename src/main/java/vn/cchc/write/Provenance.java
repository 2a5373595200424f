package vn.cchc.write;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;

/**
 * What produced an output and when: written at the head of the JSON output, so a data set says which tool and
 * catalogue made it.
 *
 * @param toolVersion      cchc's version, from the jar
 * @param catalogueVersion the indicator catalogue's version
 * @param created          when the run started, to the second
 */
public record Provenance(String toolVersion, String catalogueVersion, Instant created) {
    /** The tool version Maven wrote into the jar ("unknown" when run from classes without it). */
    public static String currentToolVersion() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/cchc-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // unknown, as below
        }
        return p.getProperty("version", "unknown");
    }

    /** This run's provenance: now, or the time in SOURCE_DATE_EPOCH (reproducible builds' convention) when set. */
    public static Provenance of(String catalogueVersion) {
        return new Provenance(currentToolVersion(), catalogueVersion, now(System.getenv()));
    }

    /**
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970) fixes the time, so that two runs over the same inputs give the
     * same bytes (a golden-file test, a reproducible pipeline); otherwise the clock, to the second.
     */
    static Instant now(Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
