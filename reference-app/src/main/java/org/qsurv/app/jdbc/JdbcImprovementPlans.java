package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.ImprovementPlans;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@link ImprovementPlans} in the {@code improvement_action} table (migration V6). Completing
 * an action is the table's one update, from no completion date to one.
 */
final class JdbcImprovementPlans implements ImprovementPlans {
  private static final String COLUMNS = "id, provider_code, description, owner, due, completed";

  private final Sql sql;

  JdbcImprovementPlans(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<ImprovementAction> actions() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<ImprovementAction> actions(OrganisationCode provider) {
    return sql.read(c -> query(c, " WHERE provider_code = ?", Optional.of(provider.value())));
  }

  @Override
  public Optional<ImprovementAction> action(ActionId id) {
    return sql.read(c -> action(c, id));
  }

  private static Optional<ImprovementAction> action(Connection c, ActionId id)
      throws SQLException {
    return query(c, " WHERE id = ?", Optional.of(id.value())).stream().findFirst();
  }

  private static ImmutableList<ImprovementAction> query(Connection c, String where,
      Optional<String> parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM improvement_action" + where + " ORDER BY seq")) {
      if (parameter.isPresent()) {
        s.setString(1, parameter.get());
      }
      ImmutableList.Builder<ImprovementAction> all = ImmutableList.builder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(ImprovementAction.builder()
              .id(ActionId.of(r.getString("id")))
              .provider(OrganisationCode.of(r.getString("provider_code")))
              .description(r.getString("description"))
              .owner(r.getString("owner"))
              .due(Sql.date(r, "due"))
              .completed(Sql.optionalDate(r, "completed"))
              .build());
        }
      }
      return all.build();
    }
  }

  @Override
  public void add(ImprovementAction action) {
    sql.write(c -> {
      if (!Sql.existing(c, "improvement_action", "id", List.of(action.id().value()), 1)
          .isEmpty()) {
        throw new IllegalArgumentException("action " + action.id() + " is already recorded");
      }
      insert(c, List.of(action), OptionalLong.empty());
      return null;
    });
  }

  @Override
  public ImprovementAction complete(ActionId id, LocalDate completed) {
    return sql.write(c -> {
      // Locks the action's row: of two completions of one action, the second finds the first.
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id FROM improvement_action WHERE id = ? FOR UPDATE")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("action " + id + " is not recorded");
          }
        }
      }
      ImprovementAction before = action(c, id).orElseThrow();
      if (before.completed().isPresent()) {
        throw new IllegalArgumentException("action " + id + " was already completed on "
            + before.completed().get());
      }
      complete(c, Map.of(id, completed));
      return ImprovementAction.builder().from(before).completed(completed).build();
    });
  }

  /**
   * Records completions of open actions in one batch, on the caller's transaction; an action
   * already completed keeps its date (the importer and {@link #complete(ActionId, LocalDate)}
   * check first, and the update's condition makes sure).
   */
  static void complete(Connection c, Map<ActionId, LocalDate> completions) throws SQLException {
    if (completions.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE improvement_action SET completed = ? WHERE id = ? AND completed IS NULL")) {
      for (Map.Entry<ActionId, LocalDate> e : completions.entrySet()) {
        s.setObject(1, e.getValue());
        s.setString(2, e.getKey().value());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Inserts actions in one batch, on the caller's transaction. */
  static void insert(Connection c, List<ImprovementAction> actions, OptionalLong importId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO improvement_action (" + COLUMNS
        + ", import_id) VALUES (" + Sql.placeholders(7) + ")")) {
      for (ImprovementAction a : actions) {
        s.setString(1, a.id().value());
        s.setString(2, a.provider().value());
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
