package org.qsurv.scoring.spc;

import org.qsurv.model.indicator.Polarity;

/**
 * The <em>Making Data Count</em> variation icon for a point of an XmR chart (MDC;
 * SNAPSHOT.md {@code variation}): whether the point shows common-cause or special-cause variation
 * and, using the indicator's polarity, whether a special cause is a concern or an improvement.
 *
 * @since 0.1.0
 */
public enum Variation {
  /** No special-cause rule applies to the point. */
  COMMON_CAUSE,
  /** A special cause in the worse direction of the indicator's polarity. */
  SPECIAL_CAUSE_CONCERN,
  /** A special cause in the better direction of the indicator's polarity. */
  SPECIAL_CAUSE_IMPROVEMENT,
  /** A special cause on an indicator with {@link Polarity#NEUTRAL} polarity. */
  SPECIAL_CAUSE_NEUTRAL,
  /** Fewer points than the minimum for limits (PTD: fewer than 12 are trial limits). */
  NOT_ENOUGH_DATA;

  /**
   * The icon for a special cause whose direction is {@code direction} (+1 high, -1 low, 0 none)
   * on an indicator of {@code polarity}.
   */
  static Variation of(int direction, Polarity polarity) {
    if (direction == 0) {
      return COMMON_CAUSE;
    }
    switch (polarity) {
      case HIGHER_IS_BETTER:
        return direction > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
      case LOWER_IS_BETTER:
        return direction > 0 ? SPECIAL_CAUSE_CONCERN : SPECIAL_CAUSE_IMPROVEMENT;
      default:
        return SPECIAL_CAUSE_NEUTRAL;
    }
  }
}
