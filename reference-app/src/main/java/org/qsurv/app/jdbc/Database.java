package org.qsurv.app.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.qsurv.app.port.StoreException;

/**
 * The reference application's database: H2 in file mode (the default, {@value #DEFAULT_URL}) or
 * PostgreSQL ({@code jdbc:postgresql://host/db}), created and migrated to the current schema when
 * opened ({@link #openExisting} opens only one that qsurv has created), its connections held in a
 * HikariCP pool. Close it to close the pool (for H2, to close the database file).
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

  /**
   * Connections in the pool unless told otherwise: HikariCP's own default, and more than a quality
   * team's requests, an import and the health check use at once (a page holds one for a few
   * milliseconds). PostgreSQL's own default limit is 100 connections for every client together.
   *
   * @since 1.0.0
   */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** The most connections a pool may be given: beyond it, the database's limits bite first. */
  public static final int MAX_POOL_SIZE = 100;

  /** How long a request waits for a free connection before it fails with a clear error. */
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

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
    return open(url, user, password, DEFAULT_POOL_SIZE, mustExist);
  }

  /**
   * Opens the database at {@code url} as {@link #open(String, Optional, Optional)} does, with at
   * most {@code poolSize} connections.
   *
   * @throws IllegalArgumentException if the URL is of neither kind, or {@code poolSize} is not
   *     from 1 to {@value #MAX_POOL_SIZE}
   * @since 1.0.0
   */
  public static Database open(String url, Optional<String> user, Optional<String> password,
      int poolSize) {
    return open(url, user, password, poolSize, false);
  }

  private static Database open(String url, Optional<String> user, Optional<String> password,
      int poolSize, boolean mustExist) {
    Objects.requireNonNull(url, "url");
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException("poolSize must be from 1 to " + MAX_POOL_SIZE
          + " but was " + poolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("qsurv");
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    Dialect dialect;
    if (url.startsWith("jdbc:h2:")) {
      dialect = Dialect.H2;
      String h2Url = withH2Defaults(url);
      if (mustExist && !h2Url.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=")) {
        h2Url = h2Url + ";IFEXISTS=TRUE";
      }
      config.setDriverClassName(org.h2.Driver.class.getName());
      config.setJdbcUrl(h2Url);
      config.setUsername(user.orElse("sa"));
      config.setPassword(password.orElse(""));
      // An embedded database has no server or firewall that drops idle connections, and H2
      // closes its file when the last connection closes: the pool keeps its connections for the
      // life of the process rather than retiring them every 30 minutes.
      config.setMaxLifetime(0);
      config.setIdleTimeout(0);
    } else if (url.startsWith("jdbc:postgresql:")) {
      dialect = Dialect.POSTGRESQL;
      config.setDriverClassName(org.postgresql.Driver.class.getName());
      config.setJdbcUrl(url);
      user.ifPresent(config::setUsername);
      password.ifPresent(config::setPassword);
      // Sends each JDBC batch as multi-row INSERTs: several times faster for large imports.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      config.addDataSourceProperty("ApplicationName", "qsurv");
      // A server may be slow to answer or not there yet: the pool starts, and the first use
      // (checkReachable, below) says why it cannot connect.
    } else {
      throw new IllegalArgumentException("database URL must start jdbc:h2: or jdbc:postgresql: "
          + "but was " + redact(url));
    }
    // The pool opens no connection while it is built, so that checkReachable reports the cause.
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      checkReachable(pool, url);
      return new Database(pool, dialect, redact(url), pool::close, mustExist);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
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
    } catch (SQLException thrown) {
      // The pool reports a failed connection as a timeout whose cause is the driver's own error.
      SQLException e = thrown.getCause() instanceof SQLException cause ? cause : thrown;
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

  /**
   * Checks that the database answers a query now, within about {@code timeout} once a connection
   * is free (the pool waits up to five seconds for one): for the health check, which must tell a
   * load balancer that this instance cannot serve before users find out.
   *
   * @throws StoreException saying why it does not answer
   * @since 1.0.0
   */
  public void ping(Duration timeout) {
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(seconds);
      s.execute("SELECT 1");
    } catch (SQLException e) {
      throw new StoreException("the database does not answer: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a consistent copy of an H2 database to {@code file} as SQL ({@code SCRIPT TO}), while it
   * is in use: the schema, every row and Flyway's history, so that the copy restores to the same
   * schema version. Restore it into a new, empty database with H2's own tool (in
   * {@code qsurv.jar}): {@code java -cp qsurv.jar org.h2.tools.RunScript -url URL -user sa -script
   * FILE}. A PostgreSQL database is backed up with {@code pg_dump}, which knows its server.
   *
   * @throws StoreException if this is not H2, or the file cannot be written
   * @since 1.0.0
   */
  public void backupTo(java.nio.file.Path file) {
    if (dialect != Dialect.H2) {
      throw new StoreException("qsurv backs up H2 databases; back up PostgreSQL with pg_dump "
          + "(see docs/operations.md)");
    }
    try (Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s = c.prepareStatement("SCRIPT TO ?")) {
      s.setString(1, file.toAbsolutePath().toString());
      s.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot back up the database to " + file + ": " + e.getMessage(),
          e);
    }
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
    return migrations(dataSource).load();
  }

  /** qsurv's migrations: the SQL scripts in {@code db/migration} and the Java ones (V17). */
  static FluentConfiguration migrations(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new ObservationBlocksMigration())
        .loggers(FlywayLog.class.getName());
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
