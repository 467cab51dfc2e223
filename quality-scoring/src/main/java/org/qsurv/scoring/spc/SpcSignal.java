package org.qsurv.scoring.spc;

/**
 * A special-cause rule of NHS England's <em>Making Data Count</em> XmR chart that a point can be
 * part of (MDC; SNAPSHOT.md {@code signals}). The declaration order is the order in
 * which signals are listed.
 *
 * @since 0.1.0
 */
public enum SpcSignal {
  /** Rule 1: the point is above the upper or below the lower process limit. */
  OUTSIDE_LIMITS,
  /**
   * Rule 2: the point is part of a run of {@link SpcRuleSet#shiftPoints()} or more points all
   * above or all below the mean; a point exactly on the mean breaks the run.
   */
  SHIFT,
  /**
   * Rule 3: the point is part of a run of {@link SpcRuleSet#trendPoints()} or more points each
   * higher (or each lower) than the one before; two equal points break the run.
   */
  TREND,
  /**
   * Rule 4: the point is beyond a two-sigma line, inside the limits, in a window of three
   * consecutive points all on the same side of the mean of which at least two are beyond that
   * side's two-sigma line.
   */
  TWO_OF_THREE;

  /** The bit of this signal in a signal mask. */
  int bit() {
    return 1 << ordinal();
  }
}
