package vn.cchc.write.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code --db} and its credentials are read; the connections themselves are tested against real databases. */
class DbTargetTest {
    @TempDir
    Path tmp;

    @Test
    void aPlainPathIsAnSqliteFileMadeAbsolute() throws Exception {
        DbTarget t = DbTarget.parse(tmp.resolve("w.db").toString(), null, null, null, Map.of());
        assertEquals("jdbc:sqlite:" + tmp.resolve("w.db").toAbsolutePath(), t.url());
        assertEquals(Dialect.SQLITE, t.dialect());
        assertEquals("cchc", t.schema());
    }

    @Test
    void aMissingFolderOrAFolderIsRefusedWithAReason() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DbTarget.parse(tmp.resolve("nowhere/w.db").toString(), null, null, null, Map.of()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DbTarget.parse(tmp.toString(), null, null, null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DbTarget.parse("jdbc:mysql://x/y", null, null, null, Map.of()));
    }

    @Test
    void credentialsComeFromTheOptionsThenTheUrlThenTheEnvironment() throws Exception {
        Map<String, String> env = Map.of("PGUSER", "envuser", "PGPASSWORD", "envpass");
        DbTarget fromEnv = DbTarget.parse("jdbc:postgresql://h/db", null, null, "warehouse", env);
        assertEquals("envuser", fromEnv.user());
        assertEquals("envpass", fromEnv.password());
        assertEquals("warehouse", fromEnv.schema());

        DbTarget fromUrl = DbTarget.parse("jdbc:postgresql://h/db?user=u&password=secret", null, null, null, env);
        assertNull(fromUrl.user(), "the URL's user stands");
        assertNull(fromUrl.password());
        assertFalse(fromUrl.display().contains("secret"), fromUrl.display());

        Path file = Files.writeString(tmp.resolve("pgpass"), "s3cret \nignored second line\n");
        DbTarget fromOptions = DbTarget.parse("jdbc:postgresql://h/db", "loader", file, null, env);
        assertEquals("loader", fromOptions.user());
        assertEquals("s3cret", fromOptions.password());
    }

    @Test
    void aSchemaNameIsAPlainIdentifier() {
        assertThrows(IllegalArgumentException.class,
                () -> DbTarget.parse("jdbc:postgresql://h/db", null, null, "x; DROP TABLE y", Map.of()));
    }

    @Test
    void passwordsAreMaskedInCommandLines() {
        assertEquals("extract --db jdbc:postgresql://h/db?user=a&password=***&ssl=true x/",
                DbTarget.mask("extract --db jdbc:postgresql://h/db?user=a&password=hunter2&ssl=true x/"));
    }
}
