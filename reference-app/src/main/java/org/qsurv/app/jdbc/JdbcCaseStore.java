package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.qsurv.app.port.CaseConflictException;
import org.qsurv.app.port.CaseId;
import org.qsurv.app.port.CaseStore;
import org.qsurv.app.port.StoreException;
import org.qsurv.app.port.StoredEvent;

/**
 * The {@link CaseStore} in the {@code escalation_case} and {@code case_event} tables.
 *
 * <p>An append runs in one transaction: it locks the case's row ({@code SELECT ... FOR UPDATE}),
 * compares the version, inserts the events with the next sequence numbers and moves the version
 * and the head hash. A second writer that read the same version waits for the first's lock and
 * then finds the version moved on: a {@link CaseConflictException}. Two writers creating the same
 * case collide on its primary key: the second gets the same exception. A lock that cannot be had in
 * the database's lock timeout is reported the same way, as someone else changing the case.
 */
final class JdbcCaseStore implements CaseStore {
  private final Sql sql;
  private final DataSource dataSource;

  JdbcCaseStore(Sql sql, DataSource dataSource) {
    this.sql = sql;
    this.dataSource = dataSource;
  }

  @Override
  public ImmutableList<CaseId> cases() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT case_id FROM escalation_case ORDER BY case_id");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<CaseId> all = ImmutableList.builder();
        while (r.next()) {
          all.add(CaseId.of(r.getString(1)));
        }
        return all.build();
      }
    });
  }

  @Override
  public long version(CaseId id) {
    return sql.read(c -> version(c, id, false));
  }

  private static long version(Connection c, CaseId id, boolean lock) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM escalation_case "
        + "WHERE case_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  @Override
  public ImmutableList<StoredEvent> events(CaseId id) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT event_type, payload, occurred_at, "
          + "recorded_by, hash, previous_hash FROM case_event WHERE case_id = ? ORDER BY seq")) {
        s.setString(1, id.value());
        ImmutableList.Builder<StoredEvent> all = ImmutableList.builder();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            all.add(new StoredEvent(r.getString(1), r.getString(2),
                r.getObject(3, OffsetDateTime.class).toInstant(), r.getString(4), r.getString(5),
                r.getString(6)));
          }
        }
        return all.build();
      }
    });
  }

  @Override
  public long append(CaseId id, long expectedVersion, List<StoredEvent> events) {
    Objects.requireNonNull(id, "case id");
    checkAppend(id, expectedVersion, events);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long newVersion = appendOn(c, id, expectedVersion, events);
        Sql.moveDataVersion(c);
        c.commit();
        return newVersion;
      } catch (SQLException e) {
        c.rollback();
        if (Sql.isIntegrityViolation(e) || Sql.isContention(e)) {
          // Someone else created or appended to the case between our read and our write.
          throw new CaseConflictException(id, expectedVersion, -1);
        }
        throw e;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database failure appending to case " + id + ": " + e.getMessage(),
          e);
    }
  }

  private static void checkAppend(CaseId id, long expectedVersion, List<StoredEvent> events) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version must be 0 or more but was "
          + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("an append to case " + id + " needs at least one event");
    }
    for (int i = 1; i < events.size(); i++) {
      if (!events.get(i).previousHash().equals(events.get(i - 1).hash())) {
        throw new IllegalArgumentException("event " + (i + 1) + " of the append to case " + id
            + " does not chain from the event before it: its previous hash "
            + events.get(i).previousHash() + " is not " + events.get(i - 1).hash());
      }
    }
  }

  /**
   * Appends on the caller's transaction, which the caller commits or rolls back: the import's
   * sink uses it to record an import's case events with the rest of the import.
   *
   * @throws CaseConflictException if the case is no longer at {@code expectedVersion}
   */
  static long appendOn(Connection c, CaseId id, long expectedVersion, List<StoredEvent> events)
      throws SQLException {
    checkAppend(id, expectedVersion, events);
    long newVersion = expectedVersion + events.size();
    String headHash = events.get(events.size() - 1).hash();
    if (expectedVersion == 0) {
      create(c, id, newVersion, headHash);
    } else {
      advance(c, id, expectedVersion, newVersion, events.get(0), headHash);
    }
    insertEvents(c, id, expectedVersion, events);
    return newVersion;
  }

  private static void create(Connection c, CaseId id, long newVersion, String headHash)
      throws SQLException {
    long existing = version(c, id, false);
    if (existing != 0) {
      throw new CaseConflictException(id, 0, existing);
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO escalation_case (case_id, version, head_hash) VALUES (?, ?, ?)")) {
      s.setString(1, id.value());
      s.setLong(2, newVersion);
      s.setString(3, headHash);
      s.executeUpdate();
    }
  }

  private static void advance(Connection c, CaseId id, long expectedVersion, long newVersion,
      StoredEvent first, String headHash) throws SQLException {
    String currentHead;
    long actual;
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version, head_hash FROM escalation_case WHERE case_id = ? FOR UPDATE")) {
      s.setString(1, id.value());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new CaseConflictException(id, expectedVersion, 0);
        }
        actual = r.getLong(1);
        currentHead = r.getString(2);
      }
    }
    if (actual != expectedVersion) {
      throw new CaseConflictException(id, expectedVersion, actual);
    }
    if (!first.previousHash().equals(currentHead)) {
      throw new IllegalArgumentException("the append to case " + id + " does not chain from its "
          + "last event: its first previous hash " + first.previousHash() + " is not "
          + currentHead);
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE escalation_case SET version = ?, "
        + "head_hash = ? WHERE case_id = ? AND version = ?")) {
      s.setLong(1, newVersion);
      s.setString(2, headHash);
      s.setString(3, id.value());
      s.setLong(4, expectedVersion);
      if (s.executeUpdate() != 1) {
        throw new CaseConflictException(id, expectedVersion, -1);
      }
    }
  }

  private static void insertEvents(Connection c, CaseId id, long expectedVersion,
      List<StoredEvent> events) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO case_event (case_id, seq, "
        + "event_type, payload, occurred_at, recorded_by, hash, previous_hash) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      long seq = expectedVersion;
      for (StoredEvent e : events) {
        s.setString(1, id.value());
        s.setLong(2, ++seq);
        s.setString(3, e.type());
        s.setString(4, e.payload());
        s.setObject(5, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
        s.setString(6, e.recordedBy());
        s.setString(7, e.hash());
        s.setString(8, e.previousHash());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
