package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.DecisionLog;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DecisionType;
import org.qsurv.model.surveillance.Role;

/** The {@link DecisionLog} in the {@code decision} table. */
final class JdbcDecisionLog implements DecisionLog {
  private static final String COLUMNS =
      "provider_code, decided_on, decision, by_name, by_role, by_organisation, rationale";

  private final Sql sql;

  JdbcDecisionLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<Decision> decisions() {
    return sql.read(c -> query(c, "SELECT " + COLUMNS + " FROM decision ORDER BY seq",
        Optional.empty()));
  }

  @Override
  public ImmutableList<Decision> decisions(OrganisationCode provider) {
    return sql.read(c -> query(c, "SELECT " + COLUMNS + " FROM decision WHERE provider_code = ? "
        + "ORDER BY seq", Optional.of(provider)));
  }

  @Override
  public Optional<Decision> latest(OrganisationCode provider) {
    return sql.read(c -> latest(c, provider));
  }

  private static Optional<Decision> latest(Connection c, OrganisationCode provider)
      throws SQLException {
    ImmutableList<Decision> last = query(c, "SELECT " + COLUMNS + " FROM decision "
        + "WHERE provider_code = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", Optional.of(provider));
    return last.stream().findFirst();
  }

  private static ImmutableList<Decision> query(Connection c, String select,
      Optional<OrganisationCode> provider) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      if (provider.isPresent()) {
        s.setString(1, provider.get().value());
      }
      ImmutableList.Builder<Decision> all = ImmutableList.builder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(Decision.builder()
              .provider(OrganisationCode.of(r.getString("provider_code")))
              .at(Sql.date(r, "decided_on"))
              .decision(DecisionType.valueOf(r.getString("decision")))
              .by(Actor.builder().name(r.getString("by_name"))
                  .role(Role.valueOf(r.getString("by_role")))
                  .organisation(Sql.optionalString(r, "by_organisation")
                      .map(OrganisationCode::of))
                  .build())
              .rationale(r.getString("rationale"))
              .build());
        }
      }
      return all.build();
    }
  }

  @Override
  public void record(Decision decision) {
    sql.write(c -> {
      // Serialises decisions about one provider: the date check and the append see the same log.
      try (PreparedStatement s = c.prepareStatement(
          "SELECT code FROM provider WHERE code = ? FOR UPDATE")) {
        s.setString(1, decision.provider().value());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("provider " + decision.provider()
                + " is not in the directory");
          }
        }
      }
      Optional<Decision> last = latest(c, decision.provider());
      if (last.isPresent() && decision.at().isBefore(last.get().at())) {
        throw new IllegalArgumentException("a decision about " + decision.provider() + " dated "
            + decision.at() + " is before its latest decision (" + last.get().at() + ")");
      }
      insert(c, List.of(decision), OptionalLong.empty());
      return null;
    });
  }

  /** Appends decisions in order, on the caller's transaction. */
  static void insert(Connection c, List<Decision> decisions, OptionalLong importId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO decision (" + COLUMNS
        + ", import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Decision d : decisions) {
        s.setString(1, d.provider().value());
        s.setObject(2, d.at());
        s.setString(3, d.decision().name());
        s.setString(4, d.by().name());
        s.setString(5, d.by().role().name());
        Sql.setOptional(s, 6, d.by().organisation().map(OrganisationCode::value));
        s.setString(7, d.rationale());
        if (importId.isPresent()) {
          s.setLong(8, importId.getAsLong());
        } else {
          s.setNull(8, Types.BIGINT);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
