package org.qsurv.app.jdbc;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.qsurv.app.port.StoreException;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.Period;

/**
 * One row of the {@code observation_block} table (migration V16): the observations one import
 * recorded for one provider, as bytes. An import writes a row per provider it names instead of a
 * row per observation, so a million observations of 2,000 providers are 2,000 rows: on H2 each row
 * costs a B-tree insert, an undo-log record, a pass at commit and its share of the pages written,
 * whatever its size (docs/scale.md, "Goal 3").
 *
 * <p>The bytes: a format byte ({@value #FORMAT}), then per observation, in the order written
 * (indicator seq, then period ordinal: the observation key's order, {@link StoredKeys}), the
 * indicator's seq as two bytes, the period's {@link Period#ordinal() ordinal} as two bytes, a flags
 * byte (quarterly; value, numerator, denominator present) and the present numbers as eight-byte
 * IEEE doubles, all big-endian. A month's ordinal (22,800-35,999 for the years 1900-2999) and a
 * quarter's (7,600-11,999) fit two bytes; an indicator seq must be below 2^16, as in the key.
 *
 * <p>Reading checks the format byte, every flag, every length and the count its row records, and
 * refuses a block that does not end exactly after its last observation: a damaged row is a
 * {@link StoreException}, never observations made up from its bytes.
 */
final class ObservationBlock {
  /** The format byte of every block written. */
  static final byte FORMAT = 1;
  /** The most observations one block holds; a provider with more in one import gets more blocks. */
  static final int MAX_OBSERVATIONS = 65_536;

  private static final int QUARTERLY = 1;
  private static final int VALUE = 2;
  private static final int NUMERATOR = 4;
  private static final int DENOMINATOR = 8;
  private static final int FLAGS = QUARTERLY | VALUE | NUMERATOR | DENOMINATOR;

  private ObservationBlock() {}

  /** What a block holds, one observation at a time; an absent number is {@code NaN}. */
  interface Visitor {
    void observation(int indicatorSeq, Period period, double value, double numerator,
        double denominator);
  }

  /** Builds one block. */
  static final class Writer {
    private byte[] bytes = new byte[256];
    private int length;
    private int count;
    private int firstOrdinal = Integer.MAX_VALUE;
    private int lastOrdinal = Integer.MIN_VALUE;

    Writer() {
      bytes[length++] = FORMAT;
    }

    /**
     * Adds an observation; {@code NaN} for an absent number (a recorded number is always finite).
     *
     * @throws IllegalArgumentException if the indicator seq does not fit its two bytes
     */
    void add(int indicatorSeq, Period period, double value, double numerator,
        double denominator) {
      if (indicatorSeq < 1 || indicatorSeq >= StoredKeys.INDICATOR_SEQ_LIMIT) {
        throw new IllegalArgumentException("indicator seq " + indicatorSeq + " is outside 1.."
            + (StoredKeys.INDICATOR_SEQ_LIMIT - 1) + ", which an observation block holds");
      }
      int ordinal = period.ordinal();
      int flags = (period.frequency() == Frequency.QUARTERLY ? QUARTERLY : 0)
          | (Double.isNaN(value) ? 0 : VALUE) | (Double.isNaN(numerator) ? 0 : NUMERATOR)
          | (Double.isNaN(denominator) ? 0 : DENOMINATOR);
      ensure(5 + 24);
      putShort(indicatorSeq);
      putShort(ordinal);
      bytes[length++] = (byte) flags;
      if ((flags & VALUE) != 0) {
        putLong(Double.doubleToRawLongBits(value));
      }
      if ((flags & NUMERATOR) != 0) {
        putLong(Double.doubleToRawLongBits(numerator));
      }
      if ((flags & DENOMINATOR) != 0) {
        putLong(Double.doubleToRawLongBits(denominator));
      }
      count++;
      firstOrdinal = Math.min(firstOrdinal, ordinal);
      lastOrdinal = Math.max(lastOrdinal, ordinal);
    }

    /** The observations added so far. */
    int count() {
      return count;
    }

    /** The smallest period ordinal added (for the row's {@code first_period}). */
    int firstOrdinal() {
      return firstOrdinal;
    }

    /** The largest period ordinal added (for the row's {@code last_period}). */
    int lastOrdinal() {
      return lastOrdinal;
    }

    /** The block's bytes. */
    byte[] bytes() {
      return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    private void putShort(int v) {
      bytes[length++] = (byte) (v >>> 8);
      bytes[length++] = (byte) v;
    }

    private void putLong(long v) {
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[length++] = (byte) (v >>> shift);
      }
    }
  }

  /**
   * Passes each observation of {@code block} to {@code visitor}, in the order written.
   *
   * @param key the block's key, to name it if it is damaged
   * @param expected how many observations its row says it holds
   * @param periods the periods already made, by flags and ordinal (filled as it reads)
   * @throws StoreException if the bytes are not a block of this format holding {@code expected}
   *     observations
   */
  static void read(byte[] block, long key, int expected, PeriodCache periods, Visitor visitor) {
    if (block.length == 0 || block[0] != FORMAT) {
      throw damaged(key, "its format byte is not " + FORMAT);
    }
    int at = 1;
    int count = 0;
    while (at < block.length) {
      if (block.length - at < 5) {
        throw damaged(key, "it ends inside an observation at byte " + at);
      }
      int indicatorSeq = ((block[at] & 0xff) << 8) | (block[at + 1] & 0xff);
      int ordinal = ((block[at + 2] & 0xff) << 8) | (block[at + 3] & 0xff);
      int flags = block[at + 4] & 0xff;
      at += 5;
      if ((flags & ~FLAGS) != 0 || indicatorSeq == 0) {
        throw damaged(key, "observation " + (count + 1) + " has flags " + flags
            + " and indicator seq " + indicatorSeq);
      }
      int numbers = Integer.bitCount(flags & (VALUE | NUMERATOR | DENOMINATOR));
      if (block.length - at < numbers * 8) {
        throw damaged(key, "it ends inside observation " + (count + 1));
      }
      double value = Double.NaN;
      double numerator = Double.NaN;
      double denominator = Double.NaN;
      if ((flags & VALUE) != 0) {
        value = Double.longBitsToDouble(getLong(block, at));
        at += 8;
      }
      if ((flags & NUMERATOR) != 0) {
        numerator = Double.longBitsToDouble(getLong(block, at));
        at += 8;
      }
      if ((flags & DENOMINATOR) != 0) {
        denominator = Double.longBitsToDouble(getLong(block, at));
        at += 8;
      }
      Period period;
      try {
        period = periods.period((flags & QUARTERLY) != 0, ordinal);
      } catch (IllegalArgumentException e) {
        throw damaged(key, "observation " + (count + 1) + " has period ordinal " + ordinal);
      }
      visitor.observation(indicatorSeq, period, value, numerator, denominator);
      count++;
    }
    if (count != expected) {
      throw damaged(key, "it holds " + count + " observations, its row says " + expected);
    }
  }

  private static long getLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xff);
    }
    return v;
  }

  private static StoreException damaged(long key, String why) {
    return new StoreException("stored observation block " + key + " is damaged: " + why);
  }

  /** Periods by frequency and ordinal, each made once: a provider's blocks repeat a few dozen. */
  static final class PeriodCache {
    private final Map<Integer, Period> periods = new HashMap<>();

    /**
     * The period of this frequency and ordinal.
     *
     * @throws IllegalArgumentException if no period has that ordinal (a year outside 1900-2999)
     */
    Period period(boolean quarterly, int ordinal) {
      Integer key = quarterly ? -1 - ordinal : ordinal;
      Period p = periods.get(key);
      if (p == null) {
        p = quarterly ? Period.quarter(ordinal / 4, ordinal % 4 + 1)
            : Period.month(ordinal / 12, ordinal % 12 + 1);
        periods.put(key, p);
      }
      return p;
    }
  }
}
