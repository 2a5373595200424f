package vn.cchc.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the command line's paths into files: a file as given, a folder walked recursively (report formats only,
 * sorted, symlink loops reported not followed), a glob the shell did not expand ({@code "reports/*.pdf"},
 * {@code "reports/**}{@code /*.pdf"} at any depth).
 */
public final class InputExpander {
    /** Extensions picked up when walking a folder; a file named explicitly is read whatever its name. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "docx", "doc", "pdf", "odt", "rtf", "html", "htm",
            "xlsx", "xlsm", "xls", "ods", "png", "jpg", "jpeg", "tif", "tiff");

    static final String NO_REPORTS_IN_FOLDER = "no reports found (a folder is searched for .pdf, .docx, .doc, .odt, "
            + ".rtf, .txt, .html, spreadsheet and image files)";

    private final Path stdinCopy;

    public InputExpander() {
        this(null);
    }

    /** @param stdinCopy where standard input was saved, read for the path {@code -}; null: {@code -} is a file name */
    public InputExpander(Path stdinCopy) {
        this.stdinCopy = stdinCopy;
    }

    public List<InputFile> expand(List<String> args) {
        Map<String, InputFile> out = new LinkedHashMap<>();
        for (String arg : args) {
            for (InputFile f : expandOne(arg)) {
                String key = f.path() == null ? "?" + f.display() : f.path().toAbsolutePath().normalize().toString();
                out.putIfAbsent(key, f);
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<InputFile> expandOne(String arg) {
        if (stdinCopy != null && arg.equals(StdinCopy.NAME)) return List.of(InputFile.of(stdinCopy, arg));
        Path p = Paths.get(arg);
        if (Files.isDirectory(p)) return walk(p);
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !isGlob(arg)) {
            if (!Files.exists(p)) return List.of(InputFile.missing(arg, "no such file or directory"));
            // a named pipe would block until someone writes to it, /dev/zero never ends: neither is opened
            if (!Files.isRegularFile(p)) return List.of(InputFile.missing(arg, FileKinds.notRegular(p)));
            return List.of(InputFile.of(p, arg));
        }
        return glob(arg);
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private List<InputFile> glob(String pattern) {
        String norm = pattern.replace('\\', '/');
        int firstMeta = indexOfMeta(norm);
        int slash = norm.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Paths.get(".") : Paths.get(slash == 0 ? "/" : norm.substring(0, slash));
        String rest = slash < 0 ? norm : norm.substring(slash + 1);
        List<PathMatcher> matchers = globMatchers(rest);
        // without "**" a pattern names a fixed depth: no need to walk the whole tree below the base
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/", -1).length;
        List<InputFile> files = new ArrayList<>();
        if (!Files.isDirectory(base)) return List.of(InputFile.missing(pattern, "no such file or directory"));
        try (var stream = Files.walk(base, depth)) {
            stream.filter(Files::isRegularFile)
                    .filter(f -> matchers.stream().anyMatch(m -> m.matches(base.relativize(f))))
                    .sorted()
                    .forEach(f -> files.add(InputFile.of(f, slash < 0 ? base.relativize(f).toString() : f.toString())));
        } catch (IOException | RuntimeException e) {
            return List.of(InputFile.missing(pattern, "cannot list: " + e.getMessage()));
        }
        if (files.isEmpty()) return List.of(InputFile.missing(pattern, "no reports found (no file matches)"));
        return files;
    }

    /**
     * Java's glob lets {@code **} cross folders but, unlike bash's globstar and zsh, makes {@code reports/**}{@code /*.pdf}
     * require at least one folder between: each {@code **}{@code /} may also match nothing, so the variants without it
     * are tried too.
     */
    static List<PathMatcher> globMatchers(String pattern) {
        List<String> variants = new ArrayList<>(List.of(pattern));
        for (int i = pattern.indexOf("**/"); i >= 0 && variants.size() < 64; i = pattern.indexOf("**/", i + 3)) {
            int at = i;
            List<String> more = new ArrayList<>();
            for (String v : variants) {
                // the same occurrence, counted from the end, since earlier removals shifted the start
                int fromEnd = pattern.length() - at;
                int pos = v.length() - fromEnd;
                if (pos >= 0 && v.startsWith("**/", pos)) more.add(v.substring(0, pos) + v.substring(pos + 3));
            }
            variants.addAll(more);
        }
        return variants.stream().distinct().map(v -> FileSystems.getDefault().getPathMatcher("glob:" + v)).toList();
    }

    private static int indexOfMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) return i;
        }
        return s.length();
    }

    private List<InputFile> walk(Path dir) {
        List<InputFile> files = new ArrayList<>();
        List<InputFile> problems = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isReport(f)) files.add(InputFile.of(f, f.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                            : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot read: " + e.getMessage();
                    problems.add(InputFile.missing(f.toString(), why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(InputFile.missing(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        // an empty inbox (or a folder named like a report) must not pass for a run that found nothing to do
        if (files.isEmpty()) problems.add(0, InputFile.missing(dir.toString(), NO_REPORTS_IN_FOLDER));
        List<InputFile> all = new ArrayList<>(files);
        all.addAll(problems);
        return all;
    }

    private static boolean isReport(Path f) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$")) return false;
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
