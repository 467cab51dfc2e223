package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
 * The {@link SeriousIncidents} in the {@code serious_incident} table (migration V7). The response
 * received, the review and the sign-off are the row's only updates, each from NULL to a value:
 * the update's condition refuses to overwrite one.
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
    return sql.read(c -> Sql.rows(c, SELECT + " ORDER BY seq", Optional.empty(),
        JdbcSeriousIncidents::incident));
  }

  @Override
  public ImmutableList<SeriousIncident> incidents(OrganisationCode provider) {
    return sql.read(c -> Sql.rows(c, SELECT + " WHERE provider_code = ? ORDER BY seq",
        Optional.of(provider.value()), JdbcSeriousIncidents::incident));
  }

  @Override
  public Optional<SeriousIncident> incident(IncidentId id) {
    return sql.read(c -> incident(c, id));
  }

  private static Optional<SeriousIncident> incident(Connection c, IncidentId id)
      throws SQLException {
    return Sql.rows(c, SELECT + " WHERE id = ?", Optional.of(id.value()),
        JdbcSeriousIncidents::incident).stream().findFirst();
  }

  private static SeriousIncident incident(ResultSet r) throws SQLException {
    Optional<LocalDate> reviewed = Sql.optionalDate(r, "reviewed_on");
    Optional<ResponseReview> review = reviewed.isEmpty() ? Optional.empty()
        : Optional.of(new ResponseReview(reviewed.get(),
            ReviewOutcome.valueOf(r.getString("review_outcome"))));
    return new SeriousIncident(IncidentId.of(r.getString("id")),
        OrganisationCode.of(r.getString("provider_code")), Sql.date(r, "reported"),
        IncidentFramework.valueOf(r.getString("framework")), r.getBoolean("never_event"),
        Sql.date(r, "response_due"), Sql.optionalDate(r, "response_received"), review,
        Sql.optionalDate(r, "action_plan_signed_off"));
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
            b.actionPlanSignedOff()));
  }

  @Override
  public SeriousIncident review(IncidentId id, ResponseReview review) {
    return moveOn(id, "it was already reviewed", b -> b.review().isPresent(),
        b -> new SeriousIncident(b.id(), b.provider(), b.reported(), b.framework(),
            b.neverEvent(), b.responseDue(), b.responseReceived(), Optional.of(review),
            b.actionPlanSignedOff()));
  }

  @Override
  public SeriousIncident signOff(IncidentId id, LocalDate signedOff) {
    return moveOn(id, "its action plan was already signed off",
        b -> b.actionPlanSignedOff().isPresent(),
        b -> new SeriousIncident(b.id(), b.provider(), b.reported(), b.framework(),
            b.neverEvent(), b.responseDue(), b.responseReceived(), b.review(),
            Optional.of(signedOff)));
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
          Sql.setDate(s, offset + 2, i.review().map(ResponseReview::on));
          Sql.setOptional(s, offset + 3, i.review().map(v -> v.outcome().name()));
          Sql.setDate(s, offset + 4, i.actionPlanSignedOff());
        }
        s.setString(5, i.id().value());
        if (s.executeUpdate() != 1) {
          throw new IllegalArgumentException("incident " + i.id() + " has a different response, "
              + "review or sign-off recorded: a recorded one is never changed");
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
        Sql.setDate(s, 8, i.review().map(ResponseReview::on));
        Sql.setOptional(s, 9, i.review().map(v -> v.outcome().name()));
        Sql.setDate(s, 10, i.actionPlanSignedOff());
        Sql.setOptional(s, 11, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
