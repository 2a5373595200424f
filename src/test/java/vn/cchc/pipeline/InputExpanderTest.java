package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputExpanderTest {
    @TempDir
    Path tmp;

    private List<String> expand(String pattern) {
        return new InputExpander().expand(List.of(tmp + "/" + pattern)).stream()
                .map(f -> f.error() != null ? "!" + f.error() : tmp.relativize(f.path()).toString()).toList();
    }

    @Test
    void doubleStarMatchesAtAnyDepthIncludingNone() throws Exception {
        for (String f : List.of("a.pdf", "x/b.pdf", "x/y/c.pdf", "x/y/d.txt", "z/e.PDF")) {
            Path p = tmp.resolve("r").resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        assertEquals(List.of("r/a.pdf", "r/x/b.pdf", "r/x/y/c.pdf"), expand("r/**/*.pdf"));
        assertEquals(List.of("r/x/y/c.pdf"), expand("r/x/**/y/*.pdf"));
        assertEquals(List.of("r/x/b.pdf", "r/x/y/c.pdf", "r/x/y/d.txt"), expand("r/x/**"));
        // a single star stays in its folder, as in every shell
        assertEquals(List.of("r/a.pdf"), expand("r/*.pdf"));
        assertEquals(List.of("r/x/b.pdf"), expand("r/*/*.pdf"));
        assertEquals(List.of("!no reports found (no file matches)"), expand("r/**/*.doc"));
    }
}
