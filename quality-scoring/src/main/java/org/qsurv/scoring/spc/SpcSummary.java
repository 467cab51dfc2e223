package org.qsurv.scoring.spc;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qsurv.model.Checks;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.indicator.Polarity;

/**
 * What an XmR chart says about its latest point: the <em>Making Data Count</em> variation and
 * assurance icons, the special-cause rules the point is part of, the limits, and the
 * {@link SpcOptions} (rule set, minimum points, baseline, recalculation dates) it was computed
 * with (MDC; SNAPSHOT.md {@code variation}, {@code signals}, {@code assurance}).
 *
 * <p>This is the fast path used to score every provider's series: it reads the values once or
 * twice and allocates only the result. {@link XmrChart} gives the same judgements for every
 * point, for drawing the chart.
 *
 * <pre>{@code
 * double[] shmi = {1.01, 0.98, 1.03, ...};           // oldest first
 * SpcSummary latest = SpcSummary.of(shmi, 0, shmi.length, Polarity.LOWER_IS_BETTER,
 *     OptionalDouble.of(1.0), SpcOptions.defaults());
 * latest.variation();   // e.g. SPECIAL_CAUSE_CONCERN
 * latest.signals();     // e.g. [SHIFT]
 * latest.assurance();   // e.g. INCONSISTENT
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SpcSummary {
  private final SpcOptions options;
  private final Polarity polarity;
  private final int points;
  private final int baselinePoints;
  private final double latestValue;
  private final double mean;
  private final double meanMovingRange;
  private final Variation variation;
  private final int signalMask;
  private final Assurance assurance;

  SpcSummary(SpcOptions options, Polarity polarity, int points, int baselinePoints,
      double latestValue, double mean, double meanMovingRange, Variation variation,
      int signalMask, Assurance assurance) {
    this.options = options;
    this.polarity = polarity;
    this.points = points;
    this.baselinePoints = baselinePoints;
    this.latestValue = latestValue;
    this.mean = mean;
    this.meanMovingRange = meanMovingRange;
    this.variation = variation;
    this.signalMask = signalMask;
    this.assurance = assurance;
  }

  /**
   * Judges the last point of {@code values[from..to)}, the points of the current process (since
   * the latest recalculation date, if any), oldest first.
   *
   * @param target the indicator's target, for the assurance icon; empty for none
   * @throws IllegalArgumentException if the range is empty or out of bounds, or a value is not
   *     finite
   */
  public static SpcSummary of(double[] values, int from, int to, Polarity polarity,
      OptionalDouble target, SpcOptions options) {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    if (from < 0 || to > values.length || to <= from) {
      throw new IllegalArgumentException("SPC range must hold at least one point within the "
          + values.length + " values but was [" + from + ", " + to + ")");
    }
    int n = to - from;
    int nb = Math.min(n, options.baselinePoints().orElse(Integer.MAX_VALUE));
    // One pass for the mean and the moving ranges; a second only to screen them.
    double sum = values[from];
    double ranges = 0;
    for (int i = from + 1; i < from + nb; i++) {
      sum += values[i];
      ranges += Math.abs(values[i] - values[i - 1]);
    }
    double mean = sum / nb;
    if (!Double.isFinite(mean) || !Double.isFinite(ranges)) {
      requireFinite(values, from, to);
      return rescaled(values, from, to, polarity, target, options);
    }
    double amr = nb < 2 ? Double.NaN : ranges / (nb - 1);
    if (nb >= 2 && options.ruleSet().screenMovingRanges()) {
      amr = Xmr.screened(values, from, from + nb, amr);
    }
    if (nb < options.minimumPoints()) {
      requireFinite(values, from, to);
      return new SpcSummary(options, polarity, n, nb, values[to - 1], mean, amr,
          Variation.NOT_ENOUGH_DATA, 0, Assurance.NONE);
    }
    // A finite mean means every baseline value is finite; check the points judged after it.
    requireFinite(values, from + nb, to);
    int packed = Xmr.latest(values, from, to, mean, amr, options.ruleSet());
    double v = values[to - 1];
    Assurance assurance = Assurance.of(target, mean, amr, polarity);
    return new SpcSummary(options, polarity, n, nb, v, mean, amr,
        Variation.of(Xmr.direction(packed), polarity), Xmr.mask(packed), assurance);
  }

  /**
   * Judges the last point of a whole series: the limits are those of the points from the latest
   * of {@link SpcOptions#recalculateFrom()} that is not after the last period.
   *
   * @param periods the period of each value, oldest first, as many as there are values
   * @throws IllegalArgumentException if the series is empty, the lengths differ or the periods
   *     are not in order
   */
  public static SpcSummary of(List<Period> periods, double[] values, Polarity polarity,
      OptionalDouble target, SpcOptions options) {
    if (periods.size() != values.length) {
      throw new IllegalArgumentException("SPC series has " + periods.size() + " periods but "
          + values.length + " values");
    }
    int[] starts = XmrChart.segmentStarts(periods, options.recalculateFrom());
    return of(values, starts[starts.length - 1], values.length, polarity, target, options);
  }

  /**
   * Judges finite values so large that their sum overflows (SNAPSHOT.md allows any finite value):
   * the judgement is made on a copy scaled down by an exact power of two, since variation, signals
   * and assurance do not change when every value and the target are scaled by a positive factor;
   * the mean and moving range are scaled back (and may then be infinite).
   */
  private static SpcSummary rescaled(double[] values, int from, int to, Polarity polarity,
      OptionalDouble target, SpcOptions options) {
    double largest = 0;
    for (int i = from; i < to; i++) {
      largest = Math.max(largest, Math.abs(values[i]));
    }
    if (target.isPresent()) {
      largest = Math.max(largest, Math.abs(target.getAsDouble()));
    }
    int k = Math.max(1, Math.getExponent(largest) - 1000);
    double[] scaled = new double[to - from];
    for (int i = from; i < to; i++) {
      scaled[i - from] = Math.scalb(values[i], -k);
    }
    OptionalDouble scaledTarget = target.isPresent()
        ? OptionalDouble.of(Math.scalb(target.getAsDouble(), -k)) : target;
    SpcSummary s = of(scaled, 0, scaled.length, polarity, scaledTarget, options);
    return new SpcSummary(options, polarity, s.points, s.baselinePoints, values[to - 1],
        Math.scalb(s.mean, k), Math.scalb(s.meanMovingRange, k), s.variation, s.signalMask,
        s.assurance);
  }

  private static void requireFinite(double[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      Checks.finite("SPC value", values[i]);
    }
  }

  /** The options the judgement was made with. */
  public SpcOptions options() {
    return options;
  }

  /** The indicator's polarity, which oriented the variation icon. */
  public Polarity polarity() {
    return polarity;
  }

  /** The number of points since the latest recalculation (or in the whole series). */
  public int points() {
    return points;
  }

  /** Whether there are at least {@link SpcOptions#minimumPoints()} baseline points. */
  public boolean enoughData() {
    return variation != Variation.NOT_ENOUGH_DATA;
  }

  /** The latest value. */
  public double latestValue() {
    return latestValue;
  }

  /** The variation icon of the latest point. */
  public Variation variation() {
    return variation;
  }

  /**
   * The special-cause rules the latest point is part of, in the order OUTSIDE_LIMITS, SHIFT,
   * TREND, TWO_OF_THREE; empty when there is not enough data.
   */
  public ImmutableList<SpcSignal> signals() {
    return Signals.of(signalMask);
  }

  /** The assurance icon: the target against the process limits. */
  public Assurance assurance() {
    return assurance;
  }

  /**
   * The limits the latest point was judged against (trial limits when there is not enough data);
   * empty with fewer than three baseline points (one or no moving range: no chart).
   */
  public Optional<ProcessLimits> limits() {
    if (baselinePoints < 3) {
      return Optional.empty();
    }
    return Optional.of(ProcessLimits.of(mean, meanMovingRange, baselinePoints,
        baselinePoints < options.minimumPoints()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SpcSummary)) {
      return false;
    }
    SpcSummary s = (SpcSummary) o;
    return options.equals(s.options) && polarity == s.polarity && points == s.points
        && baselinePoints == s.baselinePoints
        && Double.compare(latestValue, s.latestValue) == 0
        && Double.compare(mean, s.mean) == 0
        && Double.compare(meanMovingRange, s.meanMovingRange) == 0
        && variation == s.variation && signalMask == s.signalMask && assurance == s.assurance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, polarity, points, baselinePoints, latestValue, mean,
        meanMovingRange, variation, signalMask, assurance);
  }

  @Override
  public String toString() {
    return "SpcSummary{" + variation + ", signals=" + signals() + ", assurance=" + assurance
        + ", latest=" + latestValue + ", mean=" + mean + ", meanMovingRange=" + meanMovingRange
        + ", points=" + points + ", rules=" + options.ruleSet().name() + "/"
        + options.ruleSet().version() + "}";
  }
}
