package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.RegulatorRatings;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.regulation.KeyQuestion;
import org.qsurv.model.regulation.Rating;
import org.qsurv.model.regulation.RatingId;
import org.qsurv.model.regulation.Regulator;
import org.qsurv.model.regulation.RegulatorRating;

/**
 * The {@link RegulatorRatings} in the {@code regulator_rating} table, each rating's key questions
 * in {@code rating_key_question} (migration V7). Rows are written once and never updated.
 */
final class JdbcRegulatorRatings implements RegulatorRatings {
  private final Sql sql;

  JdbcRegulatorRatings(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<RegulatorRating> ratings() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<RegulatorRating> ratings(OrganisationCode provider) {
    return sql.read(c -> query(c, " WHERE provider_code = ?", Optional.of(provider.value())));
  }

  @Override
  public Optional<RegulatorRating> rating(RatingId id) {
    return sql.read(c -> query(c, " WHERE id = ?", Optional.of(id.value()))).stream()
        .findFirst();
  }

  /** A row of {@code rating_key_question}: one key question's rating. */
  private record KeyQuestionRow(String ratingId, KeyQuestion question, Rating rating) {}

  private static ImmutableList<RegulatorRating> query(Connection c, String where,
      Optional<String> parameter) throws SQLException {
    Map<String, Map<KeyQuestion, Rating>> questions = new HashMap<>();
    for (KeyQuestionRow q : Sql.rows(c, "SELECT rating_id, key_question, rating FROM "
        + "rating_key_question WHERE rating_id IN (SELECT id FROM regulator_rating" + where + ")",
        parameter, r -> new KeyQuestionRow(r.getString(1), KeyQuestion.valueOf(r.getString(2)),
            Rating.valueOf(r.getString(3))))) {
      questions.computeIfAbsent(q.ratingId(), k -> new EnumMap<>(KeyQuestion.class))
          .put(q.question(), q.rating());
    }
    return Sql.rows(c, "SELECT id, provider_code, regulator, published, overall FROM "
        + "regulator_rating" + where + " ORDER BY seq", parameter, r -> new RegulatorRating(
            RatingId.of(r.getString("id")), OrganisationCode.of(r.getString("provider_code")),
            Regulator.valueOf(r.getString("regulator")), Sql.date(r, "published"),
            Rating.valueOf(r.getString("overall")),
            questions.getOrDefault(r.getString("id"), Map.of())));
  }

  @Override
  public void record(RegulatorRating rating) {
    sql.write(c -> {
      if (!Sql.existing(c, "regulator_rating", "id", List.of(rating.id().value()), 1)
          .isEmpty()) {
        throw new IllegalArgumentException("rating " + rating.id() + " is already recorded");
      }
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM regulator_rating "
          + "WHERE provider_code = ? AND published = ?")) {
        s.setString(1, rating.provider().value());
        s.setObject(2, rating.published());
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            throw new IllegalArgumentException("rating " + r.getString(1) + " of "
                + rating.provider() + " is already recorded as published on "
                + rating.published() + ": the latest rating must be one rating");
          }
        }
      }
      insert(c, List.of(rating), OptionalLong.empty());
      return null;
    });
  }

  /** Inserts ratings and their key questions in batches, on the caller's transaction. */
  static void insert(Connection c, List<RegulatorRating> ratings, OptionalLong importId)
      throws SQLException {
    if (ratings.isEmpty()) {
      return;
    }
    List<KeyQuestionRow> questions = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO regulator_rating (id, "
        + "provider_code, regulator, published, overall, import_id) VALUES ("
        + Sql.placeholders(6) + ")")) {
      for (RegulatorRating r : ratings) {
        s.setString(1, r.id().value());
        s.setString(2, r.provider().value());
        s.setString(3, r.regulator().name());
        s.setObject(4, r.published());
        s.setString(5, r.overall().name());
        Sql.setOptional(s, 6, importId);
        s.addBatch();
        r.keyQuestions().forEach((q, rating) ->
            questions.add(new KeyQuestionRow(r.id().value(), q, rating)));
      }
      s.executeBatch();
    }
    if (questions.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO rating_key_question (rating_id, "
        + "key_question, rating) VALUES (?, ?, ?)")) {
      for (KeyQuestionRow q : questions) {
        s.setString(1, q.ratingId());
        s.setString(2, q.question().name());
        s.setString(3, q.rating().name());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
