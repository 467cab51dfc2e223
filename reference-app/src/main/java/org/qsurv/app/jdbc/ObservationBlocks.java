package org.qsurv.app.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.qsurv.app.port.StoreException;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.organisation.OrganisationCode;

/**
 * The {@code observation_block} table (migration V16): each import's observations of one provider
 * as one row ({@link ObservationBlock}), keyed {@code provider.seq * 2^32 + block number}, so a
 * provider's blocks are one key range, read in the order they were written.
 *
 * <p>One observation per provider, indicator and period: no key of the table can say so, so every
 * writer of blocks first takes the one row of {@code observation_writer} {@code FOR UPDATE} (held
 * to its commit, so writers of observations take turns) and then refuses an observation any
 * committed block already holds ({@link #refuseRecorded}). The same row numbers the blocks.
 */
final class ObservationBlocks {
  /** Block numbers are the low 32 bits of the key. */
  static final long BLOCK_NUMBER_LIMIT = 1L << 32;
  /** Providers per query when reading the blocks of a set of providers. */
  static final int PROVIDERS_PER_QUERY = 200;
  /** How long a writer of observations waits for the one before it on H2, in milliseconds. */
  static final int WRITER_WAIT_MILLIS = 120_000;
  /** Blocks per JDBC batch, at most. */
  private static final int BATCH = 500;
  /** Bytes of blocks per JDBC batch, at most (after the block that passes it). */
  private static final int BATCH_BYTES = 8 << 20;
  static final String COLUMNS = "block_key, first_period, last_period, observations, import_id, "
      + "data";
  /** What {@link Reader#add} reads of a row, in this order. */
  static final String COLUMNS_READ = "block_key, observations, data";

  private ObservationBlocks() {}

  /**
   * Takes the writer's turn: locks the {@code observation_writer} row until the transaction ends
   * and answers the next block number. On H2 it waits up to {@value #WRITER_WAIT_MILLIS} ms for
   * another import to commit (H2's own wait is a second); PostgreSQL waits as long as it takes.
   */
  static long lockWriter(Connection c) throws SQLException {
    boolean h2 = !c.isWrapperFor(PGConnection.class);
    int previous = h2 ? h2LockTimeout(c) : 0;
    if (h2) {
      setH2LockTimeout(c, WRITER_WAIT_MILLIS);
    }
    try (PreparedStatement s = c.prepareStatement(
        "SELECT next_block FROM observation_writer WHERE id = 1 FOR UPDATE");
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new SQLException("the observation_writer row is missing (migration V16)");
      }
      return r.getLong(1);
    } finally {
      if (h2) {
        setH2LockTimeout(c, previous);
      }
    }
  }

  private static int h2LockTimeout(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("CALL LOCK_TIMEOUT()")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void setH2LockTimeout(Connection c, int millis) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCK_TIMEOUT " + millis);
    }
  }

  /** Records the next block number, under the lock {@link #lockWriter} took. */
  static void setNextBlock(Connection c, long next) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE observation_writer SET next_block = ? WHERE id = 1")) {
      s.setLong(1, next);
      s.executeUpdate();
    }
  }

  /** Writes blocks, numbering them from {@code nextBlock}; answers the next free number. */
  static final class Inserter implements AutoCloseable {
    private final PreparedStatement insert;
    private long nextBlock;
    private int pending;
    private long pendingBytes;

    Inserter(Connection c, long nextBlock) throws SQLException {
      this.insert = c.prepareStatement("INSERT INTO observation_block (" + COLUMNS
          + ") VALUES (" + Sql.placeholders(6) + ")");
      this.nextBlock = nextBlock;
    }

    /**
     * Adds one provider's block from the import {@code importId} (written when the batch is full
     * or on {@link #finish}).
     *
     * @return whether the batch was full and went to the database
     */
    boolean add(long providerSeq, OptionalLong importId, ObservationBlock.Writer block)
        throws SQLException {
      if (nextBlock < 1 || nextBlock >= BLOCK_NUMBER_LIMIT) {
        throw new IllegalArgumentException("block number " + nextBlock + " is outside 1.."
            + (BLOCK_NUMBER_LIMIT - 1) + ", which the observation block key holds");
      }
      insert.setLong(1, StoredKeys.providerFirst(providerSeq) | nextBlock++);
      insert.setInt(2, block.firstOrdinal());
      insert.setInt(3, block.lastOrdinal());
      insert.setInt(4, block.count());
      Sql.setOptional(insert, 5, importId);
      byte[] bytes = block.bytes();
      insert.setBytes(6, bytes);
      insert.addBatch();
      pendingBytes += bytes.length;
      if (++pending == BATCH || pendingBytes >= BATCH_BYTES) {
        insert.executeBatch();
        pending = 0;
        pendingBytes = 0;
        return true;
      }
      return false;
    }

    /** Writes what is pending and answers the next free block number. */
    long finish() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
        pendingBytes = 0;
      }
      return nextBlock;
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }

  /**
   * Refuses the write if a recorded block holds any of {@code keys} (observation keys,
   * {@link StoredKeys}, sorted and distinct): reads only the blocks of the keys' providers whose
   * periods overlap theirs. Under {@link #lockWriter}'s lock every committed block is seen.
   *
   * @param describe names the observation of the key at an index, for the refusal
   */
  static void refuseRecorded(Connection c, long[] keys, IntFunction<String>
      describe) throws SQLException {
    if (keys.length == 0) {
      return;
    }
    int firstPeriod = Integer.MAX_VALUE;
    int lastPeriod = Integer.MIN_VALUE;
    List<Long> providers = new ArrayList<>();
    for (long key : keys) {
      int ordinal = (int) (key & 0xffff);
      firstPeriod = Math.min(firstPeriod, ordinal);
      lastPeriod = Math.max(lastPeriod, ordinal);
      long provider = key >>> 32;
      if (providers.isEmpty() || providers.get(providers.size() - 1) != provider) {
        providers.add(provider);
      }
    }
    ObservationBlock.PeriodCache periods = new ObservationBlock.PeriodCache();
    forEachBlock(c, providers.stream().mapToLong(Long::longValue).toArray(), firstPeriod,
        lastPeriod, r -> {
          long blockKey = r.getLong(1);
          long provider = blockKey & ~0xffffffffL;
          ObservationBlock.read(r.getBytes(3), blockKey, r.getInt(2), periods, (indicator, period,
              value, numerator, denominator) -> {
            int at = Arrays.binarySearch(keys, provider | (long) indicator << 16
                | period.ordinal());
            if (at >= 0) {
              throw new IllegalArgumentException("the database refused the write: observation "
                  + describe.apply(at) + " is already recorded");
            }
          });
        });
  }

  /** Work on one row of a query for {@link #COLUMNS_READ}. */
  interface Row {
    void on(ResultSet r) throws SQLException;
  }

  /**
   * Passes {@code row} each block, in key order, of the providers with seqs {@code providerSeqs}
   * (sorted, distinct) that holds a period with an ordinal from {@code firstPeriod} to
   * {@code lastPeriod}: one key-range query for each run of consecutive seqs (at most
   * {@value #PROVIDERS_PER_QUERY}), none reading a provider that is not asked for, and none a block
   * holding none of those periods (a month's import reads none of the history before it).
   */
  static void forEachBlock(Connection c, long[] providerSeqs, int firstPeriod, int lastPeriod,
      Row row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS_READ
        + " FROM observation_block WHERE block_key >= ? AND block_key < ?"
        + " AND last_period >= ? AND first_period <= ? ORDER BY block_key")) {
      s.setInt(3, firstPeriod);
      s.setInt(4, lastPeriod);
      int from = 0;
      while (from < providerSeqs.length) {
        int last = from;
        while (last + 1 < providerSeqs.length && last + 1 - from < PROVIDERS_PER_QUERY
            && providerSeqs[last + 1] == providerSeqs[last] + 1) {
          last++;
        }
        s.setLong(1, StoredKeys.providerFirst(providerSeqs[from]));
        s.setLong(2, StoredKeys.providerEnd(providerSeqs[last]));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            row.on(r);
          }
        }
        from = last + 1;
      }
    }
  }

  /**
   * Reads blocks into observations, provider by provider in key order: each provider's
   * observations by indicator seq then period, whatever blocks they came in.
   */
  static final class Reader {
    private final Map<Long, OrganisationCode> providers;
    private final Map<Long, IndicatorId> indicators;
    private final ObservationBlock.PeriodCache periods = new ObservationBlock.PeriodCache();
    // order[i]: the observation's indicator seq and period ordinal (32 bits) above its index
    // (31 bits), so that the longs are positive and sort by key, then index.
    private static final int INDEX_BITS = 31;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private final List<Observation> observations = new ArrayList<>();
    private long[] order = new long[64];
    private boolean inOrder = true;
    private long provider = -1;

    /** A reader that names providers and indicators from their tables. */
    static Reader of(Connection c) throws SQLException {
      return new Reader(seqs(c, "SELECT seq, code FROM provider", OrganisationCode::of),
          seqs(c, "SELECT seq, id FROM indicator", IndicatorId::of));
    }

    /** A reader of one provider's blocks. */
    static Reader of(Connection c, long providerSeq, OrganisationCode provider)
        throws SQLException {
      Map<Long, OrganisationCode> one = new HashMap<>();
      one.put(providerSeq, provider);
      return new Reader(one, seqs(c, "SELECT seq, id FROM indicator", IndicatorId::of));
    }

    private Reader(Map<Long, OrganisationCode> providers, Map<Long, IndicatorId> indicators) {
      this.providers = providers;
      this.indicators = indicators;
    }

    /**
     * Adds the block of the current row of a query for {@link #COLUMNS_READ} (of the indicator
     * with seq {@code onlyIndicatorSeq}, or of every indicator for 0); when it is another
     * provider's than the blocks before it, first hands those blocks' observations, in key
     * order, to {@code done}.
     */
    void add(ResultSet r, int onlyIndicatorSeq, Consumer<List<Observation>> done)
        throws SQLException {
      long blockKey = r.getLong(1);
      if (provider != -1 && blockKey >>> 32 != provider) {
        done.accept(take());
      }
      byte[] data = r.getBytes(3);
      provider = blockKey >>> 32;
      OrganisationCode code = providers.get(provider);
      if (code == null) {
        throw new StoreException("stored observation block " + blockKey
            + " belongs to no recorded provider");
      }
      ObservationBlock.read(data, blockKey, r.getInt(2), periods, (indicatorSeq, period, value,
          numerator, denominator) -> {
        if (onlyIndicatorSeq != 0 && indicatorSeq != onlyIndicatorSeq) {
          return;
        }
        IndicatorId indicator = indicators.get((long) indicatorSeq);
        if (indicator == null) {
          throw new StoreException("stored observation block " + blockKey
              + " holds indicator seq " + indicatorSeq + ", which is no recorded indicator");
        }
        int index = observations.size();
        if (index == order.length) {
          order = Arrays.copyOf(order, index * 2);
        }
        order[index] = ((long) indicatorSeq << 16 | period.ordinal()) << INDEX_BITS | index;
        inOrder &= index == 0 || order[index] >>> INDEX_BITS > order[index - 1] >>> INDEX_BITS;
        observations.add(Observation.builder().provider(code).indicator(indicator)
            .period(period).value(optional(value)).numerator(optional(numerator))
            .denominator(optional(denominator)).build());
      });
    }

    /** Hands the last provider's observations, in key order, to {@code done}, if any. */
    void finish(Consumer<List<Observation>> done) {
      if (provider != -1) {
        done.accept(take());
      }
    }

    /** The observations of the blocks added since the last call, in key order. */
    private List<Observation> take() {
      List<Observation> out;
      if (inOrder) {
        out = new ArrayList<>(observations);
      } else {
        int n = observations.size();
        Arrays.sort(order, 0, n);
        out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          if (i > 0 && order[i] >>> INDEX_BITS == order[i - 1] >>> INDEX_BITS) {
            throw new StoreException("two stored observation blocks of provider seq " + provider
                + " hold the same observation");
          }
          out.add(observations.get((int) (order[i] & INDEX_MASK)));
        }
      }
      observations.clear();
      inOrder = true;
      provider = -1;
      return out;
    }

    private static OptionalDouble optional(double v) {
      return Double.isNaN(v) ? OptionalDouble.empty()
          : OptionalDouble.of(v);
    }

    private static <T> Map<Long, T> seqs(Connection c, String query,
        Function<String, T> parse) throws SQLException {
      Map<Long, T> seqs = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
        while (r.next()) {
          seqs.put(r.getLong(1), parse.apply(r.getString(2)));
        }
      }
      return seqs;
    }
  }
}
