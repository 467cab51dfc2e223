package org.qsurv.app.jdbc;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.RiskRegister;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.ConsequenceDomain;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.model.risk.RiskReview;
import org.qsurv.model.risk.RiskScore;

/**
 * The {@link RiskRegister} in the {@code risk}, {@code risk_control} and {@code risk_review}
 * tables. A review appends a row to {@code risk_review} and moves the risk's current score.
 */
final class JdbcRiskRegister implements RiskRegister {
  private static final String COLUMNS = "id, provider_code, title, description, quality_domain, "
      + "consequence_domain, owner, likelihood, consequence, initial_likelihood, "
      + "initial_consequence, target_likelihood, target_consequence, last_reviewed";

  private final Sql sql;

  JdbcRiskRegister(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<Risk> risks() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<Risk> risks(OrganisationCode provider) {
    return sql.read(c -> query(c, "provider_code = ?", Optional.of(provider.value())));
  }

  @Override
  public Optional<Risk> risk(RiskId id) {
    return sql.read(c -> risk(c, id));
  }

  private static Optional<Risk> risk(Connection c, RiskId id) throws SQLException {
    return query(c, "id = ?", Optional.of(id.value())).stream().findFirst();
  }

  /** The risks matching {@code where} (on the risk table), each with its controls and reviews. */
  private static ImmutableList<Risk> query(Connection c, String where, Optional<String> parameter)
      throws SQLException {
    String filter = where.isEmpty() ? "" : " WHERE " + where;
    String riskFilter = where.isEmpty() ? ""
        : " WHERE risk_id IN (SELECT id FROM risk" + filter + ")";
    ListMultimap<String, String> controls = ArrayListMultimap.create();
    try (PreparedStatement s = c.prepareStatement("SELECT risk_id, control FROM risk_control"
        + riskFilter + " ORDER BY risk_id, ordinal")) {
      bind(s, parameter);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          controls.put(r.getString(1), r.getString(2));
        }
      }
    }
    ListMultimap<String, RiskReview> reviews = ArrayListMultimap.create();
    try (PreparedStatement s = c.prepareStatement("SELECT risk_id, reviewed, reviewed_by, "
        + "likelihood, consequence, note FROM risk_review" + riskFilter
        + " ORDER BY risk_id, ordinal")) {
      bind(s, parameter);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reviews.put(r.getString("risk_id"), RiskReview.builder()
              .reviewed(Sql.date(r, "reviewed"))
              .reviewedBy(r.getString("reviewed_by"))
              .score(RiskScore.of(r.getInt("likelihood"), r.getInt("consequence")))
              .note(Sql.optionalString(r, "note"))
              .build());
        }
      }
    }
    ImmutableList.Builder<Risk> all = ImmutableList.builder();
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM risk" + filter
        + " ORDER BY seq")) {
      bind(s, parameter);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString("id");
          all.add(Risk.builder()
              .id(RiskId.of(id))
              .provider(Sql.optionalString(r, "provider_code").map(OrganisationCode::of))
              .title(r.getString("title"))
              .description(Sql.optionalString(r, "description"))
              .domain(QualityDomain.valueOf(r.getString("quality_domain")))
              .consequenceDomain(Sql.optionalString(r, "consequence_domain")
                  .map(ConsequenceDomain::valueOf))
              .owner(r.getString("owner"))
              .likelihood(r.getInt("likelihood"))
              .consequence(r.getInt("consequence"))
              .initial(score(r, "initial"))
              .target(score(r, "target"))
              .lastReviewed(Sql.optionalDate(r, "last_reviewed"))
              .controls(controls.get(id))
              .reviews(reviews.get(id))
              .build());
        }
      }
    }
    return all.build();
  }

  private static void bind(PreparedStatement s, Optional<String> parameter) throws SQLException {
    if (parameter.isPresent()) {
      s.setString(1, parameter.get());
    }
  }

  private static Optional<RiskScore> score(ResultSet r, String prefix) throws SQLException {
    Optional<Integer> likelihood = Sql.optionalInt(r, prefix + "_likelihood");
    Optional<Integer> consequence = Sql.optionalInt(r, prefix + "_consequence");
    return likelihood.isPresent() && consequence.isPresent()
        ? Optional.of(RiskScore.of(likelihood.get(), consequence.get()))
        : Optional.empty();
  }

  @Override
  public void add(Risk risk) {
    sql.write(c -> {
      if (!Sql.existing(c, "risk", "id", List.of(risk.id().value()), 1).isEmpty()) {
        throw new IllegalArgumentException("risk " + risk.id() + " is already on the register");
      }
      insert(c, List.of(risk), OptionalLong.empty());
      return null;
    });
  }

  /** Inserts risks with their controls and reviews, on the caller's transaction. */
  static void insert(Connection c, List<Risk> risks, OptionalLong importId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO risk (" + COLUMNS
        + ", import_id) VALUES (" + Sql.placeholders(15) + ")")) {
      for (Risk risk : risks) {
        s.setString(1, risk.id().value());
        Sql.setOptional(s, 2, risk.provider().map(OrganisationCode::value));
        s.setString(3, risk.title());
        Sql.setOptional(s, 4, risk.description());
        s.setString(5, risk.domain().name());
        Sql.setOptional(s, 6, risk.consequenceDomain().map(Enum::name));
        s.setString(7, risk.owner());
        s.setInt(8, risk.likelihood());
        s.setInt(9, risk.consequence());
        Sql.setInteger(s, 10, risk.initial().map(RiskScore::likelihood));
        Sql.setInteger(s, 11, risk.initial().map(RiskScore::consequence));
        Sql.setInteger(s, 12, risk.target().map(RiskScore::likelihood));
        Sql.setInteger(s, 13, risk.target().map(RiskScore::consequence));
        Sql.setDate(s, 14, risk.lastReviewed());
        Sql.setOptional(s, 15, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO risk_control (risk_id, ordinal, control) VALUES (?, ?, ?)")) {
      for (Risk risk : risks) {
        for (int i = 0; i < risk.controls().size(); i++) {
          s.setString(1, risk.id().value());
          s.setInt(2, i + 1);
          s.setString(3, risk.controls().get(i));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
    for (Risk risk : risks) {
      insertReviews(c, risk.id(), 1, risk.reviews());
    }
  }

  private static void insertReviews(Connection c, RiskId id, int firstOrdinal,
      List<RiskReview> reviews) throws SQLException {
    if (reviews.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO risk_review (risk_id, ordinal, "
        + "reviewed, reviewed_by, likelihood, consequence, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < reviews.size(); i++) {
        RiskReview review = reviews.get(i);
        s.setString(1, id.value());
        s.setInt(2, firstOrdinal + i);
        s.setObject(3, review.reviewed());
        s.setString(4, review.reviewedBy());
        s.setInt(5, review.score().likelihood());
        s.setInt(6, review.score().consequence());
        Sql.setOptional(s, 7, review.note());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public Risk review(RiskId id, RiskReview review) {
    return sql.write(c -> {
      // Locks the risk's row: two reviews of one risk are recorded one after the other.
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id FROM risk WHERE id = ? FOR UPDATE")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("risk " + id + " is not on the register");
          }
        }
      }
      Risk before = risk(c, id).orElseThrow();
      if (before.lastReviewed().isPresent()
          && review.reviewed().isBefore(before.lastReviewed().get())) {
        throw new IllegalArgumentException("a review of risk " + id + " dated " + review.reviewed()
            + " is before its last review (" + before.lastReviewed().get() + ")");
      }
      insertReviews(c, id, before.reviews().size() + 1, List.of(review));
      try (PreparedStatement s = c.prepareStatement("UPDATE risk SET likelihood = ?, "
          + "consequence = ?, last_reviewed = ? WHERE id = ?")) {
        s.setInt(1, review.score().likelihood());
        s.setInt(2, review.score().consequence());
        s.setObject(3, review.reviewed());
        s.setString(4, id.value());
        s.executeUpdate();
      }
      return risk(c, id).orElseThrow();
    });
  }
}
