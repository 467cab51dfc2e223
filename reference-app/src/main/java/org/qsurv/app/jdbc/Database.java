package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;
import org.qsurv.app.port.StoreException;

/**
 * The reference application's database: H2 in file mode (the default, {@value #DEFAULT_URL}) or
 * PostgreSQL ({@code jdbc:postgresql://host/db}), created and migrated to the current schema when
 * opened ({@link #openExisting} opens only one that qsurv has created). Close it to release its
 * connections (for H2, to close the database file).
 *
 * <pre>{@code
 * try (Database db = Database.open("jdbc:postgresql://127.0.0.1/qsurv?user=qsurv&password=...",
 *     Optional.empty(), Optional.empty())) {
 *   Ports ports = JdbcPorts.open(db, Clock.systemUTC());
 * }
 * }</pre>
 *
 * <p>For H2 the URL gets {@code WRITE_DELAY=0} unless it sets its own: by default H2 writes a
 * committed transaction to its file up to half a second later, and a process killed in that window
 * would lose it; with 0 every commit is in the file (in the operating system's cache) before
 * {@code commit()} returns, so {@code kill -9} loses no committed decision.
 */
public final class Database implements AutoCloseable {
  /** The default database: an H2 file under {@code ./qsurv-data}, relative to the working directory. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./qsurv-data/qsurv";

  /** The database products the schema is written for. */
  public enum Dialect {
    H2,
    POSTGRESQL
  }

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String description;
  private final AutoCloseable onClose;
  private final int migrationsApplied;

  private Database(DataSource dataSource, Dialect dialect, String description,
      AutoCloseable onClose, boolean mustHoldSchema) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.description = description;
    this.onClose = onClose;
    if (mustHoldSchema && !holdsSchema(dataSource)) {
      throw new StoreException("the database " + description + " holds no qsurv data (its "
          + "schema was never created): check --db; `qsurv serve` or `qsurv import` creates one");
    }
    this.migrationsApplied = migrate(dataSource);
  }

  /**
   * Opens the database at {@code url}, creating it if it does not exist, and migrates it to the
   * current schema.
   *
   * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; a PostgreSQL URL may carry
   *     {@code user} and {@code password} parameters
   * @param user the user, where not in the URL (H2's default is {@code sa})
   * @param password the password, where not in the URL
   * @throws IllegalArgumentException if the URL is of neither kind
   * @throws StoreException if the database cannot be opened or migrated
   */
  public static Database open(String url, Optional<String> user, Optional<String> password) {
    return open(url, user, password, false);
  }

  /**
   * Opens the database at {@code url}, which must exist and hold qsurv's schema, and migrates it
   * to the current schema: for commands that only read, where a mistyped URL must not quietly
   * give a new, empty database and an empty answer (an audit that finds "nothing to verify").
   *
   * @throws StoreException if there is no database at {@code url}, or it holds no qsurv schema
   * @see #open(String, Optional, Optional)
   */
  public static Database openExisting(String url, Optional<String> user,
      Optional<String> password) {
    return open(url, user, password, true);
  }

  private static Database open(String url, Optional<String> user, Optional<String> password,
      boolean mustExist) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:h2:")) {
      String h2Url = withH2Defaults(url);
      if (mustExist && !h2Url.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=")) {
        h2Url = h2Url + ";IFEXISTS=TRUE";
      }
      JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url, user.orElse("sa"),
          password.orElse(""));
      pool.setMaxConnections(32);
      try {
        checkReachable(pool, url);
        return new Database(pool, Dialect.H2, redact(url), pool::dispose, mustExist);
      } catch (RuntimeException e) {
        pool.dispose();
        throw e;
      }
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      user.ifPresent(pg::setUser);
      password.ifPresent(pg::setPassword);
      // Sends each JDBC batch as multi-row INSERTs: several times faster for large imports.
      pg.setReWriteBatchedInserts(true);
      pg.setApplicationName("qsurv");
      return new Database(pg, Dialect.POSTGRESQL, redact(url), () -> { }, mustExist);
    }
    throw new IllegalArgumentException("database URL must start jdbc:h2: or jdbc:postgresql: but was "
        + redact(url));
  }

  /**
   * The database behind a data source the caller owns (an embedding system's pool), migrated to the
   * current schema. Closing the returned {@code Database} does not close the data source.
   *
   * @throws StoreException if the database is neither H2 nor PostgreSQL, or cannot be migrated
   */
  public static Database of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
    }
    Dialect dialect;
    if (product.equalsIgnoreCase("H2")) {
      dialect = Dialect.H2;
    } else if (product.equalsIgnoreCase("PostgreSQL")) {
      dialect = Dialect.POSTGRESQL;
    } else {
      throw new StoreException("qsurv's schema is written for H2 and PostgreSQL, not " + product);
    }
    return new Database(dataSource, dialect, product + " (caller's data source)", () -> { },
        false);
  }

  /** Fails with a plain message when the database cannot be opened at all. */
  private static void checkReachable(DataSource dataSource, String url) {
    try (Connection c = dataSource.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new StoreException("the H2 database " + redact(url) + " is open in another process "
            + "(perhaps `qsurv serve`): stop that process first, or use PostgreSQL, which several "
            + "processes can share", e);
      }
      if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
        throw new StoreException("there is no database at " + redact(url) + ": check --db; "
            + "`qsurv serve` or `qsurv import` creates one", e);
      }
      throw new StoreException("cannot open the database " + redact(url) + ": " + e.getMessage(),
          e);
    }
  }

  /** Where the connections come from. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Which database product this is. */
  public Dialect dialect() {
    return dialect;
  }

  /** How many migrations opening it applied: the whole schema when the database was new. */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /** The URL, with any password removed, for messages. */
  @Override
  public String toString() {
    return description;
  }

  @Override
  public void close() {
    try {
      onClose.close();
    } catch (Exception e) {
      throw new StoreException("cannot close the database: " + e.getMessage(), e);
    }
  }

  static String withH2Defaults(String url) {
    return url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=") ? url
        : url + ";WRITE_DELAY=0";
  }

  /** The URL without the value of any password parameter. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Whether qsurv's schema was ever created in the database: Flyway has applied a migration. */
  private static boolean holdsSchema(DataSource dataSource) {
    try {
      return flyway(dataSource).info().applied().length > 0;
    } catch (FlywayException e) {
      throw new StoreException("cannot read the database's schema history: " + e.getMessage(), e);
    }
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .loggers(FlywayLog.class.getName())
        .load();
  }

  private static int migrate(DataSource dataSource) {
    try {
      return flyway(dataSource).migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the database: " + e.getMessage(), e);
    }
  }

  /**
   * Flyway's log, which Flyway instantiates by name (so it must be public): silent but for errors
   * and real warnings, on stderr (standard output belongs to the commands, which may be writing CSV
   * or JSON there). Not for other uses.
   */
  public static final class FlywayLog implements LogCreator, Log {
    @Override
    public Log createLogger(Class<?> type) {
      return this;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {
      System.err.println("flyway: " + message);
    }

    @Override
    public void error(String message) {
      System.err.println("flyway: " + message);
    }

    @Override
    public void error(String message, Exception e) {
      System.err.println("flyway: " + message + ": " + e);
    }

    @Override
    public void notice(String message) {}
  }
}
