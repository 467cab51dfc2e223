package org.qsurv.app.cli;

import java.util.Optional;
import org.qsurv.app.jdbc.Database;
import picocli.CommandLine.Option;

/** The {@code --db} options every command that opens the database shares. */
final class DatabaseOptions {
  @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT_URL,
      description = "The database: an H2 file (default: ${DEFAULT-VALUE}, i.e. under "
          + "./qsurv-data) or PostgreSQL, e.g. jdbc:postgresql://127.0.0.1/qsurv. serve and import "
          + "create and migrate it on first use; export and verify-audit need one that exists.")
  String url;

  @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:QSURV_DB_USER}",
      description = "Database user, if not in the URL (default: $QSURV_DB_USER; H2: sa).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      defaultValue = "${env:QSURV_DB_PASSWORD}",
      description = "Database password, if not in the URL (default: $QSURV_DB_PASSWORD).")
  String password;

  /** The database, created and migrated if it is new (serve, import). */
  Database open() {
    return Database.open(url, Optional.ofNullable(user), Optional.ofNullable(password));
  }

  /** The database, which must exist and hold qsurv's data (export, verify-audit). */
  Database openExisting() {
    return Database.openExisting(url, Optional.ofNullable(user), Optional.ofNullable(password));
  }
}
