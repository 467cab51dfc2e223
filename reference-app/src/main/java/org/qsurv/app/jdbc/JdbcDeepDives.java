package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.DeepDives;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.surveillance.DeepDiveId;
import org.qsurv.model.surveillance.Role;

/**
 * The {@link DeepDives} in the {@code deep_dive} table (migration V11). Rows are written once and
 * never updated; the table, like the model, admits only an ICB director's (hazard H39).
 */
final class JdbcDeepDives implements DeepDives {
  private static final String SELECT = "SELECT id, provider_code, authorised, by_name, by_role, "
      + "by_organisation, risk_assessment, rationale FROM deep_dive";

  private final Sql sql;

  JdbcDeepDives(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<DeepDive> deepDives() {
    return sql.read(c -> Sql.rows(c, SELECT + " ORDER BY seq", Optional.empty(),
        JdbcDeepDives::deepDive));
  }

  @Override
  public ImmutableList<DeepDive> deepDives(OrganisationCode provider) {
    return sql.read(c -> Sql.rows(c, SELECT + " WHERE provider_code = ? ORDER BY seq",
        Optional.of(provider.value()), JdbcDeepDives::deepDive));
  }

  private static DeepDive deepDive(ResultSet r) throws SQLException {
    Actor.Builder by = Actor.builder().name(r.getString("by_name"))
        .role(Role.valueOf(r.getString("by_role")));
    Sql.optionalString(r, "by_organisation").ifPresent(o -> by.organisation(
        OrganisationCode.of(o)));
    return new DeepDive(DeepDiveId.of(r.getString("id")),
        OrganisationCode.of(r.getString("provider_code")), Sql.date(r, "authorised"),
        by.build(), r.getString("risk_assessment"), r.getString("rationale"));
  }

  @Override
  public void record(DeepDive deepDive) {
    sql.write(c -> {
      if (!Sql.existing(c, "deep_dive", "id", List.of(deepDive.id().value()), 1).isEmpty()) {
        throw new IllegalArgumentException("deep dive " + deepDive.id() + " is already recorded");
      }
      if (Sql.existing(c, "provider", "code", List.of(deepDive.provider().value()), 1)
          .isEmpty()) {
        throw new IllegalArgumentException("deep dive " + deepDive.id() + " is about "
            + deepDive.provider() + ", which is not in the directory");
      }
      insert(c, List.of(deepDive), OptionalLong.empty());
      return null;
    });
  }

  /** Inserts deep dives in one batch, on the caller's transaction. */
  static void insert(Connection c, List<DeepDive> deepDives, OptionalLong importId)
      throws SQLException {
    if (deepDives.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO deep_dive (id, provider_code, "
        + "authorised, by_name, by_role, by_organisation, risk_assessment, rationale, import_id)"
        + " VALUES (" + Sql.placeholders(9) + ")")) {
      for (DeepDive d : deepDives) {
        s.setString(1, d.id().value());
        s.setString(2, d.provider().value());
        s.setObject(3, d.authorised());
        s.setString(4, d.by().name());
        s.setString(5, d.by().role().name());
        Sql.setOptional(s, 6, d.by().organisation().map(OrganisationCode::value));
        s.setString(7, d.riskAssessment());
        s.setString(8, d.rationale());
        Sql.setOptional(s, 9, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
