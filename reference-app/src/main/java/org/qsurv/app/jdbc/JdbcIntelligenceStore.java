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
import org.qsurv.app.port.IntelligenceStore;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.intelligence.IntelligenceId;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.IntelligenceSource;
import org.qsurv.model.intelligence.Nature;
import org.qsurv.model.organisation.OrganisationCode;

/** The {@link IntelligenceStore} in the {@code intelligence} table. */
final class JdbcIntelligenceStore implements IntelligenceStore {
  private static final String COLUMNS = "id, provider_code, received, source, nature, "
      + "quality_domain, summary, reported_by, sensitive";

  private final Sql sql;

  JdbcIntelligenceStore(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<IntelligenceItem> intelligence() {
    return query("SELECT " + COLUMNS + " FROM intelligence ORDER BY seq", Optional.empty());
  }

  @Override
  public ImmutableList<IntelligenceItem> intelligence(OrganisationCode provider) {
    return query("SELECT " + COLUMNS + " FROM intelligence WHERE provider_code = ? ORDER BY seq",
        Optional.of(provider.value()));
  }

  @Override
  public Optional<IntelligenceItem> item(IntelligenceId id) {
    return query("SELECT " + COLUMNS + " FROM intelligence WHERE id = ?", Optional.of(id.value()))
        .stream().findFirst();
  }

  private ImmutableList<IntelligenceItem> query(String select, Optional<String> parameter) {
    return sql.read(c -> {
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
    });
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
        .build();
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

  /** Inserts items in batches, on the caller's transaction. */
  static void insert(Connection c, List<IntelligenceItem> items, OptionalLong importId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO intelligence (" + COLUMNS
        + ", import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        if (importId.isPresent()) {
          s.setLong(10, importId.getAsLong());
        } else {
          s.setNull(10, Types.BIGINT);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static List<String> alreadyRecorded(Connection c, List<String> ids) throws SQLException {
    return Sql.existing(c, "intelligence", "id", ids, 1);
  }
}
