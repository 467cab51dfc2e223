package org.qsurv.scoring.spc;

import java.util.OptionalDouble;
import org.qsurv.model.indicator.Polarity;

/**
 * The <em>Making Data Count</em> assurance icon: what the process limits say about meeting the
 * target (MDC; SNAPSHOT.md {@code assurance}; NHSRplotthedots
 * {@code R/ptd_calculate_assurance_type.R}).
 *
 * @since 0.1.0
 */
public enum Assurance {
  /** The whole range between the process limits is on the good side of the target. */
  CONSISTENT_PASS,
  /** The whole range between the process limits is on the bad side of the target. */
  CONSISTENT_FAIL,
  /** The target lies between the process limits (inclusive): the process hits and misses it. */
  INCONSISTENT,
  /**
   * No judgement: the indicator has no target, its polarity is {@link Polarity#NEUTRAL} (no side
   * of a target is good), or there are not enough points for limits.
   */
  NONE;

  /**
   * The icon for a target (none: {@link #NONE}) against the process limits {@code mean} +/- 2.66 x
   * {@code meanMovingRange}. A target exactly on a limit is {@link #INCONSISTENT}, as in
   * NHSRplotthedots (strict comparisons).
   */
  static Assurance of(OptionalDouble targetIfAny, double mean, double meanMovingRange,
      Polarity polarity) {
    if (targetIfAny.isEmpty() || polarity == Polarity.NEUTRAL) {
      return NONE;
    }
    double target = targetIfAny.getAsDouble();
    double lower = mean - Xmr.LIMIT * meanMovingRange;
    double upper = mean + Xmr.LIMIT * meanMovingRange;
    boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
    if (target > upper) {
      return higherIsBetter ? CONSISTENT_FAIL : CONSISTENT_PASS;
    }
    if (target < lower) {
      return higherIsBetter ? CONSISTENT_PASS : CONSISTENT_FAIL;
    }
    return INCONSISTENT;
  }
}
