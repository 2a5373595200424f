package vn.cchc.pipeline;

import java.nio.file.Path;

/**
 * One input to process, or one that could not even be found.
 *
 * @param path    the file (null when {@code error} is set)
 * @param display how to name it in output and messages
 * @param error   why this input cannot be processed (missing path, unreadable folder), or null
 */
public record InputFile(Path path, String display, String error) {
    public static InputFile of(Path path, String display) {
        return new InputFile(path, display, null);
    }

    public static InputFile missing(String display, String error) {
        return new InputFile(null, display, error);
    }
}
