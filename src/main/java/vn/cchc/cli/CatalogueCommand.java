package vn.cchc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.catalogue.Catalogue;
import vn.cchc.catalogue.CatalogueException;
import vn.cchc.catalogue.CatalogueFiles;
import vn.cchc.pipeline.ExitCodes;

@Command(name = "catalogue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = CatalogueSuggestCommand.class,
        description = {"Prints the indicator catalogue: codes, sections, parents, names, units, kinds, rate formulas, "
                + "parts that add up and known wordings.",
                "Save it, edit it and pass it back with `cchc extract --catalogue FILE`."})
public final class CatalogueCommand implements Callable<Integer> {
    enum Format { csv, json }

    @ParentCommand
    CchcCommand parent;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Print (and so validate) this catalogue instead of the built-in one.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Catalogue c;
        try {
            c = file == null ? Catalogue.builtIn() : CatalogueFiles.load(file);
        } catch (CatalogueException e) {
            parent.err.println(vn.cchc.text.Printable.escape("cchc: catalogue: " + e.getMessage()));
            return ExitCodes.USAGE;
        }
        if (format == Format.json) CatalogueFiles.writeJson(c, parent.out);
        else CatalogueFiles.writeCsv(c, parent.out);
        parent.out.flush();
        return ExitCodes.OK;
    }
}
