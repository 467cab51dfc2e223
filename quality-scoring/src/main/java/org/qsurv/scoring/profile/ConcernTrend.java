package org.qsurv.scoring.profile;

/**
 * Whether concern in a domain has risen, fallen or held between two dates.
 *
 * @since 0.1.0
 */
public enum ConcernTrend {
  /** The domain's concern score rose by more than the triangulation policy's trend tolerance. */
  RISING,
  /** The domain's concern score fell by more than the triangulation policy's trend tolerance. */
  FALLING,
  /** The domain's concern score moved by no more than the trend tolerance either way. */
  STEADY
}
