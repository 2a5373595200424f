package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code --shard K/N}: disjoint, complete, stable and even slices. */
class ShardTest {
    private static List<InputFile> inputs(int n) {
        List<InputFile> in = new ArrayList<>();
        for (int i = 0; i < n; i++) in.add(InputFile.of(Path.of("inbox/bao-cao-" + i + ".pdf"), "inbox/bao-cao-" + i + ".pdf"));
        return in;
    }

    @Test
    void slicesAreDisjointCompleteAndEven() {
        List<InputFile> all = inputs(4000);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 8; k++) {
            List<InputFile> slice = new Shard(k, 8).select(all);
            assertTrue(slice.size() > 400 && slice.size() < 600, "about 500 each: " + slice.size());
            for (InputFile f : slice) assertTrue(seen.add(f.display()), "in two slices: " + f.display());
        }
        assertEquals(all.size(), seen.size());
    }

    @Test
    void aFileAlwaysFallsInTheSameSlice() {
        // fixed values, computed independently (Python: int.from_bytes(sha256(name)[:8], 'big') % 8): a slice must not
        // change with the Java version or the machine
        assertEquals(Shard.sliceOf("inbox/bao-cao-1.pdf", 8), Shard.sliceOf("inbox/bao-cao-1.pdf", 8));
        assertEquals(List.of(2, 4, 0), List.of(Shard.sliceOf("a.pdf", 8), Shard.sliceOf("b.pdf", 8), Shard.sliceOf("c.pdf", 8)));
    }

    @Test
    void theSpecIsKOverNFromZero() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/0"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("one/4"));
        assertEquals(inputs(3), Shard.ALL.select(inputs(3)));
    }
}
