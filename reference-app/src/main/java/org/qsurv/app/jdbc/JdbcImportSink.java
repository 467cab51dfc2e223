package org.qsurv.app.jdbc;

import java.nio.charset.StandardCharsets;
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
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.qsurv.app.port.CaseAppend;
import org.qsurv.app.port.ImportBatch;
import org.qsurv.app.port.ImportSink;
import org.qsurv.app.port.Progress;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.Provider;

/**
 * The {@link ImportSink} over every table: one transaction per batch, the case events appended
 * as {@link JdbcCaseStore} appends them (same version check, same chain check), observations sent in JDBC
 * batches of {@value #BATCH} rows (on PostgreSQL, streamed by one {@code COPY}). The transaction commits only after the last row, so a process
 * killed before then leaves the database as it was (the database rolls the open transaction back
 * when it next opens, or when the connection drops).
 *
 * <p>The observation table has no per-row foreign key (migration V3: on H2 it cost a third of a
 * million-row import); instead the batch's providers are checked here, once, inside the same
 * transaction, against the provider table as the transaction sees it.
 */
final class JdbcImportSink implements ImportSink {
  /** Rows per JDBC batch: large enough to amortise round trips, small enough to report progress. */
  static final int BATCH = 10_000;

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
      done = insertObservations(c, keyed(c, batch.observations()), importId, done, total,
          progress);
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
   * commits). Key order puts neighbours in the same pages of the key's B-tree: on H2 a million
   * rows in key order went in a third faster than in file order.
   */
  private static KeyedObservation[] keyed(Connection c, List<Observation> observations)
      throws SQLException {
    KeyedObservation[] keyed = new KeyedObservation[observations.size()];
    if (keyed.length == 0) {
      return keyed;
    }
    Map<String, Long> providers = StoredKeys.providerSeqs(c);
    Map<String, Long> indicators = StoredKeys.indicatorSeqs(c);
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
    }
    Arrays.sort(keyed, Comparator.comparingLong(KeyedObservation::key));
    return keyed;
  }

  /** An observation with its key in the observation table. */
  private record KeyedObservation(long key, Observation observation) {}

  private static long insertObservations(Connection c, KeyedObservation[] observations,
      long importId, long done, long total, Progress progress) throws SQLException {
    if (c.isWrapperFor(PGConnection.class)) {
      return copyObservations(c.unwrap(PGConnection.class), observations, importId, done, total,
          progress);
    }
    // Rows go ROWS_PER_INSERT to a statement (a multi-row VALUES list), and those statements
    // BATCH / ROWS_PER_INSERT to a JDBC batch: the database executes a hundredth of the commands
    // for the same rows. Still one transaction: nothing is committed before the last row.
    int full = observations.length / ROWS_PER_INSERT * ROWS_PER_INSERT;
    try (PreparedStatement s = c.prepareStatement(insertObservations(ROWS_PER_INSERT))) {
      int pending = 0;
      for (int from = 0; from < full; from += ROWS_PER_INSERT) {
        for (int k = 0; k < ROWS_PER_INSERT; k++) {
          bind(s, k * COLUMNS, observations[from + k], importId);
        }
        s.addBatch();
        pending += ROWS_PER_INSERT;
        if (pending == BATCH) {
          s.executeBatch();
          done += pending;
          pending = 0;
          progress.rowsWritten(done, total);
        }
      }
      if (pending > 0) {
        s.executeBatch();
        done += pending;
      }
    }
    if (full < observations.length) {
      try (PreparedStatement s = c.prepareStatement(insertObservations(1))) {
        for (int i = full; i < observations.length; i++) {
          bind(s, 0, observations[i], importId);
          s.addBatch();
        }
        s.executeBatch();
      }
      done += observations.length - full;
    }
    progress.rowsWritten(done, total);
    return done;
  }

  /**
   * PostgreSQL: the rows streamed by {@code COPY ... FROM STDIN} in its text format, inside the
   * same transaction (a COPY is all or nothing, and so is the transaction around it). The server
   * parses no statement per row and the driver binds no parameter: several times the rows per
   * second of batched INSERTs. A duplicate key fails the COPY with the same SQL state (23505) as
   * an INSERT would.
   */
  private static long copyObservations(PGConnection c, KeyedObservation[] observations,
      long importId, long done, long total, Progress progress) throws SQLException {
    CopyIn copy = c.getCopyAPI().copyIn("COPY observation (" + OBSERVATION_COLUMNS
        + ") FROM STDIN");
    try {
      String id = Long.toString(importId);
      StringBuilder rows = new StringBuilder(1 << 16);
      for (int i = 0; i < observations.length; i++) {
        Observation o = observations[i].observation();
        rows.append(observations[i].key()).append('\t');
        copyText(rows, o.provider().value()).append('\t');
        copyText(rows, o.indicator().value()).append('\t');
        rows.append(o.period()).append('\t');
        copyNumber(rows, o.value()).append('\t');
        copyNumber(rows, o.numerator()).append('\t');
        copyNumber(rows, o.denominator()).append('\t').append(id).append('\n');
        if (rows.length() >= (1 << 16) - 256 || i == observations.length - 1) {
          byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          rows.setLength(0);
        }
        if ((i + 1) % BATCH == 0) {
          progress.rowsWritten(done + i + 1, total);
        }
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    done += observations.length;
    progress.rowsWritten(done, total);
    return done;
  }

  /** Text in COPY's text format: backslash, tab, line feed and carriage return escaped. */
  private static StringBuilder copyText(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return out;
  }

  /** A number in COPY's text format, {@code \N} (NULL) when absent; finite, so never NaN. */
  private static StringBuilder copyNumber(StringBuilder out, OptionalDouble value) {
    return value.isPresent() ? out.append(value.getAsDouble()) : out.append("\\N");
  }

  /** Rows per INSERT statement; {@link #BATCH} is a multiple of it. */
  static final int ROWS_PER_INSERT = 100;

  /** The observation table's columns, in the order {@link #bind} and the COPY rows give them. */
  private static final String OBSERVATION_COLUMNS = "observation_key, provider_code, "
      + "indicator_id, period, observed_value, numerator, denominator, import_id";
  private static final int COLUMNS = 8;

  private static String insertObservations(int rows) {
    StringBuilder sql = new StringBuilder("INSERT INTO observation (" + OBSERVATION_COLUMNS
        + ") VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append('(').append(Sql.placeholders(COLUMNS)).append(')');
    }
    return sql.toString();
  }

  private static void bind(PreparedStatement s, int offset, KeyedObservation keyed,
      long importId) throws SQLException {
    Observation o = keyed.observation();
    s.setLong(offset + 1, keyed.key());
    s.setString(offset + 2, o.provider().value());
    s.setString(offset + 3, o.indicator().value());
    s.setString(offset + 4, o.period().toString());
    Sql.setOptional(s, offset + 5, o.value());
    Sql.setOptional(s, offset + 6, o.numerator());
    Sql.setOptional(s, offset + 7, o.denominator());
    s.setLong(offset + 8, importId);
  }
}
