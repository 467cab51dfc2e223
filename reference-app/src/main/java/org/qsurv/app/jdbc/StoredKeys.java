package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qsurv.model.indicator.Period;

/**
 * An observation's integer key: {@code provider.seq * 2^32 + indicator.seq * 2^16 + period
 * ordinal} (migration V9). A month's ordinal (22,800-35,999 for the years 1900-2999) never equals
 * a quarter's (7,600-11,999), and both fit 16 bits, so a key is unique exactly when its provider,
 * indicator and period are, and key order is provider, indicator, period order. Since V16 the
 * observations are stored in blocks ({@link ObservationBlocks}) whose keys are the provider's
 * range of these keys: the writer sorts a batch and finds repeats by this key.
 */
final class StoredKeys {
  /** Indicator seqs from 1 up to this (exclusive) fit their 16 bits of the key. */
  static final long INDICATOR_SEQ_LIMIT = 1 << 16;
  /** Provider seqs from 1 up to this (exclusive) keep every key and range end positive. */
  static final long PROVIDER_SEQ_LIMIT = (1L << 31) - 1;

  private StoredKeys() {}

  /**
   * The key of one observation.
   *
   * @throws IllegalArgumentException if a seq is outside the key's bits (keys would collide)
   */
  static long key(long providerSeq, long indicatorSeq, Period period) {
    return providerFirst(providerSeq) | indicatorBits(indicatorSeq) | period.ordinal();
  }

  /** The smallest key of a provider's observations. */
  static long providerFirst(long providerSeq) {
    if (providerSeq < 1 || providerSeq >= PROVIDER_SEQ_LIMIT) {
      throw new IllegalArgumentException("provider seq " + providerSeq + " is outside 1.."
          + (PROVIDER_SEQ_LIMIT - 1) + ", which the observation key holds");
    }
    return providerSeq << 32;
  }

  /** One past the largest key of a provider's observations. */
  static long providerEnd(long providerSeq) {
    return providerFirst(providerSeq) + (1L << 32);
  }

  /** The smallest key of a provider's observations of one indicator. */
  static long seriesFirst(long providerSeq, long indicatorSeq) {
    return providerFirst(providerSeq) | indicatorBits(indicatorSeq);
  }

  /** One past the largest key of a provider's observations of one indicator. */
  static long seriesEnd(long providerSeq, long indicatorSeq) {
    return seriesFirst(providerSeq, indicatorSeq) + INDICATOR_SEQ_LIMIT;
  }

  private static long indicatorBits(long indicatorSeq) {
    if (indicatorSeq < 1 || indicatorSeq >= INDICATOR_SEQ_LIMIT) {
      throw new IllegalArgumentException("indicator seq " + indicatorSeq + " is outside 1.."
          + (INDICATOR_SEQ_LIMIT - 1) + ", which the observation key holds");
    }
    return indicatorSeq << 16;
  }

  /** Every provider's seq by its code. */
  static Map<String, Long> providerSeqs(Connection c) throws SQLException {
    return seqs(c, "SELECT code, seq FROM provider");
  }

  /** Every indicator's seq by its id. */
  static Map<String, Long> indicatorSeqs(Connection c) throws SQLException {
    return seqs(c, "SELECT id, seq FROM indicator");
  }

  /** The seq of one provider, or empty if it is not recorded. */
  static Optional<Long> providerSeq(Connection c, String code) throws SQLException {
    return seq(c, "SELECT seq FROM provider WHERE code = ?", code);
  }

  /** The seq of one indicator, or empty if it is not recorded. */
  static Optional<Long> indicatorSeq(Connection c, String id) throws SQLException {
    return seq(c, "SELECT seq FROM indicator WHERE id = ?", id);
  }

  private static Map<String, Long> seqs(Connection c, String query) throws SQLException {
    Map<String, Long> seqs = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        seqs.put(r.getString(1), r.getLong(2));
      }
    }
    return seqs;
  }

  private static Optional<Long> seq(Connection c, String query, String value)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(query)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }
}
