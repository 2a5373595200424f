package vn.cchc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package layout is the pipeline, so it must stay one-way: no cycle between the top-level packages under
 * {@code src/main/java/vn/cchc}, and no main class so long it holds more than one idea. Read from the sources (imports
 * and qualified names, comments and strings left out), so it holds without any tool outside the build.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/vn/cchc");
    private static final int MAX_LINES = 350;
    /** A reference to another package of the project: an import or a qualified name. */
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.cchc\\.([a-z_][a-z0-9_]*)\\b");

    /**
     * Main classes allowed over {@value #MAX_LINES} lines, each with the reason it is one idea all the same. None
     * today; an entry needs a justification a reviewer accepts.
     */
    private static final Map<String, String> LONG_CLASSES = Map.of();

    @Test
    void noCycleBetweenPackages() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(deps)) {
            if (component.size() > 1) cycles.add(component);
        }
        assertTrue(cycles.isEmpty(), "package cycles: " + cycles + " (dependencies: " + deps + ")");
    }

    @Test
    void noMainClassOverTheLimit() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = ROOT.relativize(f).toString().replace('\\', '/');
                int lines = (int) Files.readString(f, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
                if (lines > MAX_LINES && !LONG_CLASSES.containsKey(rel)) over.put(rel, lines);
            }
        }
        assertEquals(Map.of(), over, "main classes over " + MAX_LINES + " lines: split them along their ideas");
    }

    @Test
    void theCheckSeesACycle() {
        Map<String, Set<String>> deps = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")),
                stronglyConnected(deps).stream().filter(c -> c.size() > 1).toList());
        assertEquals(Set.of("model", "check"), references("""
                package vn.cchc.write;
                import vn.cchc.model.StatRecord; // see vn.cchc.pipeline
                /* vn.cchc.cli */ class X { String s = "vn.cchc.read"; vn.cchc.check.Problem p; }
                """));
    }

    /** Top-level package → the other top-level packages its main sources refer to. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = ROOT.relativize(f);
                if (rel.getNameCount() < 2) continue; // a class directly in vn.cchc belongs to no stage
                String pkg = rel.getName(0).toString();
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String q : references(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (!q.equals(pkg) && Files.isDirectory(ROOT.resolve(q))) out.add(q);
                }
            }
        }
        return deps;
    }

    /** The project packages a source file names outside its comments and string literals. */
    static Set<String> references(String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code(source));
        while (m.find()) out.add(m.group(1));
        out.remove(packageOf(source));
        return out;
    }

    private static String packageOf(String source) {
        Matcher m = Pattern.compile("^package vn\\.cchc\\.([a-z_][a-z0-9_]*)", Pattern.MULTILINE).matcher(source);
        return m.find() ? m.group(1) : "";
    }

    /** The source with comments, string and character literals blanked out. */
    private static String code(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                b.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                b.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                b.append(c).append(c);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Tarjan's strongly connected components of the dependency graph. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> deps) {
        Set<String> nodes = new TreeSet<>(deps.keySet());
        deps.values().forEach(nodes::addAll);
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String n : nodes) {
            if (!index.containsKey(n)) visit(n, deps, index, low, stack, onStack, out);
        }
        return out;
    }

    private static void visit(String v, Map<String, Set<String>> deps, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                              List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : new TreeSet<>(deps.getOrDefault(v, Set.of()))) {
            if (!index.containsKey(w)) {
                visit(w, deps, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
