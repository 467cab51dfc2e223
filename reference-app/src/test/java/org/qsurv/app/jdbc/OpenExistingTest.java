package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.qsurv.app.port.StoreException;

/**
 * {@link Database#openExisting}, which the commands that only read use (export, verify-audit): it
 * opens a database that holds qsurv's schema, and refuses one that does not, on H2 and PostgreSQL,
 * without creating anything in it. A mistyped --db must not give a new, empty database and an
 * empty answer.
 */
class OpenExistingTest {
  @OnEveryDatabase
  void aDatabaseWithQsurvsSchemaOpensAndOneWithoutIsRefusedAndLeftEmpty(DatabaseKind kind)
      throws SQLException {
    try (TestDatabase db = kind.open()) {
      db.release();
      Database.openExisting(db.url(), Optional.empty(), Optional.empty()).close();

      String empty = emptyBeside(db, kind);
      try {
        StoreException refused = assertThrows(StoreException.class,
            () -> Database.openExisting(empty, Optional.empty(), Optional.empty()));
        assertTrue(refused.getMessage().contains("holds no qsurv data"), refused.getMessage());
        assertEquals(0, tables(empty), "nothing was created in it");
      } finally {
        dropEmpty(db, kind, empty);
      }
    }
  }

  /** An empty database (H2: a new file beside it; PostgreSQL: a new, empty schema). */
  private static String emptyBeside(TestDatabase db, DatabaseKind kind) throws SQLException {
    if (kind == DatabaseKind.H2) {
      String url = db.url() + "-empty";
      DriverManager.getConnection(url, "sa", "").close();
      return url;
    }
    String schema = "qsurv_empty_" + UUID.randomUUID().toString().replace("-", "")
        .substring(0, 12);
    execute(db.url(), "CREATE SCHEMA " + schema);
    return db.url().replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
  }

  private static void dropEmpty(TestDatabase db, DatabaseKind kind, String url)
      throws SQLException {
    if (kind == DatabaseKind.POSTGRESQL) {
      execute(db.url(), "DROP SCHEMA " + url.replaceAll(".*currentSchema=([^&]*).*", "$1")
          + " CASCADE");
    }
  }

  private static int tables(String url) throws SQLException {
    try (Connection c = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
        : DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
            + "WHERE table_schema = CURRENT_SCHEMA")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void execute(String url, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
