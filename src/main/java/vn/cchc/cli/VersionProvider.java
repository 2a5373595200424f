package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/cchc-version.properties")) {
            if (in != null) p.load(in);
        }
        return new String[] {"cchc " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version")};
    }
}
