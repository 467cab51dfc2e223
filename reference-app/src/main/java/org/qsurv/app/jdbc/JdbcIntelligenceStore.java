package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.qsurv.app.port.IntelligenceStore;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.intelligence.Triage;
import org.qsurv.model.intelligence.TriageOutcome;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@link IntelligenceStore} in the {@code intelligence} table, with each item's triage in
 * {@code intelligence_triage} (migration V6) and its link to the incident it is about in
 * {@code intelligence_incident} (V7): the item row is written once, the triage and link rows
 * added once.
 */
final class JdbcIntelligenceStore implements IntelligenceStore {
  private static final String COLUMNS = "id, provider_code, received, source, nature, "
      + "quality_domain, summary, reported_by, sensitive, tone";
  private static final String SELECT = "SELECT i.id, i.provider_code, i.received, i.source, "
      + "i.nature, i.quality_domain, i.summary, i.reported_by, i.sensitive, i.tone, "
      + "t.triaged_on, t.outcome, t.credible, l.incident_id FROM intelligence i "
      + "LEFT JOIN intelligence_triage t ON t.intelligence_id = i.id "
      + "LEFT JOIN intelligence_incident l ON l.intelligence_id = i.id";

  private final Sql sql;

  JdbcIntelligenceStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<IntelligenceItem> intelligence() {
    return query(SELECT + " ORDER BY i.seq", Optional.empty());
  }

  @Override
  public ImmutableList<IntelligenceItem> intelligence(OrganisationCode provider) {
    return query(SELECT + " WHERE i.provider_code = ? ORDER BY i.seq",
        Optional.of(provider.value()));
  }

  @Override
  public Optional<IntelligenceItem> item(IntelligenceId id) {
    return query(SELECT + " WHERE i.id = ?", Optional.of(id.value())).stream().findFirst();
  }

  private ImmutableList<IntelligenceItem> query(String select, Optional<String> parameter) {
    return sql.read(c -> query(c, select, parameter));
  }

  private static ImmutableList<IntelligenceItem> query(Connection c, String select,
      Optional<String> parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(select)) {
      if (parameter.isPresent()) {
        s.setString(1, parameter.get());
      }
      ImmutableList.Builder<IntelligenceItem> all = ImmutableList.builder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(item(r));
        }
      }
      return all.build();
    }
  }

  private static IntelligenceItem item(ResultSet r) throws SQLException {
    return IntelligenceItem.builder()
        .id(IntelligenceId.of(r.getString("id")))
        .provider(OrganisationCode.of(r.getString("provider_code")))
        .received(Sql.date(r, "received"))
        .source(IntelligenceSource.valueOf(r.getString("source")))
        .nature(Nature.valueOf(r.getString("nature")))
        .domain(QualityDomain.valueOf(r.getString("quality_domain")))
        .summary(r.getString("summary"))
        .reportedBy(Sql.optionalString(r, "reported_by"))
        .sensitive(r.getBoolean("sensitive"))
        .tone(Tone.valueOf(r.getString("tone")))
        .triage(triage(r))
        .incident(Sql.optionalString(r, "incident_id").map(IncidentId::of))
        .build();
  }

  private static Optional<Triage> triage(ResultSet r) throws SQLException {
    Optional<LocalDate> on = Sql.optionalDate(r, "triaged_on");
    if (on.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Triage.of(on.get(), TriageOutcome.valueOf(r.getString("outcome")),
        r.getBoolean("credible")));
  }

  @Override
  public IntelligenceItem triage(IntelligenceId id, Triage triage, String triagedBy) {
    return sql.write(c -> {
      // Locks the item's row: two triages of one item are recorded one after the other, and the
      // second finds the first.
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id FROM intelligence WHERE id = ? FOR UPDATE")) {
        s.setString(1, id.value());
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("intelligence " + id + " is not recorded");
          }
        }
      }
      IntelligenceItem before = query(c, SELECT + " WHERE i.id = ?", Optional.of(id.value()))
          .get(0);
      if (before.triage().isPresent()) {
        throw new IllegalArgumentException("intelligence " + id + " was already triaged on "
            + before.triage().get().on() + " (" + before.triage().get().outcome() + ")");
      }
      // The model's own check: a triage dated before the item was received is refused here.
      IntelligenceItem after = IntelligenceItem.builder().from(before).triage(triage).build();
      insertTriages(c, Map.of(id, triage), Optional.of(triagedBy), OptionalLong.empty());
      return after;
    });
  }

  @Override
  public void record(IntelligenceItem item) {
    sql.write(c -> {
      if (!alreadyRecorded(c, List.of(item.id().value())).isEmpty()) {
        throw new IllegalArgumentException("intelligence " + item.id() + " is already recorded");
      }
      insert(c, List.of(item), OptionalLong.empty());
      return null;
    });
  }

  /** Inserts items, and the triage of those triaged, in batches, on the caller's transaction. */
  static void insert(Connection c, List<IntelligenceItem> items, OptionalLong importId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO intelligence (" + COLUMNS
        + ", import_id) VALUES (" + Sql.placeholders(11) + ")")) {
      for (IntelligenceItem i : items) {
        s.setString(1, i.id().value());
        s.setString(2, i.provider().value());
        s.setObject(3, i.received());
        s.setString(4, i.source().name());
        s.setString(5, i.nature().name());
        s.setString(6, i.domain().name());
        s.setString(7, i.summary());
        Sql.setOptional(s, 8, i.reportedBy());
        s.setBoolean(9, i.sensitive());
        s.setString(10, i.tone().name());
        Sql.setOptional(s, 11, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
    Map<IntelligenceId, Triage> triages = new LinkedHashMap<>();
    items.forEach(i -> i.triage().ifPresent(t -> triages.put(i.id(), t)));
    insertTriages(c, triages, Optional.empty(), importId);
    Map<IntelligenceId, IncidentId> links = new LinkedHashMap<>();
    items.forEach(i -> i.incident().ifPresent(l -> links.put(i.id(), l)));
    insertIncidentLinks(c, links, importId);
  }

  /**
   * Links recorded items to the incidents they are about (migration V7), on the caller's
   * transaction. The table's primary key refuses a second link of an item, and its foreign key a
   * link to an incident not recorded.
   */
  static void insertIncidentLinks(Connection c, Map<IntelligenceId, IncidentId> links,
      OptionalLong importId) throws SQLException {
    if (links.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO intelligence_incident "
        + "(intelligence_id, incident_id, import_id) VALUES (?, ?, ?)")) {
      for (Map.Entry<IntelligenceId, IncidentId> e : links.entrySet()) {
        s.setString(1, e.getKey().value());
        s.setString(2, e.getValue().value());
        Sql.setOptional(s, 3, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Inserts triages of recorded items, on the caller's transaction. The table's primary key
   * refuses a second triage of an item.
   */
  static void insertTriages(Connection c, Map<IntelligenceId, Triage> triages,
      Optional<String> triagedBy, OptionalLong importId) throws SQLException {
    if (triages.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO intelligence_triage "
        + "(intelligence_id, triaged_on, outcome, credible, triaged_by, import_id) "
        + "VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<IntelligenceId, Triage> e : triages.entrySet()) {
        s.setString(1, e.getKey().value());
        s.setObject(2, e.getValue().on());
        s.setString(3, e.getValue().outcome().name());
        s.setBoolean(4, e.getValue().credible());
        Sql.setOptional(s, 5, triagedBy);
        Sql.setOptional(s, 6, importId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static List<String> alreadyRecorded(Connection c, List<String> ids) throws SQLException {
    return Sql.existing(c, "intelligence", "id", ids, 1);
  }
}
