package org.qsurv.scoring.spc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.indicator.Period;

/**
 * Everything that decides an XmR chart besides its data: the {@link SpcRuleSet}, the minimum
 * number of points for limits, an optional fixed baseline and the dates from which limits are
 * recalculated (MDC; PTD). Every {@link SpcSummary} and {@link XmrChart} keeps the options
 * it was computed with, so a chart can be reproduced.
 *
 * <pre>{@code
 * SpcOptions options = SpcOptions.builder()
 *     .ruleSet(SpcRuleSet.nhsrPlotTheDots())
 *     .baselinePoints(24)
 *     .addRecalculateFrom(Period.parse("2024-04"))   // a known change in the process
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableSpcOptions.class)
@JsonDeserialize(as = ImmutableSpcOptions.class)
public abstract class SpcOptions {
  /** The default minimum number of points: fewer than 12 give trial limits (PTD). */
  public static final int DEFAULT_MINIMUM_POINTS = 12;

  private static final SpcOptions DEFAULTS = builder().build();

  /** The special-cause rules; by default NHS England's <em>Making Data Count</em> tool's. */
  @Value.Default
  public SpcRuleSet ruleSet() {
    return SpcRuleSet.nhsEnglandMakingDataCount();
  }

  /**
   * The fewest points from which limits are judged (default 12). With fewer, the variation is
   * {@link Variation#NOT_ENOUGH_DATA}, no signal is reported and the assurance is
   * {@link Assurance#NONE}; the trial limits are still reported. At least 3: with one or no
   * moving range there is no chart.
   */
  @Value.Default
  public int minimumPoints() {
    return DEFAULT_MINIMUM_POINTS;
  }

  /**
   * A fixed baseline: the mean and moving ranges come from the first this-many points (of each
   * period between recalculations); later points are judged against those limits. Empty: every
   * point is in the baseline. At least {@link #minimumPoints()}.
   */
  public abstract OptionalInt baselinePoints();

  /**
   * The periods from which limits are recalculated, oldest first: each starts a new set of limits
   * (a step change). Only for a known, sustained change in the process; never automatic
   * (MDC; PTD).
   */
  public abstract ImmutableList<Period> recalculateFrom();

  /** The national defaults: NHS England's rules, 12 points minimum, no fixed baseline. */
  public static SpcOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder for options: every attribute is optional; unset, they are those of
   * {@link #defaults()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link SpcOptions}: every setter returns this builder, and {@code build()}
   * returns the checked value.
   *
   * @since 1.0.0
   */
  public static final class Builder extends ImmutableSpcOptions.Builder {}

  /**
   * Rejects a minimum below 3 or above 1000 points, a fixed baseline shorter than the minimum (or
   * above 100,000 points), and recalculation periods not in strictly increasing order, with an
   * {@link IllegalArgumentException} that names the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.inRange("SPC minimumPoints", minimumPoints(), 3, 1000);
    baselinePoints().ifPresent(b -> Checks.check(b >= minimumPoints() && b <= 100_000,
        () -> "SPC baselinePoints must be at least minimumPoints (" + minimumPoints()
            + ") but was " + b));
    for (int i = 1; i < recalculateFrom().size(); i++) {
      Period earlier = recalculateFrom().get(i - 1);
      Period later = recalculateFrom().get(i);
      Checks.check(earlier.compareTo(later) < 0, () -> "SPC recalculateFrom must be in order, "
          + "each once, but " + later + " follows " + earlier);
    }
  }
}
