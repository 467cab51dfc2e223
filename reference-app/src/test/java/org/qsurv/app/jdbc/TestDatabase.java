package org.qsurv.app.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test: an H2 file in a temporary directory, or a new schema in the
 * PostgreSQL named by the environment variable {@value #POSTGRES_URL_VARIABLE} (a JDBC URL with
 * user and password; {@code .ci/run} starts one). Closing it closes the database and deletes what
 * it held.
 */
public final class TestDatabase implements AutoCloseable {
  /** The environment variable that names a PostgreSQL for the tests. */
  public static final String POSTGRES_URL_VARIABLE = "QSURV_TEST_POSTGRES_URL";

  private final String url;
  private final Runnable cleanUp;
  private Database database;

  private TestDatabase(String url, Runnable cleanUp) {
    this.url = url;
    this.cleanUp = cleanUp;
    this.database = Database.open(url, Optional.empty(), Optional.empty());
  }

  /** The URL, for a child process that opens the same database. */
  public String url() {
    return url;
  }

  /** The open database; opened again if {@link #release()} closed it. */
  public Database database() {
    if (database == null) {
      database = Database.open(url, Optional.empty(), Optional.empty());
    }
    return database;
  }

  /**
   * A plain data source for the same database, for a test that must reach under the ports (an
   * older schema version, a raw count); it signs in as {@link Database#open} does.
   */
  public javax.sql.DataSource rawDataSource() {
    if (url.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser("sa");
      h2.setPassword("");
      return h2;
    }
    org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
    pg.setURL(url);
    return pg;
  }

  /**
   * Closes this process's connections but keeps the data, so that another process can open an H2
   * file (which one process at a time may hold); {@link #database()} opens it again.
   */
  public void release() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  /** A new H2 file database in a new temporary directory. */
  public static TestDatabase h2() {
    Path dir = temporaryDirectory();
    return new TestDatabase("jdbc:h2:file:" + dir.resolve("qsurv").toAbsolutePath(),
        () -> deleteRecursively(dir));
  }

  /** The PostgreSQL of {@value #POSTGRES_URL_VARIABLE}, if set. */
  public static Optional<String> postgresUrl() {
    return Optional.ofNullable(System.getenv(POSTGRES_URL_VARIABLE)).filter(s -> !s.isBlank());
  }

  /** A new, empty schema in the PostgreSQL of {@value #POSTGRES_URL_VARIABLE}. */
  public static TestDatabase postgres() {
    String base = postgresUrl().orElseThrow(() -> new IllegalStateException(
        POSTGRES_URL_VARIABLE + " is not set"));
    String schema = "qsurv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(url, () -> execute(base, "DROP SCHEMA " + schema + " CASCADE"));
  }

  @Override
  public void close() {
    release();
    cleanUp.run();
  }

  private static void execute(String url, String statement) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + statement + ": " + e.getMessage(), e);
    }
  }

  public static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("qsurv-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
