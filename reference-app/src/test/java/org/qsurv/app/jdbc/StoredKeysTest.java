package org.qsurv.app.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.Period;

/**
 * The observation table's integer key (migration V9) stands in for the three columns that
 * identify an observation: there is at most one observation per provider, indicator and period
 * (SNAPSHOT.md), and the readers rely on key order being provider, indicator, period order.
 */
class StoredKeysTest {
  private record Stored(long provider, long indicator, Period period) {
    long key() {
      return StoredKeys.key(provider, indicator, period);
    }
  }

  private static final Comparator<Stored> TABLE_ORDER = Comparator.comparingLong(Stored::provider)
      .thenComparingLong(Stored::indicator).thenComparing(Stored::period);

  /** Two observations share a key exactly when they share provider, indicator and period. */
  @Property
  void keysAreEqualExactlyWhenProviderIndicatorAndPeriodAre(@ForAll("stored") Stored a,
      @ForAll("stored") Stored b) {
    assertEquals(a.equals(b), a.key() == b.key(), a + " and " + b);
  }

  /**
   * Within one frequency (every indicator has one), key order is provider, indicator, period
   * order, and every key lies in its provider's and its series' ranges.
   */
  @Property
  void keyOrderIsProviderIndicatorPeriodOrder(@ForAll("stored") Stored a,
      @ForAll("stored") Stored b) {
    if (a.period().frequency() == b.period().frequency()) {
      assertEquals(Integer.signum(TABLE_ORDER.compare(a, b)),
          Long.signum(Long.compare(a.key(), b.key())), a + " and " + b);
    }
    assertTrue(a.key() > 0);
    assertTrue(StoredKeys.providerFirst(a.provider()) <= a.key()
        && a.key() < StoredKeys.providerEnd(a.provider()));
    assertTrue(StoredKeys.seriesFirst(a.provider(), a.indicator()) <= a.key()
        && a.key() < StoredKeys.seriesEnd(a.provider(), a.indicator()));
  }

  /** A seq the key has no room for is refused rather than allowed to collide with another. */
  @Test
  void seqsOutsideTheKeyAreRefused() {
    Period may = Period.parse("2025-05");
    assertThrows(IllegalArgumentException.class, () -> StoredKeys.key(0, 1, may));
    assertThrows(IllegalArgumentException.class,
        () -> StoredKeys.key(StoredKeys.PROVIDER_SEQ_LIMIT, 1, may));
    assertThrows(IllegalArgumentException.class, () -> StoredKeys.key(1, 0, may));
    assertThrows(IllegalArgumentException.class,
        () -> StoredKeys.key(1, StoredKeys.INDICATOR_SEQ_LIMIT, may));
  }

  @Provide
  Arbitrary<Stored> stored() {
    // Small ranges as well as the extremes, so that equal parts are drawn often.
    Arbitrary<Long> providers = Arbitraries.oneOf(Arbitraries.longs().between(1, 3),
        Arbitraries.longs().between(1, StoredKeys.PROVIDER_SEQ_LIMIT - 1));
    Arbitrary<Long> indicators = Arbitraries.oneOf(Arbitraries.longs().between(1, 3),
        Arbitraries.longs().between(1, StoredKeys.INDICATOR_SEQ_LIMIT - 1));
    Arbitrary<Period> periods = Combinators.combine(
        Arbitraries.of(Frequency.MONTHLY, Frequency.QUARTERLY),
        Arbitraries.oneOf(Arbitraries.integers().between(2024, 2025),
            Arbitraries.integers().between(1900, 2999)),
        Arbitraries.integers().between(1, 12))
        .as((frequency, year, index) -> frequency == Frequency.MONTHLY
            ? Period.month(year, index) : Period.quarter(year, (index + 2) / 3));
    return Combinators.combine(providers, indicators, periods).as(Stored::new);
  }
}
