package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.ContractMeetings;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.ContractMeetingId;
import org.qsurv.model.contract.ContractMeetingKind;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@link ContractMeetings} in the {@code contract_meeting} table, their action logs in
 * {@code meeting_action} (migration V7). A meeting row is written once; actions are added to its
 * log, and an action's completion is its one update, from no date to one.
 */
final class JdbcContractMeetings implements ContractMeetings {
  private final Sql sql;

  JdbcContractMeetings(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<ContractMeeting> meetings() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<ContractMeeting> meetings(OrganisationCode provider) {
    return sql.read(c -> query(c, " WHERE provider_code = ?", Optional.of(provider.value())));
  }

  @Override
  public Optional<ContractMeeting> meeting(ContractMeetingId id) {
    return sql.read(c -> meeting(c, id));
  }

  private static Optional<ContractMeeting> meeting(Connection c, ContractMeetingId id)
      throws SQLException {
    return query(c, " WHERE id = ?", Optional.of(id.value())).stream().findFirst();
  }

  private static ImmutableList<ContractMeeting> query(Connection c, String where,
      Optional<String> parameter) throws SQLException {
    ImmutableListMultimap.Builder<String, MeetingAction> actions = ImmutableListMultimap.builder();
    Sql.rows(c, "SELECT meeting_id, id, description, owner, due, completed FROM meeting_action "
        + "WHERE meeting_id IN (SELECT id FROM contract_meeting" + where + ") ORDER BY seq",
        parameter, r -> Map.entry(r.getString("meeting_id"), new MeetingAction(
            ActionId.of(r.getString("id")), r.getString("description"), r.getString("owner"),
            Sql.date(r, "due"), Sql.optionalDate(r, "completed"))))
        .forEach(actions::put);
    ImmutableListMultimap<String, MeetingAction> byMeeting = actions.build();
    return Sql.rows(c, "SELECT id, provider_code, kind, meeting_date, held, reason_not_held "
        + "FROM contract_meeting" + where + " ORDER BY seq", parameter, r -> new ContractMeeting(
            ContractMeetingId.of(r.getString("id")),
            OrganisationCode.of(r.getString("provider_code")),
            ContractMeetingKind.valueOf(r.getString("kind")), Sql.date(r, "meeting_date"),
            r.getBoolean("held"), Sql.optionalString(r, "reason_not_held"),
            byMeeting.get(r.getString("id"))));
  }

  @Override
  public void record(ContractMeeting meeting) {
    sql.write(c -> {
      if (!Sql.existing(c, "contract_meeting", "id", List.of(meeting.id().value()), 1)
          .isEmpty()) {
        throw new IllegalArgumentException("meeting " + meeting.id() + " is already recorded");
      }
      requireNewActions(c, meeting.actions());
      insert(c, List.of(meeting), OptionalLong.empty());
      return null;
    });
  }

  @Override
  public ContractMeeting addAction(ContractMeetingId meeting, MeetingAction action) {
    return sql.write(c -> {
      Sql.lock(c, "contract_meeting", meeting.value(), "meeting");
      requireNewActions(c, List.of(action));
      insertActions(c, ImmutableListMultimap.of(meeting, action), OptionalLong.empty());
      return meeting(c, meeting).orElseThrow();
    });
  }

  @Override
  public ContractMeeting completeAction(ActionId action, LocalDate completed) {
    return sql.write(c -> {
      Sql.lock(c, "meeting_action", action.value(), "meeting action");
      OpenAction recorded = Sql.rows(c, "SELECT meeting_id, completed FROM meeting_action "
          + "WHERE id = ?", Optional.of(action.value()), r -> new OpenAction(
              ContractMeetingId.of(r.getString("meeting_id")), Sql.optionalDate(r, "completed")))
          .get(0);
      if (recorded.completed().isPresent()) {
        throw new IllegalArgumentException("meeting action " + action + " was already completed "
            + "on " + recorded.completed().get());
      }
      complete(c, Map.of(action, completed));
      return meeting(c, recorded.meeting()).orElseThrow();
    });
  }

  /** A recorded action's meeting and completion. */
  private record OpenAction(ContractMeetingId meeting, Optional<LocalDate> completed) {}

  private static void requireNewActions(Connection c, List<MeetingAction> actions)
      throws SQLException {
    List<String> recorded = Sql.existing(c, "meeting_action", "id",
        actions.stream().map(a -> a.id().value()).toList(), 100);
    if (!recorded.isEmpty()) {
      throw new IllegalArgumentException("meeting action " + recorded.get(0)
          + " is already recorded");
    }
  }

  /**
   * Records completions of open meeting actions in one batch, on the caller's transaction.
   *
   * @throws IllegalArgumentException if one is already completed (another writer completed it
   *     since the caller looked)
   */
  static void complete(Connection c, Map<ActionId, LocalDate> completions) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE meeting_action SET completed = ? WHERE id = ? AND completed IS NULL")) {
      for (Map.Entry<ActionId, LocalDate> e : completions.entrySet()) {
        s.setObject(1, e.getValue());
        s.setString(2, e.getKey().value());
        if (s.executeUpdate() != 1) {
          throw new IllegalArgumentException("meeting action " + e.getKey()
              + " is already completed");
        }
      }
    }
  }

  /** Inserts meetings and their actions in batches, on the caller's transaction. */
  static void insert(Connection c, List<ContractMeeting> meetings, OptionalLong importId)
      throws SQLException {
    if (meetings.isEmpty()) {
      return;
    }
    ImmutableListMultimap.Builder<ContractMeetingId, MeetingAction> actions =
        ImmutableListMultimap.builder();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO contract_meeting (id, "
        + "provider_code, kind, meeting_date, held, reason_not_held, import_id) VALUES ("
        + Sql.placeholders(7) + ")")) {
      for (ContractMeeting m : meetings) {
        s.setString(1, m.id().value());
        s.setString(2, m.provider().value());
        s.setString(3, m.kind().name());
        s.setObject(4, m.date());
        s.setBoolean(5, m.held());
        Sql.setOptional(s, 6, m.reasonNotHeld());
        Sql.setOptional(s, 7, importId);
        s.addBatch();
        actions.putAll(m.id(), m.actions());
      }
      s.executeBatch();
    }
    insertActions(c, actions.build(), importId);
  }

  /** Inserts actions into the logs of recorded meetings in one batch, on the caller's transaction. */
  static void insertActions(Connection c, ListMultimap<ContractMeetingId, MeetingAction> actions,
      OptionalLong importId) throws SQLException {
    if (actions.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting_action (id, meeting_id, "
        + "description, owner, due, completed, import_id) VALUES (" + Sql.placeholders(7) + ")")) {
      for (Map.Entry<ContractMeetingId, MeetingAction> e : actions.entries()) {
        MeetingAction a = e.getValue();
        s.setString(1, a.id().value());
        s.setString(2, e.getKey().value());
        s.setString(3, a.description());
        s.setString(4, a.owner());
        s.setObject(5, a.due());
        Sql.setDate(s, 6, a.completed());
        Sql.setOptional(s, 7, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
