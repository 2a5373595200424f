package vn.cchc.model;

import java.nio.file.Path;

/**
 * What identifies an input file beyond the name it was given by: a sink that keys on content (the database) needs
 * it, the text formats do not.
 *
 * @param absolutePath the file's absolute path, independent of the working directory
 * @param sha256       SHA-256 of the file's bytes, hexadecimal: the same report copied or renamed has the same one
 * @param bytes        the file's size
 * @param pages        the number of pages of a paged format (PDF), or null
 */
public record SourceFile(Path absolutePath, String sha256, long bytes, Integer pages) {
}
