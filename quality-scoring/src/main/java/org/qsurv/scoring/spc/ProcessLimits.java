package org.qsurv.scoring.spc;

import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * The centre line and limits of an XmR chart over one period of a process (MDC): the
 * mean, the process limits at mean +/- 2.66 x mean moving range and the two-sigma lines at two
 * thirds of that distance. Limits from fewer than the minimum number of points are
 * {@linkplain #trial() trial limits}. The lines are computed when asked for, not stored: a
 * national run of charts builds one of these per chart, and stored derived values cost
 * Immutables' initialisation shim (an object and two volatile writes) each time.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class ProcessLimits {
  /** The mean of the baseline points: the centre line. */
  @Value.Parameter
  public abstract double mean();

  /** The mean moving range of the baseline, after screening where the rule set screens. */
  @Value.Parameter
  public abstract double meanMovingRange();

  /** How many points the mean and moving ranges come from. */
  @Value.Parameter
  public abstract int baselinePoints();

  /** Whether these are trial limits: from fewer points than the minimum. */
  @Value.Parameter
  public abstract boolean trial();

  /** The upper process limit: mean + 2.66 x mean moving range. */
  public double upperProcessLimit() {
    return mean() + Xmr.LIMIT * meanMovingRange();
  }

  /** The lower process limit: mean - 2.66 x mean moving range. */
  public double lowerProcessLimit() {
    return mean() - Xmr.LIMIT * meanMovingRange();
  }

  /** The upper two-sigma line: mean + (2/3) x 2.66 x mean moving range. */
  public double upperTwoSigma() {
    return mean() + Xmr.LIMIT_CLOSE * meanMovingRange();
  }

  /** The lower two-sigma line: mean - (2/3) x 2.66 x mean moving range. */
  public double lowerTwoSigma() {
    return mean() - Xmr.LIMIT_CLOSE * meanMovingRange();
  }

  static ProcessLimits of(double mean, double amr, int baselinePoints, boolean trial) {
    return ImmutableProcessLimits.of(mean, amr, baselinePoints, trial);
  }
}
