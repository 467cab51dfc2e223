package org.qsurv.scoring.threshold;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.snapshot.ObservationColumns;

/**
 * The returns a provider owed for an indicator and did not make (003 §5.1.2; 001 §7.3;
 * SNAPSHOT.md {@code MISSING_RETURN}): a missing return is a finding, not a silent gap.
 *
 * <p>A provider is expected to return an indicator from the first period it returned (or was
 * recorded as missing); before that qsurv cannot know that the indicator applies to it, so a
 * provider that has never returned an indicator owes nothing. From then on, every period whose
 * return is due ({@link ReturnsPolicy#gracePeriods()}) before the evaluation date is expected, as is
 * every period recorded as a missing return. Only periods in the policy's look-back are reported.
 *
 * <pre>{@code
 * ImmutableList<Period> owed = MissingReturns.of(shmi, providerSeries, asOf, policy.returns());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MissingReturns {
  private MissingReturns() {}

  /**
   * The periods, oldest first, whose return is missing as of {@code asOf}.
   *
   * @param series the provider's observations of {@code indicator}, in any order; observations of
   *     periods starting after {@code asOf} are ignored
   */
  public static ImmutableList<Period> of(IndicatorDefinition indicator, List<Observation> series,
      LocalDate asOf, ReturnsPolicy policy) {
    return of(indicator, new Series() {
      @Override
      public int size() {
        return series.size();
      }

      @Override
      public Period period(int i) {
        return series.get(i).period();
      }

      @Override
      public boolean isMissing(int i) {
        return series.get(i).isMissing();
      }
    }, asOf, policy);
  }

  /**
   * The periods, oldest first, whose return is missing as of {@code asOf}, for the series held in
   * rows {@code from} to {@code to} (exclusive) of {@code columns}: the bulk form of
   * {@link #of(IndicatorDefinition, List, LocalDate, ReturnsPolicy)}, with the same result and no
   * object per observation.
   *
   * @since 1.0.0
   */
  public static ImmutableList<Period> of(IndicatorDefinition indicator, ObservationColumns columns,
      int from, int to, LocalDate asOf, ReturnsPolicy policy) {
    Objects.checkFromToIndex(from, to, columns.size());
    return of(indicator, new Series() {
      @Override
      public int size() {
        return to - from;
      }

      @Override
      public Period period(int i) {
        return columns.period(from + i);
      }

      @Override
      public boolean isMissing(int i) {
        return columns.isMissing(from + i);
      }
    }, asOf, policy);
  }

  /** A series of returns, read by position, in any order. */
  private interface Series {
    int size();

    Period period(int i);

    boolean isMissing(int i);
  }

  private static ImmutableList<Period> of(IndicatorDefinition indicator, Series series,
      LocalDate asOf, ReturnsPolicy policy) {
    // A period starts on or before asOf exactly when its ordinal is at most that of the period
    // (of its frequency) containing asOf: compared without making a date per observation.
    int monthly = ordinalContaining(asOf, Frequency.MONTHLY);
    int quarterly = ordinalContaining(asOf, Frequency.QUARTERLY);
    Period first = null;
    for (int k = 0; k < series.size(); k++) {
      Period period = series.period(k);
      int last = period.frequency() == Frequency.MONTHLY ? monthly : quarterly;
      if (period.ordinal() <= last && (first == null || period.compareTo(first) < 0)) {
        first = period;
      }
    }
    if (first == null) {
      return ImmutableList.of();
    }
    // Worked in period ordinals, not Periods: the due date of the current period and the start of
    // the look-back may fall in years no Period holds (asOf in 2999, or early in 1900).
    Frequency frequency = indicator.frequency();
    int current = ordinalContaining(asOf, frequency);
    // The last period whose due date (end of the period gracePeriods later) is before asOf.
    int lastDue = current;
    while (!startOf(lastDue + policy.gracePeriods() + 1, frequency).minusDays(1).isBefore(asOf)) {
      lastDue--;
    }
    LocalDate lookBackFrom = asOf.minusMonths(policy.lookBackMonths());
    int earliest = ordinalContaining(lookBackFrom, frequency);
    if (startOf(earliest, frequency).isBefore(lookBackFrom)) {
      earliest++;
    }
    earliest = Math.max(earliest, first.ordinal());
    int base = earliest;
    int span = current - base + 1;
    if (span <= 0) {
      return ImmutableList.of();
    }
    BitSet returned = new BitSet(span);
    BitSet missing = new BitSet(span);
    for (int i = lastDue - base; i >= 0; i--) {
      missing.set(i);
    }
    for (int k = 0; k < series.size(); k++) {
      int i = series.period(k).ordinal() - base;
      if (i < 0 || i >= span) {
        continue;
      }
      if (series.isMissing(k)) {
        missing.set(i);
      } else {
        returned.set(i);
      }
    }
    missing.andNot(returned);
    ImmutableList.Builder<Period> owed = ImmutableList.builder();
    for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
      owed.add(first.plus(base + i - first.ordinal()));
    }
    return owed.build();
  }

  /** {@link Period#ordinal()} of the period of {@code frequency} that contains {@code date}. */
  private static int ordinalContaining(LocalDate date, Frequency frequency) {
    return frequency == Frequency.MONTHLY
        ? date.getYear() * 12 + date.getMonthValue() - 1
        : date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
  }

  /** The first day of the period of {@code frequency} with {@code ordinal}, in any year. */
  private static LocalDate startOf(int ordinal, Frequency frequency) {
    int perYear = frequency == Frequency.MONTHLY ? 12 : 4;
    int index = Math.floorMod(ordinal, perYear);
    return LocalDate.of(Math.floorDiv(ordinal, perYear),
        frequency == Frequency.MONTHLY ? index + 1 : index * 3 + 1, 1);
  }
}
