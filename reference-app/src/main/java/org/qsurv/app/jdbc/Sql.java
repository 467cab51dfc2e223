package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.qsurv.app.port.StoreException;

/**
 * Runs work on a connection: reads with auto-commit, writes in one transaction that is rolled back
 * on any failure. Also the few conversions between column values and the domain's optional types.
 *
 * <p>Every write transaction ends by moving the database's data version on ({@link
 * #moveDataVersion}, table {@code data_version}, migration V5), so that every process reading the
 * database can see that something changed, whoever wrote it.
 */
final class Sql {
  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** One row as a value. */
  @FunctionalInterface
  interface Row<T> {
    T of(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;

  Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} outside a transaction (each statement commits on its own). */
  <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws
   * anything. A constraint the caller could have checked becomes an {@link IllegalArgumentException}.
   */
  <T> T write(Work<T> work) {
    return transaction(work, true);
  }

  /**
   * Runs {@code work} in one transaction, as {@link #write}, without moving the data version: for
   * writes that are not surveillance data (the API's tokens and call audit, V12), which must not
   * make every process evaluate the assessments again.
   */
  <T> T writeBookkeeping(Work<T> work) {
    return transaction(work, false);
  }

  private <T> T transaction(Work<T> work, boolean moveDataVersion) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        if (moveDataVersion) {
          moveDataVersion(c);
        }
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Moves the data version on, in the caller's write transaction: the last statement before its
   * commit, so the row lock it takes is held only for the commit (writers queue on it only that
   * long, and as no writer takes another lock after it, no two writers can deadlock on it). The
   * counter commits with the write or not at all, so a reader that sees the new number also sees
   * the write.
   */
  static void moveDataVersion(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE data_version SET version = version + 1 WHERE id = 1")) {
      if (s.executeUpdate() != 1) {
        throw new SQLException("the data_version row is missing (migration V5)");
      }
    }
  }

  /** The data version as committed now: one primary-key read. */
  long dataVersion() {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT version FROM data_version WHERE id = 1");
          ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the data_version row is missing (migration V5)");
        }
        return r.getLong(1);
      }
    });
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** A failed statement as the port's exception. */
  static RuntimeException failure(SQLException e) {
    if (isIntegrityViolation(e)) {
      return new IllegalArgumentException("the database refused the write: " + e.getMessage(), e);
    }
    return new StoreException("database failure: " + e.getMessage(), e);
  }

  /** SQL state class 23: a constraint (unique key, foreign key, check) refused the write. */
  static boolean isIntegrityViolation(SQLException e) {
    String state = sqlState(e);
    return state != null && state.startsWith("23");
  }

  /**
   * The SQL state of the failure: a batch reports it on the exception it chains (JDBC's
   * {@code getNextException}) or on its cause rather than on itself.
   */
  static String sqlState(SQLException e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++) {
      if (t instanceof SQLException) {
        SQLException s = (SQLException) t;
        if (s.getSQLState() != null) {
          return s.getSQLState();
        }
        if (s.getNextException() != null) {
          t = s.getNextException();
          continue;
        }
      }
      t = t.getCause();
    }
    return null;
  }

  /** A lock wait timed out, or the database chose this transaction as a deadlock or serialisation victim. */
  static boolean isContention(SQLException e) {
    String state = sqlState(e);
    return state != null && (state.equals("HYT00") || state.equals("40001") || state.equals("40P01")
        || state.equals("55P03"));
  }

  static void setOptional(PreparedStatement s, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setString(index, value.get());
    } else {
      s.setNull(index, Types.VARCHAR);
    }
  }

  static void setOptional(PreparedStatement s, int index, OptionalDouble value)
      throws SQLException {
    if (value.isPresent()) {
      s.setDouble(index, value.getAsDouble());
    } else {
      s.setNull(index, Types.DOUBLE);
    }
  }

  static void setOptional(PreparedStatement s, int index, OptionalLong value)
      throws SQLException {
    if (value.isPresent()) {
      s.setLong(index, value.getAsLong());
    } else {
      s.setNull(index, Types.BIGINT);
    }
  }

  static void setInteger(PreparedStatement s, int index, Optional<Integer> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setInt(index, value.get());
    } else {
      s.setNull(index, Types.INTEGER);
    }
  }

  static void setDate(PreparedStatement s, int index, Optional<LocalDate> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setObject(index, value.get());
    } else {
      s.setNull(index, Types.DATE);
    }
  }

  static Optional<String> optionalString(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static OptionalDouble optionalDouble(ResultSet r, String column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static Optional<Integer> optionalInt(ResultSet r, String column) throws SQLException {
    int i = r.getInt(column);
    return r.wasNull() ? Optional.empty() : Optional.of(i);
  }

  static Optional<LocalDate> optionalDate(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getObject(column, LocalDate.class));
  }

  static LocalDate date(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  /** Those of {@code values} found in {@code table.column}, asking {@code perQuery} at a time. */
  static java.util.List<String> existing(Connection c, String table, String column,
      java.util.List<String> values, int perQuery) throws SQLException {
    java.util.List<String> found = new java.util.ArrayList<>();
    for (int from = 0; from < values.size(); from += perQuery) {
      java.util.List<String> chunk = values.subList(from, Math.min(values.size(), from + perQuery));
      try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM " + table
          + " WHERE " + column + " IN (" + placeholders(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            found.add(r.getString(1));
          }
        }
      }
    }
    return found;
  }

  /** The rows {@code select} finds, with its one parameter if present, each as a value. */
  static <T> ImmutableList<T> rows(Connection c, String select, Optional<String> parameter,
      Row<T> row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      if (parameter.isPresent()) {
        s.setString(1, parameter.get());
      }
      ImmutableList.Builder<T> all = ImmutableList.builder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(row.of(r));
        }
      }
      return all.build();
    }
  }

  /**
   * Locks the row of {@code table} whose {@code id} is {@code id}, on the caller's transaction: of
   * two writers adding a later fact to one record, the second finds the first's.
   *
   * @throws IllegalArgumentException "{@code what} {@code id} is not recorded" if there is none
   */
  static void lock(Connection c, String table, String id, String what) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException(what + " " + id + " is not recorded");
        }
      }
    }
  }

  /** {@code ?, ?, ?} for {@code n} parameters. */
  static String placeholders(int n) {
    StringBuilder b = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "?" : ", ?");
    }
    return b.toString();
  }
}
