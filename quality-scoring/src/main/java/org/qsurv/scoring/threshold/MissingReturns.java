package org.qsurv.scoring.threshold;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.qsurv.model.indicator.Frequency;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;

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
    Period first = null;
    for (Observation o : series) {
      if (!o.period().start().isAfter(asOf) && (first == null || o.period().compareTo(first) < 0)) {
        first = o.period();
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
    for (Observation o : series) {
      int i = o.period().ordinal() - base;
      if (i < 0 || i >= span) {
        continue;
      }
      if (o.isMissing()) {
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
