package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.qsurv.model.indicator.Period;

/**
 * Migration V17: moves every observation the {@code observation} table holds into blocks
 * ({@link ObservationBlocks}, V16), one per provider and import, and drops the table. It runs in
 * Flyway's transaction: a failure leaves the database at V16 with every observation where it was.
 * An observation whose key names no provider or indicator seq (which no import writes) fails the
 * migration rather than being dropped, as V9 did.
 *
 * <p>In Java because the blocks are bytes, which H2 and PostgreSQL build from SQL differently. It
 * is registered with Flyway by {@link Database} (not found by scanning, so it can live here).
 */
final class ObservationBlocksMigration implements JavaMigration {
  /** Old rows fetched per round trip. */
  private static final int FETCH_SIZE = 10_000;
  /** Stands for "no import id" (the old rows' import_id may be NULL; ids are positive). */
  private static final long NO_IMPORT = -1;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("17");
  }

  @Override
  public String getDescription() {
    return "observations into blocks";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    long firstBlock = ObservationBlocks.lockWriter(c);
    Set<Long> providers = known(c, "SELECT seq FROM provider");
    Set<Long> indicators = known(c, "SELECT seq FROM indicator");
    long nextBlock;
    try (ObservationBlocks.Inserter inserter = new ObservationBlocks.Inserter(c, firstBlock);
        PreparedStatement s = c.prepareStatement("SELECT observation_key, period, "
        + "observed_value, numerator, denominator, import_id FROM observation "
        + "ORDER BY observation_key")) {
      s.setFetchSize(FETCH_SIZE);
      long provider = -1;
      // The provider's block being filled for each import id (NO_IMPORT for none).
      Map<Long, ObservationBlock.Writer> open = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long key = r.getLong(1);
          if (key >>> 32 != provider) {
            for (Map.Entry<Long, ObservationBlock.Writer> e : open.entrySet()) {
              insert(inserter, provider, e.getKey(), e.getValue());
            }
            open.clear();
            provider = key >>> 32;
            if (!providers.contains(provider)) {
              throw new SQLException("observation key " + key + " names provider seq "
                  + provider + ", which the provider table does not hold");
            }
          }
          int indicator = (int) (key >>> 16 & 0xffff);
          if (!indicators.contains((long) indicator)) {
            throw new SQLException("observation key " + key + " names indicator seq "
                + indicator + ", which the indicator table does not hold");
          }
          Period period = Period.parse(r.getString(2));
          if (period.ordinal() != (int) (key & 0xffff)) {
            throw new SQLException("observation key " + key + " does not match its period "
                + period);
          }
          long importId = r.getLong(6);
          long from = r.wasNull() ? NO_IMPORT : importId;
          ObservationBlock.Writer block = open.get(from);
          if (block != null && block.count() == ObservationBlock.MAX_OBSERVATIONS) {
            insert(inserter, provider, from, block);
            block = null;
          }
          if (block == null) {
            block = new ObservationBlock.Writer();
            open.put(from, block);
          }
          block.add(indicator, period, number(r, 3), number(r, 4), number(r, 5));
        }
      }
      for (Map.Entry<Long, ObservationBlock.Writer> e : open.entrySet()) {
        insert(inserter, provider, e.getKey(), e.getValue());
      }
      nextBlock = inserter.finish();
    }
    ObservationBlocks.setNextBlock(c, nextBlock);
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE observation");
    }
  }

  /** Adds one block of the provider from the import (NO_IMPORT for none). */
  private static void insert(ObservationBlocks.Inserter inserter, long provider, long importId,
      ObservationBlock.Writer block) throws SQLException {
    inserter.add(provider, importId == NO_IMPORT ? OptionalLong.empty()
        : OptionalLong.of(importId), block);
  }

  private static double number(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? Double.NaN : v;
  }

  private static Set<Long> known(Connection c, String query) throws SQLException {
    Set<Long> seqs = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        seqs.add(r.getLong(1));
      }
    }
    return seqs;
  }
}
