package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Map;
import org.qsurv.app.port.CaseAppend;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.ImportSink;
import org.qsurv.app.port.ObservationKey;
import org.qsurv.app.port.Progress;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.Provider;

/**
 * The {@link ImportSink} over every table: one transaction per batch, the case events appended
 * as {@link JdbcCaseStore} appends them (same version check, same chain check), the observations
 * as one row per provider ({@link ObservationBlocks}, migration V16). The transaction commits only
 * after the last row, so a process killed before then leaves the database as it was (the database
 * rolls the open transaction back when it next opens, or when the connection drops).
 *
 * <p>Observations have no per-row foreign key (migration V3: on H2 it cost a third of a
 * million-row import); instead the batch's providers and indicators are checked here, once, inside
 * the same transaction, against their tables as the transaction sees them.
 */
final class JdbcImportSink implements ImportSink {
  private final Sql sql;
  private final Clock clock;

  JdbcImportSink(Sql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public ImportReceipt write(ImportBatch batch, Progress progress) {
    long total = batch.size();
    return sql.write(c -> {
      // First, before any other lock: writers of observations take turns (ObservationBlocks).
      long nextBlock = batch.observations().isEmpty() ? 0 : ObservationBlocks.lockWriter(c);
      long importId = logImport(c, batch);
      long done = 0;
      if (batch.commissioner().isPresent()) {
        insertCommissioner(c, batch.commissioner().get());
        done++;
      }
      insertProviders(c, batch.providers());
      done += batch.providers().size();
      insertIndicators(c, batch.indicators());
      done += batch.indicators().size();
      progress.rowsWritten(done, total);
      if (!batch.observations().isEmpty()) {
        done = insertObservations(c, keyed(c, batch.observations()), importId, nextBlock, done,
            total, progress);
      }
      // Before the intelligence: a new item may be about a new incident.
      done += JdbcWorkflows.write(c, batch.workflows(), importId);
      JdbcIntelligenceStore.insert(c, batch.intelligence(), OptionalLong.of(importId));
      done += batch.intelligence().size();
      JdbcRiskRegister.insert(c, batch.risks(), OptionalLong.of(importId));
      done += batch.risks().size();
      for (CaseAppend append : batch.caseAppends()) {
        JdbcCaseStore.appendOn(c, append.caseId(), append.expectedVersion(), append.events());
        done += append.events().size();
      }
      JdbcImprovementPlans.insert(c, batch.actions(), OptionalLong.of(importId));
      done += batch.actions().size();
      JdbcIntelligenceStore.insertTriages(c, batch.triages(), Optional.empty(),
          OptionalLong.of(importId));
      done += batch.triages().size();
      JdbcImprovementPlans.complete(c, batch.completions());
      done += batch.completions().size();
      JdbcSeriesNotes.insert(c, batch.recalculations(), batch.annotations(),
          OptionalLong.of(importId));
      done += batch.recalculations().size() + batch.annotations().size();
      progress.rowsWritten(done, total);
      return new ImportReceipt(importId, done);
    });
  }

  @Override
  public Optional<ImportRecord> lastImport() {
    return sql.read(c -> {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id, source, imported_by, imported_at "
              + "FROM import_log ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new ImportRecord(r.getLong("id"), r.getString("source"),
            r.getString("imported_by"),
            r.getObject("imported_at", OffsetDateTime.class).toInstant()));
      }
    });
  }

  private long logImport(Connection c, ImportBatch batch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO import_log (source, imported_by, "
        + "imported_at, providers, indicators, observations, intelligence, risks, case_events, "
        + "actions, triages, completions, workflows) VALUES (" + Sql.placeholders(13) + ")",
        new String[] {"id"})) {
      s.setString(1, batch.source());
      s.setString(2, batch.importedBy());
      s.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      s.setInt(4, batch.providers().size());
      s.setInt(5, batch.indicators().size());
      s.setLong(6, batch.observations().size());
      s.setInt(7, batch.intelligence().size());
      s.setInt(8, batch.risks().size());
      s.setLong(9, batch.caseEvents());
      s.setInt(10, batch.actions().size());
      s.setInt(11, batch.triages().size());
      s.setInt(12, batch.completions().size());
      s.setLong(13, batch.workflows().size());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void insertCommissioner(Connection c, Commissioner commissioner)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO commissioner (code, name, region) VALUES (?, ?, ?)")) {
      s.setString(1, commissioner.code().value());
      s.setString(2, commissioner.name());
      Sql.setOptional(s, 3, commissioner.region().map(Enum::name));
      s.executeUpdate();
    }
  }

  private static void insertProviders(Connection c, List<Provider> providers) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO provider (code, name, kind, host_commissioner) VALUES (?, ?, ?, ?)")) {
      for (Provider p : providers) {
        s.setString(1, p.code().value());
        s.setString(2, p.name());
        s.setString(3, p.kind().name());
        Sql.setOptional(s, 4, p.hostCommissioner().map(OdsCode::value));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertIndicators(Connection c, List<IndicatorDefinition> indicators)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO indicator (id, name, "
        + "quality_domain, unit, polarity, frequency, amber, red, target_value, trajectory) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (IndicatorDefinition i : indicators) {
        s.setString(1, i.id().value());
        s.setString(2, i.name());
        s.setString(3, i.domain().name());
        s.setString(4, i.unit());
        s.setString(5, i.polarity().name());
        s.setString(6, i.frequency().name());
        if (i.thresholds().isPresent()) {
          s.setDouble(7, i.thresholds().get().amber());
          s.setDouble(8, i.thresholds().get().red());
        } else {
          s.setNull(7, Types.DOUBLE);
          s.setNull(8, Types.DOUBLE);
        }
        Sql.setOptional(s, 9, i.target());
        Sql.setOptional(s, 10, i.trajectory().map(JdbcObservationFeed::trajectoryJson));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * The batch's observations in key order, each with its key (migration V9), refusing one for a
   * provider the provider table does not hold: the check the foreign key made per row, made once
   * per batch (providers are never deleted, so what this transaction reads stays true until it
   * commits). A batch read from a file sorted by provider, indicator and period is already in key
   * order and is only checked.
   */
  private static KeyedObservation[] keyed(Connection c, List<Observation> observations)
      throws SQLException {
    KeyedObservation[] keyed = new KeyedObservation[observations.size()];
    if (keyed.length == 0) {
      return keyed;
    }
    Map<String, Long> providers = StoredKeys.providerSeqs(c);
    Map<String, Long> indicators = StoredKeys.indicatorSeqs(c);
    boolean inOrder = true;
    for (int i = 0; i < keyed.length; i++) {
      Observation o = observations.get(i);
      Long provider = providers.get(o.provider().value());
      if (provider == null) {
        throw new IllegalArgumentException("the database refused the write: observation "
            + "provider " + o.provider().value() + " is not a known provider");
      }
      Long indicator = indicators.get(o.indicator().value());
      if (indicator == null) {
        throw new IllegalArgumentException("the database refused the write: observation "
            + "indicator " + o.indicator().value() + " is not a known indicator");
      }
      keyed[i] = new KeyedObservation(StoredKeys.key(provider, indicator, o.period()), o);
      inOrder &= i == 0 || keyed[i].key() > keyed[i - 1].key();
    }
    if (!inOrder) {
      Arrays.sort(keyed, Comparator.comparingLong(KeyedObservation::key));
    }
    for (int i = 1; i < keyed.length; i++) {
      if (keyed[i].key() == keyed[i - 1].key()) {
        throw new IllegalArgumentException("the database refused the write: observation "
            + ObservationKey.of(keyed[i].observation()) + " is twice in the batch");
      }
    }
    return keyed;
  }

  /** An observation with its key (its provider, indicator and period as one number). */
  private record KeyedObservation(long key, Observation observation) {}

  /**
   * Writes the observations as blocks (migration V16), one per provider (more for a provider with
   * over {@value ObservationBlock#MAX_OBSERVATIONS}), after refusing any already recorded: the
   * caller holds the writer's lock, so no other import adds observations before this one commits.
   */
  private static long insertObservations(Connection c, KeyedObservation[] observations,
      long importId, long nextBlock, long done, long total, Progress progress)
      throws SQLException {
    long[] keys = new long[observations.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = observations[i].key();
    }
    ObservationBlocks.refuseRecorded(c, keys,
        i -> ObservationKey.of(observations[i].observation()).toString());
    OptionalLong from = OptionalLong.of(importId);
    try (ObservationBlocks.Inserter blocks = new ObservationBlocks.Inserter(c, nextBlock)) {
      int i = 0;
      while (i < observations.length) {
        long provider = keys[i] >>> 32;
        ObservationBlock.Writer block = new ObservationBlock.Writer();
        while (i < observations.length && keys[i] >>> 32 == provider
            && block.count() < ObservationBlock.MAX_OBSERVATIONS) {
          Observation o = observations[i].observation();
          block.add((int) (keys[i] >>> 16 & 0xffff), o.period(), o.value().orElse(Double.NaN),
              o.numerator().orElse(Double.NaN), o.denominator().orElse(Double.NaN));
          i++;
        }
        done += block.count();
        if (blocks.add(provider, from, block)) {
          progress.rowsWritten(done, total);
        }
      }
      ObservationBlocks.setNextBlock(c, blocks.finish());
    }
    return done;
  }
}
