package org.qsurv.app.cli;

import java.util.Optional;
import org.qsurv.app.jdbc.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db} options every command that opens the database shares. */
final class DatabaseOptions {
  @Option(names = "--db", paramLabel = "URL",
      defaultValue = "${env:QSURV_DB_URL:-" + Database.DEFAULT_URL + "}",
      description = "The database: an H2 file or PostgreSQL, e.g. "
          + "jdbc:postgresql://127.0.0.1/qsurv (default: ${DEFAULT-VALUE}). serve and import "
          + "create and migrate it on first use; export and verify-audit need one that exists. "
          + "Env: QSURV_DB_URL.")
  String url;

  @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:QSURV_DB_USER}",
      description = "Database user, if not in the URL (H2: sa). Env: QSURV_DB_USER.")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      defaultValue = "${env:QSURV_DB_PASSWORD}",
      description = "Database password, if not in the URL. Env: QSURV_DB_PASSWORD (safer than "
          + "the option, which other users of the machine can see in the process list).")
  String password;

  @Option(names = "--db-pool-size", paramLabel = "N",
      defaultValue = "${env:QSURV_DB_POOL_SIZE:-" + Database.DEFAULT_POOL_SIZE + "}",
      description = "The most database connections held open (1 to " + Database.MAX_POOL_SIZE
          + "; default: ${DEFAULT-VALUE}). Env: QSURV_DB_POOL_SIZE.")
  int poolSize;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The database, created and migrated if it is new (serve, import). */
  Database open() {
    if (poolSize < 1 || poolSize > Database.MAX_POOL_SIZE) {
      throw new ParameterException(spec.commandLine(), EnvironmentDefaults.source(spec,
          "--db-pool-size") + " must be from 1 to " + Database.MAX_POOL_SIZE + " but was "
          + poolSize);
    }
    return Database.open(url, Optional.ofNullable(user), Optional.ofNullable(password), poolSize);
  }

  /** The database, which must exist and hold qsurv's data (export, verify-audit). */
  Database openExisting() {
    return Database.openExisting(url, Optional.ofNullable(user), Optional.ofNullable(password));
  }
}
