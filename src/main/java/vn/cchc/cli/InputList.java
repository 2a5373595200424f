package vn.cchc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/** The list of inputs of {@code --files-from}: one name a line, or NUL-separated ({@code -0}, for find -print0). */
final class InputList {
    private InputList() {
    }

    static List<String> read(String from, InputStream stdin, boolean nul) throws IOException {
        byte[] bytes;
        try {
            bytes = from.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(from));
        } catch (NoSuchFileException e) {
            throw new IOException("--files-from " + from + ": no such file");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String name : text.split(nul ? "\u0000" : "\r?\n")) {
            // empty entries (a trailing separator, blank lines) name nothing
            if (!name.isEmpty() && !(!nul && name.isBlank())) names.add(name);
        }
        return names;
    }
}
