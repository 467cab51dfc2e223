package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.QualityVisits;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.model.visit.VisitFinding;
import org.qsurv.model.visit.VisitId;
import org.qsurv.model.visit.VisitKind;
import org.qsurv.model.visit.VisitStatus;

/**
 * The {@link QualityVisits} in the {@code quality_visit} table, each visit's findings in
 * {@code visit_finding} (migration V7). A visit's one update is its status, from PLANNED to DONE
 * (its findings inserted with it) or CANCELLED.
 */
final class JdbcQualityVisits implements QualityVisits {
  private final Sql sql;

  JdbcQualityVisits(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<QualityVisit> visits() {
    return sql.read(c -> query(c, "", Optional.empty()));
  }

  @Override
  public ImmutableList<QualityVisit> visits(OrganisationCode provider) {
    return sql.read(c -> query(c, " WHERE provider_code = ?", Optional.of(provider.value())));
  }

  @Override
  public Optional<QualityVisit> visit(VisitId id) {
    return sql.read(c -> visit(c, id));
  }

  private static Optional<QualityVisit> visit(Connection c, VisitId id) throws SQLException {
    return query(c, " WHERE id = ?", Optional.of(id.value())).stream().findFirst();
  }

  private static ImmutableList<QualityVisit> query(Connection c, String where,
      Optional<String> parameter) throws SQLException {
    ImmutableListMultimap.Builder<String, VisitFinding> findings = ImmutableListMultimap.builder();
    Sql.rows(c, "SELECT visit_id, quality_domain, tone, summary FROM visit_finding "
        + "WHERE visit_id IN (SELECT id FROM quality_visit" + where + ") "
        + "ORDER BY visit_id, ordinal", parameter, r -> Map.entry(r.getString("visit_id"),
            new VisitFinding(QualityDomain.valueOf(r.getString("quality_domain")),
                Tone.valueOf(r.getString("tone")), r.getString("summary"))))
        .forEach(findings::put);
    ImmutableListMultimap<String, VisitFinding> byVisit = findings.build();
    return Sql.rows(c, "SELECT id, provider_code, visit_date, kind, status FROM quality_visit"
        + where + " ORDER BY seq", parameter, r -> new QualityVisit(VisitId.of(r.getString("id")),
            OrganisationCode.of(r.getString("provider_code")), Sql.date(r, "visit_date"),
            VisitKind.valueOf(r.getString("kind")), VisitStatus.valueOf(r.getString("status")),
            byVisit.get(r.getString("id"))));
  }

  @Override
  public void record(QualityVisit visit) {
    sql.write(c -> {
      if (!Sql.existing(c, "quality_visit", "id", List.of(visit.id().value()), 1).isEmpty()) {
        throw new IllegalArgumentException("visit " + visit.id() + " is already recorded");
      }
      insert(c, List.of(visit), OptionalLong.empty());
      return null;
    });
  }

  @Override
  public QualityVisit done(VisitId id, List<VisitFinding> findings) {
    return moveOn(id, VisitStatus.DONE, findings);
  }

  @Override
  public QualityVisit cancel(VisitId id) {
    return moveOn(id, VisitStatus.CANCELLED, List.of());
  }

  private QualityVisit moveOn(VisitId id, VisitStatus status, List<VisitFinding> findings) {
    return sql.write(c -> {
      Sql.lock(c, "quality_visit", id.value(), "visit");
      QualityVisit before = visit(c, id).orElseThrow();
      if (before.status() != VisitStatus.PLANNED) {
        throw new IllegalArgumentException("visit " + id + " is already " + before.status()
            + ": only a PLANNED visit is done or cancelled");
      }
      QualityVisit after = new QualityVisit(id, before.provider(), before.date(), before.kind(),
          status, findings);
      moveOn(c, List.of(after));
      return after;
    });
  }

  /**
   * Records recorded PLANNED visits as they now stand (DONE with findings, or CANCELLED), on the
   * caller's transaction.
   *
   * @throws IllegalArgumentException if one of them is no longer PLANNED (another writer moved it
   *     on since the caller looked)
   */
  static void moveOn(Connection c, List<QualityVisit> visits) throws SQLException {
    if (visits.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE quality_visit SET status = ? WHERE id = ? AND status = 'PLANNED'")) {
      for (QualityVisit v : visits) {
        s.setString(1, v.status().name());
        s.setString(2, v.id().value());
        if (s.executeUpdate() != 1) {
          throw new IllegalArgumentException("visit " + v.id() + " is no longer PLANNED");
        }
      }
    }
    insertFindings(c, visits);
  }

  /** Inserts visits and their findings in batches, on the caller's transaction. */
  static void insert(Connection c, List<QualityVisit> visits, OptionalLong importId)
      throws SQLException {
    if (visits.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO quality_visit (id, provider_code, "
        + "visit_date, kind, status, import_id) VALUES (" + Sql.placeholders(6) + ")")) {
      for (QualityVisit v : visits) {
        s.setString(1, v.id().value());
        s.setString(2, v.provider().value());
        s.setObject(3, v.date());
        s.setString(4, v.kind().name());
        s.setString(5, v.status().name());
        Sql.setOptional(s, 6, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
    insertFindings(c, visits);
  }

  private static void insertFindings(Connection c, List<QualityVisit> visits)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO visit_finding (visit_id, ordinal, "
        + "quality_domain, tone, summary) VALUES (?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (QualityVisit v : visits) {
        for (int i = 0; i < v.findings().size(); i++) {
          VisitFinding f = v.findings().get(i);
          s.setString(1, v.id().value());
          s.setInt(2, i);
          s.setString(3, f.domain().name());
          s.setString(4, f.tone().name());
          s.setString(5, f.summary());
          s.addBatch();
          any = true;
        }
      }
      if (any) {
        s.executeBatch();
      }
    }
  }
}
