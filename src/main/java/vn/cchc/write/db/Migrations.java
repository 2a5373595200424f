package vn.cchc.write.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the warehouse schema with Flyway: numbered SQL scripts under
 * {@code db/migration/sqlite} and {@code db/migration/postgresql} (one set per database, the same tables), applied
 * in order once each and recorded in {@code flyway_schema_history}. A database made by an older cchc is brought up
 * to date on the next run; Flyway takes a lock on PostgreSQL so two loaders starting together migrate once.
 */
final class Migrations {
    private Migrations() {
    }

    /** Applies what is missing; returns the number of scripts applied. */
    static int migrate(DataSource ds, Dialect dialect, String schema) {
        return migrate(ds, dialect, schema, null);
    }

    /** Up to and including {@code version} (null: all); tests use it to make a database of an older cchc. */
    static int migrate(DataSource ds, Dialect dialect, String schema, String version) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration/" + dialect.migrations)
                .loggers("slf4j");
        if (dialect == Dialect.POSTGRESQL) config = config.schemas(schema).createSchemas(true);
        if (version != null) config = config.target(version);
        MigrateResult result = config.load().migrate();
        return result.migrationsExecuted;
    }
}
