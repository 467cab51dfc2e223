package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.qsurv.app.port.SeriousIncidents;
import org.qsurv.model.incident.IncidentFramework;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@link SeriousIncidents} in the {@code serious_incident} table (migration V7), with the
 * rounds of a response sent back for more information in {@code incident_resubmission} (V11;
 * hazard H40): the row holds the first review, each round a revised response and its review. The
 * response received, the first review, the sign-off and a round's review are the only updates,
 * each from NULL to a value: the update's condition refuses to overwrite one.
 */
final class JdbcSeriousIncidents implements SeriousIncidents {
  private static final String SELECT = "SELECT id, provider_code, reported, framework, "
      + "never_event, response_due, response_received, reviewed_on, review_outcome, "
      + "action_plan_signed_off FROM serious_incident";

  private final Sql sql;

  JdbcSeriousIncidents(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<SeriousIncident> incidents() {
    return sql.read(c -> query(c, " ORDER BY seq", "", Optional.empty()));
  }

  @Override
  public ImmutableList<SeriousIncident> incidents(OrganisationCode provider) {
    return sql.read(c -> query(c, " WHERE provider_code = ? ORDER BY seq",
        " WHERE incident_id IN (SELECT id FROM serious_incident WHERE provider_code = ?)",
        Optional.of(provider.value())));
  }

  @Override
  public Optional<SeriousIncident> incident(IncidentId id) {
    return sql.read(c -> incident(c, id));
  }

  private static Optional<SeriousIncident> incident(Connection c, IncidentId id)
      throws SQLException {
    return query(c, " WHERE id = ?", " WHERE incident_id = ?", Optional.of(id.value())).stream()
        .findFirst();
  }

  /** A row of {@code incident_resubmission}: a revised response and, once held, its review. */
  private record Round(String incident, int round, LocalDate received,
      Optional<ResponseReview> review) {}

  /** The incidents {@code where} selects, each with its rounds ({@code roundsWhere}). */
  private static ImmutableList<SeriousIncident> query(Connection c, String where,
      String roundsWhere, Optional<String> parameter) throws SQLException {
    Map<String, List<Round>> rounds = new HashMap<>();
    for (Round r : Sql.rows(c, "SELECT incident_id, round, received, reviewed_on, review_outcome "
        + "FROM incident_resubmission" + roundsWhere + " ORDER BY incident_id, round", parameter,
        r -> new Round(r.getString(1), r.getInt(2), Sql.date(r, "received"),
            review(Sql.optionalDate(r, "reviewed_on"), r.getString("review_outcome"))))) {
      rounds.computeIfAbsent(r.incident(), k -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<SeriousIncident> all = ImmutableList.builder();
    for (Stored row : Sql.rows(c, SELECT + where, parameter, JdbcSeriousIncidents::incident)) {
      SeriousIncident i = withRounds(row.first(), rounds.getOrDefault(row.first().id().value(),
          List.of()));
      // Signed off last: the review that accepted the plan may be a later round's.
      all.add(new SeriousIncident(i.id(), i.provider(), i.reported(), i.framework(),
          i.neverEvent(), i.responseDue(), i.responseReceived(), i.review(), row.signedOff(),
          i.earlierReviews(), i.resubmissions()));
    }
    return all.build();
  }

  /** A {@code serious_incident} row: the incident up to its first review, and its sign-off. */
  private record Stored(SeriousIncident first, Optional<LocalDate> signedOff) {}

  private static Optional<ResponseReview> review(Optional<LocalDate> on, String outcome) {
    return on.map(d -> new ResponseReview(d, ReviewOutcome.valueOf(outcome)));
  }

  /** The incident of its row (its first review) with its later rounds. */
  private static SeriousIncident withRounds(SeriousIncident first, List<Round> rounds) {
    SeriousIncident i = first;
    for (Round r : rounds) {
      i = i.withResubmission(r.received());
      if (r.review().isPresent()) {
        i = i.withReview(r.review().get());
      }
    }
    return i;
  }

  private static Stored incident(ResultSet r) throws SQLException {
    Optional<ResponseReview> review = review(Sql.optionalDate(r, "reviewed_on"),
        r.getString("review_outcome"));
    return new Stored(new SeriousIncident(IncidentId.of(r.getString("id")),
        OrganisationCode.of(r.getString("provider_code")), Sql.date(r, "reported"),
        IncidentFramework.valueOf(r.getString("framework")), r.getBoolean("never_event"),
        Sql.date(r, "response_due"), Sql.optionalDate(r, "response_received"), review,
        Optional.empty()), Sql.optionalDate(r, "action_plan_signed_off"));
  }

  @Override
  public void report(SeriousIncident incident) {
    sql.write(c -> {
      if (!Sql.existing(c, "serious_incident", "id", List.of(incident.id().value()), 1)
          .isEmpty()) {
        throw new IllegalArgumentException("incident " + incident.id() + " is already recorded");
      }
      insert(c, List.of(incident), OptionalLong.empty());
      return null;
    });
  }

  @Override
  public SeriousIncident responseReceived(IncidentId id, LocalDate received) {
    return moveOn(id, "its response was already received", b -> b.responseReceived().isPresent(),
        b -> new SeriousIncident(b.id(), b.provider(), b.reported(), b.framework(),
            b.neverEvent(), b.responseDue(), Optional.of(received), b.review(),
            b.actionPlanSignedOff(), b.earlierReviews(), b.resubmissions()));
  }

  @Override
  public SeriousIncident review(IncidentId id, ResponseReview review) {
    return moveOn(id, "it was already reviewed and no revised response awaits review",
        b -> b.review().isPresent() && b.resubmissions().size() < b.reviews().size(),
        b -> b.withReview(review));
  }

  @Override
  public SeriousIncident resubmitted(IncidentId id, LocalDate received) {
    return moveOn(id, "no review asked for more information since its last response was "
        + "received", b -> b.review().isEmpty() || b.review().get().outcome()
        != ReviewOutcome.MORE_INFORMATION || b.resubmissions().size() == b.reviews().size(),
        b -> b.withResubmission(received));
  }

  @Override
  public SeriousIncident signOff(IncidentId id, LocalDate signedOff) {
    return moveOn(id, "its action plan was already signed off",
        b -> b.actionPlanSignedOff().isPresent(),
        b -> new SeriousIncident(b.id(), b.provider(), b.reported(), b.framework(),
            b.neverEvent(), b.responseDue(), b.responseReceived(), b.review(),
            Optional.of(signedOff), b.earlierReviews(), b.resubmissions()));
  }

  /**
   * Adds one later fact to a recorded incident; the model's constructor refuses it out of order
   * (a review before the response, a sign-off without an accepted review).
   */
  private SeriousIncident moveOn(IncidentId id, String already,
      Predicate<SeriousIncident> recorded, UnaryOperator<SeriousIncident> add) {
    return sql.write(c -> {
      Sql.lock(c, "serious_incident", id.value(), "incident");
      SeriousIncident before = incident(c, id).orElseThrow();
      if (recorded.test(before)) {
        throw new IllegalArgumentException("incident " + id + ": " + already);
      }
      SeriousIncident after = add.apply(before);
      moveOn(c, List.of(after));
      return after;
    });
  }

  /**
   * Records recorded incidents as they now stand, on the caller's transaction: each of the
   * response received, the review and the sign-off is written where none is recorded, and must
   * equal the recorded one otherwise.
   *
   * @throws IllegalArgumentException if one would change a recorded value (another writer added
   *     a different one since the caller looked)
   */
  static void moveOn(Connection c, List<SeriousIncident> incidents) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE serious_incident SET "
        + "response_received = ?, reviewed_on = ?, review_outcome = ?, "
        + "action_plan_signed_off = ? WHERE id = ? "
        + "AND (response_received IS NULL OR response_received = ?) "
        + "AND (reviewed_on IS NULL OR (reviewed_on = ? AND review_outcome = ?)) "
        + "AND (action_plan_signed_off IS NULL OR action_plan_signed_off = ?)")) {
      for (SeriousIncident i : incidents) {
        for (int offset : new int[] {0, 5}) {
          Sql.setDate(s, offset + 1, i.responseReceived());
          Sql.setDate(s, offset + 2, firstReview(i).map(ResponseReview::on));
          Sql.setOptional(s, offset + 3, firstReview(i).map(v -> v.outcome().name()));
          Sql.setDate(s, offset + 4, i.actionPlanSignedOff());
        }
        s.setString(5, i.id().value());
        if (s.executeUpdate() != 1) {
          throw new IllegalArgumentException("incident " + i.id() + " has a different response, "
              + "review or sign-off recorded: a recorded one is never changed");
        }
      }
    }
    moveOnRounds(c, incidents, OptionalLong.empty());
  }

  /** The review the {@code serious_incident} row holds: the first. */
  private static Optional<ResponseReview> firstReview(SeriousIncident i) {
    return i.reviews().stream().findFirst();
  }

  /**
   * Records the rounds of {@code incidents} as they now stand: a round not recorded is inserted,
   * a recorded round's review added where none is recorded and equal to the recorded otherwise.
   *
   * @throws IllegalArgumentException if a recorded round says otherwise
   */
  private static void moveOnRounds(Connection c, List<SeriousIncident> incidents,
      OptionalLong importId) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO incident_resubmission "
        + "(incident_id, round, received, reviewed_on, review_outcome, import_id) SELECT ?, ?, ?,"
        + " ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM incident_resubmission WHERE incident_id = ?"
        + " AND round = ?)");
        PreparedStatement update = c.prepareStatement("UPDATE incident_resubmission SET "
        + "reviewed_on = COALESCE(CAST(? AS DATE), reviewed_on), "
        + "review_outcome = COALESCE(CAST(? AS VARCHAR(16)), review_outcome) "
        + "WHERE incident_id = ? AND round = ? AND received = ? AND (CAST(? AS DATE) IS NULL "
        + "OR reviewed_on IS NULL OR (reviewed_on = ? AND review_outcome = ?))")) {
      for (SeriousIncident i : incidents) {
        List<ResponseReview> reviews = i.reviews();
        for (int k = 0; k < i.resubmissions().size(); k++) {
          int round = k + 1;
          Optional<ResponseReview> review = round < reviews.size()
              ? Optional.of(reviews.get(round)) : Optional.empty();
          insert.setString(1, i.id().value());
          insert.setInt(2, round);
          insert.setObject(3, i.resubmissions().get(k));
          Sql.setDate(insert, 4, review.map(ResponseReview::on));
          Sql.setOptional(insert, 5, review.map(v -> v.outcome().name()));
          Sql.setOptional(insert, 6, importId);
          insert.setString(7, i.id().value());
          insert.setInt(8, round);
          if (insert.executeUpdate() == 1) {
            continue;
          }
          Sql.setDate(update, 1, review.map(ResponseReview::on));
          Sql.setOptional(update, 2, review.map(v -> v.outcome().name()));
          update.setString(3, i.id().value());
          update.setInt(4, round);
          update.setObject(5, i.resubmissions().get(k));
          Sql.setDate(update, 6, review.map(ResponseReview::on));
          Sql.setDate(update, 7, review.map(ResponseReview::on));
          Sql.setOptional(update, 8, review.map(v -> v.outcome().name()));
          if (update.executeUpdate() != 1) {
            throw new IllegalArgumentException("incident " + i.id() + " has a different "
                + "resubmission or review recorded in round " + round + ": a recorded one is "
                + "never changed");
          }
        }
      }
    }
  }

  /** Inserts incidents in one batch, on the caller's transaction. */
  static void insert(Connection c, List<SeriousIncident> incidents, OptionalLong importId)
      throws SQLException {
    if (incidents.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO serious_incident (id, "
        + "provider_code, reported, framework, never_event, response_due, response_received, "
        + "reviewed_on, review_outcome, action_plan_signed_off, import_id) VALUES ("
        + Sql.placeholders(11) + ")")) {
      for (SeriousIncident i : incidents) {
        s.setString(1, i.id().value());
        s.setString(2, i.provider().value());
        s.setObject(3, i.reported());
        s.setString(4, i.framework().name());
        s.setBoolean(5, i.neverEvent());
        s.setObject(6, i.responseDue());
        Sql.setDate(s, 7, i.responseReceived());
        Sql.setDate(s, 8, firstReview(i).map(ResponseReview::on));
        Sql.setOptional(s, 9, firstReview(i).map(v -> v.outcome().name()));
        Sql.setDate(s, 10, i.actionPlanSignedOff());
        Sql.setOptional(s, 11, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
    moveOnRounds(c, incidents, importId);
  }
}
