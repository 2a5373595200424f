package vn.cchc.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --catalogue FILE}: a user's indicator catalogue instead of the built-in one. */
final class CatalogueOption {
    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Match rows against this indicator catalogue (CSV or JSON, as `cchc catalogue` prints) instead of the built-in one.")
    Path catalogue;
}
