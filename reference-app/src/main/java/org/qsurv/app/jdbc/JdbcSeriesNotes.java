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
import org.qsurv.app.port.SeriesNotes;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@link SeriesNotes} in the {@code limits_recalculation} and {@code indicator_annotation}
 * tables (migration V10). Rows are inserted, never updated; the unique key of a series and period
 * keeps a second recalculation from the same period out even when two writers race.
 */
final class JdbcSeriesNotes implements SeriesNotes {
  private final Sql sql;

  JdbcSeriesNotes(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ImmutableList<LimitsRecalculation> recalculations() {
    return sql.read(c -> Sql.rows(c, "SELECT provider_code, indicator_id, from_period, reason,"
        + " recorded_by FROM limits_recalculation ORDER BY seq", Optional.empty(),
        r -> new LimitsRecalculation(OrganisationCode.of(r.getString(1)),
            IndicatorId.of(r.getString(2)), Period.parse(r.getString(3)), r.getString(4),
            Sql.optionalString(r, "recorded_by"))));
  }

  @Override
  public ImmutableList<IndicatorAnnotation> annotations() {
    return sql.read(c -> Sql.rows(c, "SELECT provider_code, indicator_id, on_date, on_period,"
        + " note_text, author FROM indicator_annotation ORDER BY seq", Optional.empty(),
        r -> new IndicatorAnnotation(OrganisationCode.of(r.getString(1)),
            IndicatorId.of(r.getString(2)), Sql.optionalDate(r, "on_date"),
            Sql.optionalString(r, "on_period").map(Period::parse), r.getString(5),
            r.getString(6))));
  }

  @Override
  public void recalculate(LimitsRecalculation recalculation) {
    sql.write(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT reason FROM limits_recalculation"
          + " WHERE provider_code = ? AND indicator_id = ? AND from_period = ?")) {
        s.setString(1, recalculation.provider().value());
        s.setString(2, recalculation.indicator().value());
        s.setString(3, recalculation.from().toString());
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            throw new IllegalArgumentException("from: the limits of " + recalculation.provider()
                + "'s " + recalculation.indicator() + " are already recalculated from "
                + recalculation.from() + " (\"" + r.getString(1) + "\"): a series is"
                + " recalculated once from a period, with one reason");
          }
        }
      }
      insert(c, List.of(recalculation), List.of(), OptionalLong.empty());
      return null;
    });
  }

  @Override
  public void annotate(IndicatorAnnotation annotation) {
    sql.write(c -> {
      insert(c, List.of(), List.of(annotation), OptionalLong.empty());
      return null;
    });
  }

  /** Inserts recalculations and annotations on the caller's transaction. */
  static void insert(Connection c, List<LimitsRecalculation> recalculations,
      List<IndicatorAnnotation> annotations, OptionalLong importId) throws SQLException {
    if (!recalculations.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO limits_recalculation"
          + " (provider_code, indicator_id, from_period, reason, recorded_by, import_id) VALUES ("
          + Sql.placeholders(6) + ")")) {
        for (LimitsRecalculation r : recalculations) {
          s.setString(1, r.provider().value());
          s.setString(2, r.indicator().value());
          s.setString(3, r.from().toString());
          s.setString(4, r.reason());
          Sql.setOptional(s, 5, r.recordedBy());
          Sql.setOptional(s, 6, importId);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    if (!annotations.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO indicator_annotation"
          + " (provider_code, indicator_id, on_date, on_period, note_text, author, import_id)"
          + " VALUES (" + Sql.placeholders(7) + ")")) {
        for (IndicatorAnnotation a : annotations) {
          s.setString(1, a.provider().value());
          s.setString(2, a.indicator().value());
          Sql.setDate(s, 3, a.date());
          if (a.period().isPresent()) {
            s.setString(4, a.period().get().toString());
          } else {
            s.setNull(4, Types.VARCHAR);
          }
          s.setString(5, a.text());
          s.setString(6, a.author());
          Sql.setOptional(s, 7, importId);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }
}
