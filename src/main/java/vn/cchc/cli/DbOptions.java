package vn.cchc.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.cchc.pipeline.DbLoad;
import vn.cchc.write.db.DbTarget;

/** {@code --db} and its connection options: where {@code extract} loads the run. */
final class DbOptions {
    @Option(names = "--db", paramLabel = "TARGET",
            description = "Load the run into a database: an SQLite file (created on first use) or a JDBC URL "
                    + "(jdbc:sqlite:FILE, jdbc:postgresql://HOST:PORT/DB). One transaction per report; loading "
                    + "the same report again changes nothing. Records go to -o or standard output too only with "
                    + "-o or --format.")
    String db;

    @Option(names = "--db-user", paramLabel = "NAME",
            description = "PostgreSQL user (default: the URL's user=, then PGUSER).")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "Read the PostgreSQL password from the first line of FILE (default: the URL's "
                    + "password=, then PGPASSWORD).")
    Path dbPasswordFile;

    @Option(names = "--db-schema", paramLabel = "NAME", defaultValue = DbTarget.DEFAULT_SCHEMA,
            description = "PostgreSQL schema of the tables (default: ${DEFAULT-VALUE}).")
    String dbSchema;

    /**
     * The load {@code --db} asks for, or null without it.
     *
     * @param incremental {@code --incremental} was given (with {@code --db}, without a state file)
     * @param textOutput  records also go to {@code -o} or standard output
     */
    DbLoad load(CommandSpec spec, boolean incremental, boolean textOutput) throws IOException {
        if (db == null) {
            if (dbUser != null || dbPasswordFile != null) {
                throw new ParameterException(spec.commandLine(), "--db-user and --db-password-file go with --db");
            }
            return null;
        }
        DbTarget target;
        try {
            target = DbTarget.parse(db, dbUser, dbPasswordFile, dbSchema, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--db-password-file " + dbPasswordFile + ": no such file");
        }
        String arguments = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return new DbLoad(target, arguments, incremental, textOutput);
    }
}
